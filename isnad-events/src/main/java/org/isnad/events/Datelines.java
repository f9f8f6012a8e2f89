package org.isnad.events;

import java.util.regex.Pattern;

/**
 * Takes the wire dateline off the front of a sentence shown as a key point (package-private):
 * {@code مدينة، بلد (AGENCY) – } or {@code (AGENCY)-- }. The dateline names where the outlet filed
 * from, often its head office, not where the event was, and says nothing a reader needs.
 * The rest stays an exact substring of the article.
 */
final class Datelines {
    /** Up to 80 characters of place words and commas, an outlet in Latin letters in brackets, a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^[^()\\n.]{0,80}\\(\\s*[A-Za-z][A-Za-z .&]{0,24}\\)\\s*[-–—]+\\s*");

    private Datelines() {
    }

    /** The length of the dateline at the front of {@code sentence}, 0 when there is none. */
    static int length(String sentence) {
        var m = DATELINE.matcher(sentence);
        return m.find() && m.end() < sentence.length() ? m.end() : 0;
    }

    /** {@code sentence} without a leading dateline; unchanged when there is none or nothing follows it. */
    static String strip(String sentence) {
        var m = DATELINE.matcher(sentence);
        if (!m.find() || m.end() >= sentence.length()) {
            return sentence;
        }
        return sentence.substring(m.end());
    }
}
