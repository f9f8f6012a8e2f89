package org.isnad.ingest.clean;

import java.util.Locale;
import java.util.Set;

/**
 * A deliberately simple language guess: {@code ar} when at least {@value #MIN_ARABIC_SHARE} of the letters
 * are Arabic; otherwise {@code en} or {@code fr} when the text is Latin and its commonest function words
 * clearly say which; otherwise {@code und}. Good enough to flag non-Arabic inputs, not a language
 * identifier.
 */
final class Language {
    static final double MIN_ARABIC_SHARE = 0.2;
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "that", "for", "was", "with");
    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "et", "est", "une", "du", "dans", "pour");

    private Language() {
    }

    static String guess(String text) {
        int letters = 0;
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                arabic += script == Character.UnicodeScript.ARABIC ? 1 : 0;
                latin += script == Character.UnicodeScript.LATIN ? 1 : 0;
            }
        }
        if (letters > 0 && arabic >= MIN_ARABIC_SHARE * letters) {
            return "ar";
        }
        if (letters == 0 || latin < 0.5 * letters) {
            return "und";
        }
        int en = 0;
        int fr = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            en += ENGLISH.contains(word) ? 1 : 0;
            fr += FRENCH.contains(word) ? 1 : 0;
        }
        if (en >= 3 && en > 2 * fr) {
            return "en";
        }
        if (fr >= 3 && fr > 2 * en) {
            return "fr";
        }
        return "und";
    }
}
