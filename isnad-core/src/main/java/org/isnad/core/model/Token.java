package org.isnad.core.model;

import java.util.Objects;

/** A token of a text: its surface form and its half-open span; {@code text.equals(source.substring(start, end))}. */
public record Token(String text, int start, int end) {
    public Token {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("token '" + text + "' does not fit [" + start + ", " + end + ")");
        }
    }

    public Span span() {
        return new Span(start, end);
    }
}
