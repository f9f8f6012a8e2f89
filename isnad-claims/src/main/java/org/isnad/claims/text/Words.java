package org.isnad.claims.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isnad.arabic.ArabicNormalizer;

/**
 * Splits a text into {@link Word words} (runs of letters, digits and Arabic marks) and one-character
 * punctuation tokens, with offsets into the text itself. Written by hand because it must keep
 * tatweel and diacritics inside words and emit punctuation as tokens, which the JDK break iterator does not.
 */
public final class Words {
    private Words() {
    }

    /** Every word and punctuation token of {@code text} in order. */
    public static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n && isWordChar(text.charAt(j))) {
                    j++;
                }
                String s = text.substring(i, j);
                out.add(new Word(s, i, j, fold(s), false));
                i = j;
            } else if (Character.isWhitespace(c) || ArabicNormalizer.isRemoved(c)) {
                i++;
            } else {
                String s = text.substring(i, i + 1);
                out.add(new Word(s, i, i + 1, fold(s), true));
                i++;
            }
        }
        return out;
    }

    /** The matching form of a token: {@link ArabicNormalizer#fold}, Latin lower-cased. */
    static String fold(String s) {
        return ArabicNormalizer.fold(s).toLowerCase(Locale.ROOT);
    }

    /** Letters, digits and the marks folding deletes inside a word (not bidi marks) belong to the word. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || ArabicNormalizer.isDiacritic(c) || c == ArabicNormalizer.TATWEEL
                || c == '\u200C' || c == '\u200D';
    }
}
