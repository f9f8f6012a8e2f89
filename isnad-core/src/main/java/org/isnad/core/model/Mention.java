package org.isnad.core.model;

import java.util.Objects;

/**
 * One occurrence of a name in an article, as found by recognition, before resolution into entities.
 * {@code label} is the recognizer's own fine label (e.g. a tag set's MISC), kept for evaluation.
 */
public record Mention(String article, Span span, String text, EntityType type, String label, double confidence) {
    public Mention {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("mention text does not match its span: " + text);
        }
    }
}
