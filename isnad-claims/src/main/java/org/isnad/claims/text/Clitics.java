package org.isnad.claims.text;

import java.util.ArrayList;
import java.util.List;
import org.isnad.arabic.ArabicNormalizer;

/**
 * The proclitic readings name matching in this module uses, on top of
 * {@link org.isnad.arabic.Clitics#candidates}: a bare {@code و ف ب ل ك} is peeled only when three
 * letters stay (names are matched against each other, and {@code ولد} must stay {@code ولد}), and
 * {@code لل} reads as {@code ل + ال} so the article reading keeps its {@code ال}.
 */
public final class Clitics {
    private Clitics() {
    }

    /** The folded word without a leading {@code ال}, keeping at least two letters. */
    public static String stripArticle(String folded) {
        if (folded.startsWith("ال") && folded.length() >= 4) {
            return folded.substring(2);
        }
        return folded;
    }

    /**
     * Possible stems of a folded word, the word itself first, by growing prefix: {@code وبالجيش}
     * gives {@code وبالجيش, بالجيش, الجيش, جيش}; {@code للجيش} gives {@code للجيش, الجيش, جيش}.
     */
    public static List<String> readings(String folded) {
        List<String> out = new ArrayList<>();
        out.add(folded);
        for (org.isnad.arabic.Clitics.Segmentation s : org.isnad.arabic.Clitics.candidates(folded)) {
            if (s.prefixes().isEmpty()) {
                continue;
            }
            String prefix = folded.substring(0, s.stem().start());
            String stem = ArabicNormalizer.fold(s.stemText());
            boolean article = prefix.endsWith("ال") || prefix.endsWith("لل");
            if (prefix.endsWith("لل")) {
                add(out, "ال" + stem);
            } else if (!article && (stem.length() < 3 || (prefix.endsWith("ل") && stem.startsWith("ل")))) {
                continue; // too short to be a name, or the first lam of لل
            }
            add(out, stem);
        }
        return out;
    }

    private static void add(List<String> out, String reading) {
        if (!out.contains(reading)) {
            out.add(reading);
        }
    }
}
