package org.isnad.output;

/**
 * HTML escaping for text and attribute values; article content is always rendered as text. Explicit
 * bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are dropped from what is shown:
 * one left open in a title would reorder the rest of the page. A lone surrogate is shown as U+FFFD.
 */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                        continue;
                    }
                    boolean lone = Character.isHighSurrogate(c) ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    b.append(lone ? '\uFFFD' : c);
                }
            }
        }
        return b.toString();
    }
}
