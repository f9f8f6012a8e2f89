package org.isnad.events.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.arabic.NumberMention;
import org.isnad.arabic.NumberWords;

/**
 * The numbers among a range of words that can count people or things in an event report: the
 * {@link NumberWords} expressions (digits, number words, multipliers, qualifiers such as
 * {@code نحو، أكثر من}; numbers inside dates already left out), mapped onto word indices, with the
 * choices that belong to counting:
 * <ul>
 *   <li>not counts: a number after a unit or serial word ({@code الفرقة 25}, {@code عمره}), before a
 *       unit of time, measure, money or percent ({@code ستة أشهر}, {@code 15 بالمئة}), or followed by
 *       {@code %};</li>
 *   <li>an upper bound ({@code قد يصل إلى 3 آلاف}, {@code يربو على}) within three words before the
 *       number is approximate too, and the count starts at it;</li>
 *   <li>a vague plural counts as its unit, an order of magnitude ({@code عشرات} = 10, {@code مئات} = 100,
 *       {@code عشرات الآلاف} = 10,000, approximate), where {@link NumberWords} gives twice the unit: counts
 *       of one event from several outlets are compared by magnitude.</li>
 * </ul>
 */
public final class NumberFinder {
    /** A number over words {@code [from, to)}. */
    public record Hit(int from, int to, long value, boolean approximate) {
    }

    private static final int HEDGE_WINDOW = 3;
    /** Upper-bound verbs that {@link NumberWords} does not take as qualifiers (it has نحو، حوالي، أكثر من ...). */
    private static final Set<String> BOUNDS = Words.keys("يصل", "يربو");
    private static final Set<String> VAGUE_PLURALS = Words.keys("عشرات", "مئات", "آلاف", "الوف", "ملايين", "مليارات");
    private static final Set<String> UNIT_WORDS = Words.keys("فرقه", "لواء", "كتيبه", "رقم", "عام", "سنه", "ماده",
            "الساعه", "ساعه", "قرار", "طريق", "مبني", "فوج", "حي", "عمر", "العمر", "سن");
    /** Units of time, age, distance, money, percent and weight: a number before one is not a count of people. */
    private static final Set<String> UNITS_AFTER = Words.keys("يوم", "ايام", "يوما", "يومين", "ساعه", "ساعات", "ساعتين",
            "اسبوع", "اسابيع", "اسبوعا", "شهر", "اشهر", "شهور", "شهرا", "سنه", "سنوات", "سنين", "عام", "اعوام", "عاما",
            "دقيقه", "دقائق", "دقيقتين", "عقود", "عقد", "مره", "مرات", "كيلومتر", "كيلومترات", "كم", "متر", "امتار",
            "دولار", "دولارا", "ليره", "دينار", "مليار", "بالمئه", "بالمائه", "درجه", "طن", "اطنان",
            "تهمه", "تهم", "تهمتين", "تهمتي"); // عشر تهم بالقتل: charges, not dead

    private NumberFinder() {
    }

    /** Counts among {@code words[from, to)} of {@code text}, in order. */
    public static List<Hit> find(String text, List<Word> words, int from, int to) {
        List<Hit> out = new ArrayList<>();
        if (from >= to) {
            return out;
        }
        int base = words.get(from).start();
        String part = text.substring(base, words.get(to - 1).end());
        for (NumberMention m : NumberWords.find(part)) {
            int first = firstWord(words, from, to, base + m.span().start());
            int end = endWord(words, first, to, base + m.span().end());
            if (percentAfter(text, base + m.span().end())
                    || (first > 0 && Affixes.isAny(words.get(first - 1).folded(), UNIT_WORDS) && !isBound(words, first - 1))
                    || (end < to && UNITS_AFTER.contains(words.get(end).folded()))) {
                continue;
            }
            boolean approx = m.approximate();
            int start = first;
            for (int k = first - 1; k >= Math.max(from, first - HEDGE_WINDOW); k--) {
                if (isBound(words, k)) {
                    approx = true;
                    start = k;
                }
            }
            long value = vague(m, part) ? m.value() / 2 : m.value();
            out.add(new Hit(start, end, value, approx));
        }
        return out;
    }

    /** The first word that ends after {@code offset}. */
    private static int firstWord(List<Word> words, int from, int to, int offset) {
        int i = from;
        while (i < to - 1 && words.get(i).end() <= offset) {
            i++;
        }
        return i;
    }

    /** One past the last word that starts before {@code offset}. */
    private static int endWord(List<Word> words, int first, int to, int offset) {
        int i = first + 1;
        while (i < to && words.get(i).start() < offset) {
            i++;
        }
        return i;
    }

    /**
     * True when the expression's first amount word is a vague plural ({@code عشرات}, {@code آلاف}), which
     * {@link NumberWords} values at twice its unit; a qualifier before it ({@code نحو}) is passed over.
     * The mention's span has no proclitic, so its words are looked up as they stand.
     */
    private static boolean vague(NumberMention m, String part) {
        for (Word w : Words.of(part, m.span().start(), m.span().end())) {
            if (VAGUE_PLURALS.contains(w.folded())) {
                return true;
            }
            if (w.isNumber() || NumberWords.parse(w.surface()).isPresent()) {
                return false;
            }
        }
        return false;
    }

    private static boolean percentAfter(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == '%' || text.charAt(i) == '٪');
    }

    private static boolean isBound(List<Word> words, int k) {
        return BOUNDS.contains(Affixes.withoutAnd(words.get(k).folded()));
    }
}
