package org.isnad.arabic;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.isnad.core.model.Span;

/**
 * Proclitic splitting of one word: conjunction {@code و ف}, preposition {@code ب ك ل} and article
 * {@code ال} (with {@code ل + ال} written {@code لل}). Spans are relative to the word as written;
 * diacritics and tatweel stay with the letter before them.
 *
 * <p>Rules ({@link #split}, conservative):
 * <ul>
 *   <li>article forms {@code ال، لل، وال، فال، بال، كال، ولل، فلل، وبال، فبال، وكال، فكال} are removed
 *       when at least 2 letters remain ({@code الجيش} &rarr; {@code ال + جيش}).</li>
 *   <li>bare {@code و ف ب ك ل} (and {@code وب، ول، فب، فل، وك}) are removed only when at least 3
 *       letters remain and the word is not in a short list of common news words whose first letter
 *       belongs to the stem ({@code وزير، وكالة، بيان، فريق، لجنة...}); a remainder that is in that
 *       list is taken first ({@code وبيان} &rarr; {@code و + بيان}). Without a lexicon this stays a
 *       guess, so callers with a lexicon should try every reading of {@link #candidates}.</li>
 *   <li>suffixes (pronouns, plurals) are not touched; see {@link MatchKey} for matching.</li>
 * </ul>
 */
public final class Clitics {
    /**
     * One reading of a word.
     *
     * @param word     the word as given
     * @param prefixes spans of the proclitics, in order (relative to {@code word})
     * @param stem     span of the rest (relative to {@code word})
     */
    public record Segmentation(String word, List<Span> prefixes, Span stem) {
        public Segmentation {
            Objects.requireNonNull(word, "word");
            prefixes = List.copyOf(prefixes);
            Objects.requireNonNull(stem, "stem");
        }

        /** The stem as written. */
        public String stemText() {
            return stem.of(word);
        }
    }

    private static final String[] ARTICLE_FORMS = {"وبال", "فبال", "وكال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال"};
    private static final String[] BARE_FORMS = {"وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ك", "ل"};
    /** Bare then article forms, shortest first (a stable sort: equal lengths keep that order). */
    private static final List<String> BY_LENGTH = byLength();
    private static final int MIN_AFTER_ARTICLE = 2;
    private static final int MIN_AFTER_BARE = 3;
    /** Folded common news words whose initial و ف ب ك ل is a root letter (general vocabulary only). */
    private static final Set<String> ROOT_INITIAL = Set.of(
            "وزير", "وزيره", "وزراء", "وزاره", "وزارات", "وكاله", "وكالات", "وطن", "وطني", "وطنيه", "وقت", "وقف", "وصل",
            "وضع", "وجه", "وفد", "ولايه", "ولايات", "وسط", "وثيقه", "وحده", "وحدات", "وفاه", "وقع", "وقود", "واقع",
            "وادي", "والي", "واشنطن", "وكيل", "ورقه", "وصول", "وعد", "وزن", "ولد", "وليد",
            "بيان", "بيت", "بين", "بعد", "بنك", "بحر", "بحث", "برلمان", "بريطانيا", "باريس", "بغداد", "بيروت", "بلد",
            "بلده", "بلاد", "بلدات", "بلديه", "بناء", "بدء", "بدايه", "برنامج", "بطل", "بشر", "بقيه",
            "فرنسا", "فريق", "فتره", "فلسطين", "فلسطيني", "فصل", "فكره", "فيلم", "فرصه", "فرع", "فندق", "فوز", "فقط",
            "كتاب", "كبير", "كبيره", "كلمه", "كان", "كانت", "كانوا", "كل", "كلها", "كما", "كيف", "كثير", "كرسي", "كتله",
            "لبنان", "لبناني", "لجنه", "لجان", "لقاء", "ليبيا", "لندن", "لكن", "لواء", "لحظه", "لغه", "لاعب", "ليله",
            "لدي", "لها", "لهم", "لقد", "لماذا");

    private Clitics() {
    }

    /** The conservative reading of {@code word} (no proclitic when unsure). */
    public static Segmentation split(String word) {
        NormalizedText nt = ArabicNormalizer.normalize(word);
        String f = nt.normalized();
        for (String p : ARTICLE_FORMS) {
            if (f.startsWith(p) && letters(f, p.length()) >= MIN_AFTER_ARTICLE) {
                return segment(word, nt, p);
            }
        }
        if (!ROOT_INITIAL.contains(f)) {
            for (int i = BARE_FORMS.length - 1; i >= 0; i--) { // shortest first: و + بيان, not وب + يان
                String p = BARE_FORMS[i];
                if (f.startsWith(p) && ROOT_INITIAL.contains(f.substring(p.length()))) {
                    return segment(word, nt, p);
                }
            }
            for (String p : BARE_FORMS) {
                if (f.startsWith(p) && letters(f, p.length()) >= MIN_AFTER_BARE) {
                    return segment(word, nt, p);
                }
            }
        }
        return whole(word);
    }

    /**
     * Every reading of {@code word}, the unsplit word first, then by growing prefix; each stem keeps
     * at least 2 letters. For look-ups in a lexicon or gazetteer.
     */
    public static List<Segmentation> candidates(String word) {
        NormalizedText nt = ArabicNormalizer.normalize(word);
        String f = nt.normalized();
        List<Segmentation> out = new ArrayList<>();
        out.add(whole(word));
        for (String p : BY_LENGTH) {
            if (f.startsWith(p) && letters(f, p.length()) >= 2) {
                out.add(segment(word, nt, p));
            }
        }
        return out;
    }

    private static List<String> byLength() {
        List<String> forms = new ArrayList<>(List.of(BARE_FORMS));
        forms.addAll(List.of(ARTICLE_FORMS));
        forms.sort((a, b) -> a.length() - b.length());
        return List.copyOf(forms);
    }

    private static Segmentation whole(String word) {
        return new Segmentation(word, List.of(), new Span(0, word.length()));
    }

    /** Splits after folded prefix {@code p}: one span per clitic (the article is {@code ال} or the {@code ل} of {@code لل}). */
    private static Segmentation segment(String word, NormalizedText nt, String p) {
        List<Span> prefixes = new ArrayList<>();
        int k = 0;
        while (k < p.length()) {
            int len = p.startsWith("ال", k) ? 2 : 1;
            prefixes.add(nt.toOriginalSpan(k, k + len));
            k += len;
        }
        int stemStart = prefixes.get(prefixes.size() - 1).end();
        return new Segmentation(word, prefixes, new Span(stemStart, word.length()));
    }

    private static int letters(String f, int from) {
        int count = 0;
        for (int i = from; i < f.length(); i++) {
            if (Character.isLetter(f.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
