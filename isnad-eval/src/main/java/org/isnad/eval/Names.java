package org.isnad.eval;

import org.isnad.arabic.ArabicNormalizer;

/** How the scorers compare names and cue words: Isnad's one Arabic folding, spaces collapsed, quotes trimmed. */
final class Names {
    private Names() {
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String f = ArabicNormalizer.fold(s).replaceAll("[\"«»“”'()\\[\\]،,.:؛]", " ");
        return f.trim().replaceAll("\\s+", " ");
    }

    /** A reporting word without a leading و or ف conjunction. */
    static String foldCue(String s) {
        String f = fold(s);
        return f.length() > 3 && (f.charAt(0) == 'و' || f.charAt(0) == 'ف') ? f.substring(1) : f;
    }
}
