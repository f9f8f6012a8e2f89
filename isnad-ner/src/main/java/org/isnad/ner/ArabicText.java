package org.isnad.ner;

/**
 * Orthographic folding and clitic stripping for Arabic words, as used by the NER features.
 * Written by hand: the rules are a few lines and the tagger calls them per token on the hot path.
 */
public final class ArabicText {
    private ArabicText() {
    }

    /**
     * Folds spelling variants: removes diacritics and tatweel, unifies alef forms (أ إ آ ٱ → ا),
     * ى → ي, ة → ه, ؤ → و, ئ → ي, and maps Arabic-Indic digits to ASCII.
     */
    public static String fold(String w) {
        StringBuilder sb = null;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char r = foldChar(c);
            if (r != c && sb == null) {
                sb = new StringBuilder(w.length());
                sb.append(w, 0, i);
            }
            if (sb != null && r != 0) {
                sb.append(r);
            }
        }
        return sb == null ? w : sb.toString();
    }

    /** The folded form of one char, or 0 when the char is dropped. */
    static char foldChar(char c) {
        if ((c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640') {
            return 0;
        }
        switch (c) {
            case 'أ': case 'إ': case 'آ': case 'ٱ': return 'ا';
            case 'ى': return 'ي';
            case 'ة': return 'ه';
            case 'ؤ': return 'و';
            case 'ئ': return 'ي';
            default:
                if (c >= '\u0660' && c <= '\u0669') {
                    return (char) ('0' + (c - '\u0660'));
                }
                if (c >= '\u06F0' && c <= '\u06F9') {
                    return (char) ('0' + (c - '\u06F0'));
                }
                return c;
        }
    }

    /**
     * Strips proclitics from a folded word: one of و ف, then one of ب ل ك, then the article ال
     * (and لل = ل + ال). Keeps at least two letters of stem; returns the word itself when nothing applies.
     */
    public static String stripClitics(String f) {
        int i = 0;
        int n = f.length();
        if (n - i > 3 && (f.charAt(i) == 'و' || f.charAt(i) == 'ف')) {
            i++;
        }
        if (n - i > 3 && f.charAt(i) == 'ل' && f.charAt(i + 1) == 'ل') {
            return f.substring(i + 2);
        }
        if (n - i > 3 && (f.charAt(i) == 'ب' || f.charAt(i) == 'ل' || f.charAt(i) == 'ك')) {
            i++;
        }
        if (n - i > 3 && f.charAt(i) == 'ا' && f.charAt(i + 1) == 'ل') {
            i += 2;
        }
        return i == 0 ? f : f.substring(i);
    }

    /** Whether the char is an Arabic letter (not a diacritic or digit). */
    public static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3');
    }

    /** Coarse word shape: A arabic, L latin, D digits, P punctuation, M mixed. */
    public static char shape(String w) {
        boolean ar = false, lat = false, dig = false, other = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (isArabicLetter(c) || (c >= '\u064B' && c <= '\u0652') || c == '\u0640') {
                ar = true;
            } else if (Character.isDigit(c)) {
                dig = true;
            } else if (Character.isLetter(c)) {
                lat = true;
            } else {
                other = true;
            }
        }
        int kinds = (ar ? 1 : 0) + (lat ? 1 : 0) + (dig ? 1 : 0);
        if (kinds == 0) {
            return 'P';
        }
        if (kinds > 1 || other) {
            return 'M';
        }
        return ar ? 'A' : lat ? 'L' : 'D';
    }
}
