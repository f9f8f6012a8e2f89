package org.isnad.claims.extract;

import java.util.Set;
import org.isnad.claims.text.WordIndex;

/**
 * Through whom a statement reached the outlet: an outlet after {@code لـ} ({@code لوكالة الأنباء الوطنية},
 * {@code لـ"X"}, {@code لمنصة X}) or a medium after {@code في / عبر / خلال} ({@code في تسجيل صوتي},
 * {@code في مقطع مصور}, {@code في بيان}).
 */
final class Channels {
    /** Word indexes {@code first..last} of the channel and its text as written. */
    record Channel(int first, int last, String text) {
    }

    private static final Set<String> OUTLETS = Set.of("وكاله", "صحيفه", "قناه", "منصه", "موقع", "تلفزيون", "اذاعه",
            "شبكه", "مجله", "جريده", "وكالات", "قنوات", "صحف", "مواقع", "مراسل", "مراسله");
    private static final Set<String> MEDIA = Set.of("تسجيل", "مقطع", "بيان", "تصريح", "تصريحات", "مؤتمر", "موتمر",
            "منشور", "تغريده", "رساله", "مقابله", "حديث", "كلمه", "فيديو", "شريط", "خطاب", "لقاء", "تدوينه", "بث",
            "منصه", "حساب", "اتصال", "تقرير");
    private static final Set<String> MEDIUM_MODIFIERS = Set.of("صوتي", "مصور", "مرئي", "مسجل", "رسمي", "صحفي", "صحافي",
            "متلفز", "مشترك", "مقتضب", "مكتوب", "فيديو", "هاتفي", "مباشر", "مصوره", "صوتيه", "رسميه", "صحفيه", "خاص", "خاصه");
    /** Agencies and channels often named after {@code لـ} without a head word (folded). */
    private static final Set<String> AGENCIES = Set.of("رويترز", "فرانس", "الاناضول", "سانا", "سبوتنيك", "الجزيره",
            "العربيه", "الحره", "اسوشيتدبرس", "شينخوا");
    /** Verbs that say who carried a statement: {@code في بيان نقلته وكالة X} (folded). */
    private static final Set<String> RELAYS = Set.of("نقلته", "نقلتها", "نشرته", "نشرتها", "اوردته", "اوردتها", "بثته",
            "بثتها", "وزعته", "وزعتها", "نقله", "نشره", "اورده", "بثه");
    private static final Set<String> INTO = Set.of("في", "عبر", "خلال", "ضمن");
    /** Longest outlet name taken after its head word. */
    private static final int MAX_NAME_WORDS = 3;

    private Channels() {
    }

    /** The first channel among words {@code [from, to)}, or null. */
    static Channel find(WordIndex index, int from, int to) {
        for (int i = from; i < to; i++) {
            String f = index.get(i).folded();
            if (index.get(i).punct()) {
                continue;
            }
            if (f.equals("ل") && i + 1 < to && isQuote(index, i + 1)) {
                int close = i + 2;
                while (close < to && close <= i + 2 + MAX_NAME_WORDS && !isQuote(index, close)) {
                    close++;
                }
                if (close < to && isQuote(index, close)) {
                    return make(index, i, close);
                }
            }
            String rest = f.startsWith("لل") ? f.substring(2) : f.startsWith("ل") ? f.substring(1) : null;
            if (rest != null && (OUTLETS.contains(rest) || OUTLETS.contains("ال" + rest)
                    || (f.startsWith("لل") && OUTLETS.contains(rest)))) {
                return make(index, i, nameEnd(index, i, to));
            }
            if (rest != null && (AGENCIES.contains(rest) || AGENCIES.contains("ال" + rest) || isLatinName(rest))) {
                return make(index, i, i); // قال لرويترز، لـCNN: the outlet it was said to
            }
            if (f.equals("ل") && i + 1 < to && isLatinName(index.get(i + 1).folded())) {
                return make(index, i, i + 1);
            }
            if (INTO.contains(f) && i + 1 < to && MEDIA.contains(stripArticle(index.get(i + 1).folded()))) {
                int last = i + 1;
                boolean named = index.get(i + 1).folded().endsWith("منصه");
                while (last + 1 < to && last - i < 3 && !index.get(last + 1).punct()
                        && (MEDIUM_MODIFIERS.contains(stripArticle(index.get(last + 1).folded())) || named)) {
                    last++;
                }
                if (last + 1 < to && RELAYS.contains(index.get(last + 1).folded())) {
                    last++; // في بيان نقلته وكالة X: the agency relayed the statement, it is part of the channel
                    while (last + 1 < to && last - i < 8 && !index.get(last + 1).punct()
                            && !ClaimWords.isMarker(index.get(last + 1).folded())) {
                        last++;
                    }
                }
                return make(index, i + 1, last);
            }
        }
        return null;
    }

    private static boolean isLatinName(String s) {
        return s.length() >= 2 && s.chars().allMatch(c -> c < 128 && Character.isLetter(c));
    }

    /**
     * The first medium among words {@code [from, to)} with or without a preposition before it
     * ({@code صدر تسجيل صوتي}, {@code خرج X بتسجيل صوتي}): what {@code قال فيه} points back to.
     */
    static Channel findMedium(WordIndex index, int from, int to) {
        Channel viaPreposition = find(index, from, to);
        for (int i = from; i < to; i++) {
            String f = index.get(i).folded();
            String bare = f.startsWith("ب") && f.length() > 3 ? stripArticle(f.substring(1)) : stripArticle(f);
            if (!index.get(i).punct() && (MEDIA.contains(bare) || MEDIA.contains(stripArticle(f)))) {
                if (viaPreposition != null && viaPreposition.first() <= i) {
                    return viaPreposition;
                }
                int last = i;
                while (last + 1 < to && last - i < 2 && !index.get(last + 1).punct()
                        && MEDIUM_MODIFIERS.contains(stripArticle(index.get(last + 1).folded()))) {
                    last++;
                }
                int start = index.get(i).start() + (MEDIA.contains(stripArticle(f)) ? 0 : 1);
                return new Channel(i, last, index.text().substring(start, index.get(last).end()));
            }
        }
        return viaPreposition;
    }

    private static int nameEnd(WordIndex index, int head, int to) {
        if (head + 1 < to && isQuote(index, head + 1)) {
            int close = head + 2;
            while (close < to && close <= head + 2 + MAX_NAME_WORDS && !isQuote(index, close)) {
                close++;
            }
            if (close < to && isQuote(index, close)) {
                return close;
            }
        }
        int last = head;
        while (last + 1 < to && last - head < MAX_NAME_WORDS && !index.get(last + 1).punct()
                && !ClaimWords.isMarker(index.get(last + 1).folded())) {
            last++;
        }
        return last;
    }

    private static String stripArticle(String f) {
        return f.startsWith("ال") && f.length() > 3 ? f.substring(2) : f;
    }

    private static boolean isQuote(WordIndex index, int i) {
        return index.get(i).punct() && "\"«»“”".indexOf(index.get(i).text().charAt(0)) >= 0;
    }

    private static Channel make(WordIndex index, int first, int last) {
        return new Channel(first, last, index.textOf(first, last));
    }
}
