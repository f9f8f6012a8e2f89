package org.isnad.claims.text;

import java.util.ArrayList;
import java.util.List;

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
                while (j < n && Fold.isWordChar(text.charAt(j))) {
                    j++;
                }
                String s = text.substring(i, j);
                out.add(new Word(s, i, j, Fold.fold(s), false));
                i = j;
            } else if (Character.isWhitespace(c) || Fold.isRemoved(c)) {
                i++;
            } else {
                String s = text.substring(i, i + 1);
                out.add(new Word(s, i, i + 1, Fold.fold(s), true));
                i++;
            }
        }
        return out;
    }
}
