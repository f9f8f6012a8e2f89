package org.isnad.claims.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Proclitic stripping on folded words: the conjunctions {@code و ف}, the prepositions {@code ب ل ك}
 * and the article {@code ال} ({@code لل} = {@code ل + ال}). Stripping never leaves fewer than two
 * letters. Callers try the readings from {@link #readings(String)} and keep the one that matches
 * something known, since a word such as {@code وليد} begins with a letter that is not a clitic.
 */
public final class Clitics {
    private Clitics() {
    }

    /** The folded word without a leading {@code ال} (also after a one-letter proclitic: {@code وال بال لل}). */
    public static String stripArticle(String folded) {
        if (folded.startsWith("ال") && folded.length() >= 4) {
            return folded.substring(2);
        }
        return folded;
    }

    /**
     * Possible stems of a folded word, the word itself first: {@code وبالجيش} gives
     * {@code وبالجيش, بالجيش, الجيش, جيش} (each step removes one proclitic).
     */
    public static List<String> readings(String folded) {
        List<String> out = new ArrayList<>();
        out.add(folded);
        String w = folded;
        if (w.length() >= 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            w = w.substring(1);
            out.add(w);
        }
        if (w.startsWith("لل") && w.length() >= 5) {
            w = "ال" + w.substring(2);
            out.add(w);
        } else if (w.length() >= 4 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل' || w.charAt(0) == 'ك')) {
            w = w.substring(1);
            out.add(w);
        }
        if (w.startsWith("ال") && w.length() >= 4) {
            out.add(w.substring(2));
        }
        return out;
    }
}
