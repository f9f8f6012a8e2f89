package org.isnad.claims.text;

/**
 * A token of an original text: its surface {@code text}, half-open offsets and its folded (see {@link org.isnad.arabic.ArabicNormalizer#fold})
 * form. {@code punct} tokens are single non-word, non-space characters.
 */
public record Word(String text, int start, int end, String folded, boolean punct) {
    public Word {
        if (end - start != text.length()) {
            throw new IllegalArgumentException("word '" + text + "' does not fit [" + start + ", " + end + ")");
        }
    }
}
