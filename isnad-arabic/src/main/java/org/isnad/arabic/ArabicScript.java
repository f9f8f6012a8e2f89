package org.isnad.arabic;

/** How much of a text is written in Arabic script. */
public final class ArabicScript {
    private ArabicScript() {
    }

    /** The share of letters in {@code text} that are in the Arabic script; 0 when it has no letters. */
    public static double letterShare(CharSequence text) {
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                arabic += Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC ? 1 : 0;
            }
        }
        return letters == 0 ? 0 : (double) arabic / letters;
    }
}
