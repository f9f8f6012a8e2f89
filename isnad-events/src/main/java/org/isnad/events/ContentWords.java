package org.isnad.events;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Content words of a text for the overlap measures of this module (package-private): the text layer's
 * {@link org.isnad.arabic.ContentWords} keys, keeping only keys of three letters or more, and numbers,
 * since shorter stems carry little event content.
 */
final class ContentWords {
    private ContentWords() {
    }

    static Set<String> of(String text) {
        return of(text, 0, text.length());
    }

    static Set<String> of(String text, int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        for (String k : org.isnad.arabic.ContentWords.keyList(text.substring(from, to))) {
            if (k.length() >= 3 || Character.isDigit(k.charAt(0))) {
                out.add(k);
            }
        }
        return out;
    }

    static double dice(Set<String> a, Set<String> b) {
        return org.isnad.arabic.ContentWords.dice(a, b);
    }
}
