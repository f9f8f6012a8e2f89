package org.isnad.claims.extract;

import java.util.Set;
import org.isnad.claims.resolve.Titles;
import org.isnad.claims.text.Clitics;
import org.isnad.claims.text.WordIndex;

/**
 * An unnamed subject written right after a verb cue that takes a noun object
 * ({@code ونفت الوزارة الاتهامات}, {@code وهدد الجيش المسلحين}): a head noun for an institution,
 * a body of people or a source, or a title, then the complement of an indefinite head
 * ({@code وزارة الداخلية}) and relative adjectives ({@code السورية}).
 */
final class Subjects {
    /** Heads (folded, without {@code ال}) of institutions and groups that act as subjects in news prose. */
    private static final Set<String> HEADS = Set.of("وزاره", "حكومه", "جيش", "شرطه", "رياسه", "جماعه", "حركه",
            "هييه", "قياده", "سلطات", "سلطه", "قوات", "اداره", "مكتب", "مجلس", "لجنه", "سفاره", "بيان", "منظمه",
            "وكاله", "محكمه", "نيابه", "برلمان", "تحالف", "فصايل", "فصيل", "كتيبه", "فرقه", "لواء", "تنظيم", "جبهه",
            "مرصد", "امن", "داخليه", "خارجيه", "دفاع", "عايله", "اسره", "محامي", "نقابه", "حزب", "اهالي", "سكان",
            "معارضه", "منتقدون");
    /** Longest subject phrase, in words. */
    private static final int MAX_WORDS = 4;

    private Subjects() {
    }

    /** Index of the last word of the subject phrase that starts at word {@code k}, or -1 when none starts there. */
    static int phraseEnd(WordIndex index, int k, int to) {
        if (k >= to || index.get(k).punct()) {
            return -1;
        }
        String f = index.get(k).folded();
        String bare = Clitics.stripArticle(f);
        boolean definite = f.startsWith("ال");
        if (!HEADS.contains(bare) && !ClaimWords.SOURCE_NOUNS.contains(f) && !Titles.isTitle(f)) {
            return -1;
        }
        int last = k;
        if (!definite && last + 1 < to && !index.get(last + 1).punct() && index.get(last + 1).folded().startsWith("ال")) {
            last++; // وزارة الداخلية: the head's complement
        }
        while (last + 1 < to && last + 1 - k < MAX_WORDS && isNisba(index.get(last + 1))) {
            last++;
        }
        return last + 1 < to ? last : -1; // a subject needs an object after it
    }

    private static boolean isNisba(org.isnad.claims.text.Word w) {
        String f = w.folded();
        return !w.punct() && f.startsWith("ال") && (f.endsWith("يه") || f.endsWith("ي")) && f.length() >= 6
                && !f.equals("الذي") && !f.equals("التي");
    }
}
