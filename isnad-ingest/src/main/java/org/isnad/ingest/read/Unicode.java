package org.isnad.ingest.read;

/**
 * Repairs of text that Java strings can hold but no writer can encode: a lone UTF-16 surrogate (from
 * a JSON escape such as {@code \uD800} or an HTML reference {@code &#xD800;}) becomes U+FFFD, one
 * character for one, so offsets keep their meaning.
 */
public final class Unicode {
    private Unicode() {
    }

    public static String withoutLoneSurrogates(String s) {
        if (s == null) {
            return null;
        }
        char[] out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean lone = Character.isHighSurrogate(c) ? i + 1 >= n || !Character.isLowSurrogate(s.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
            if (Character.isHighSurrogate(c) && !lone) {
                i++; // a valid pair: skip its low half
                continue;
            }
            if (lone) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = '\uFFFD';
            }
        }
        return out == null ? s : new String(out);
    }
}
