package org.isnad.core.model;

import java.util.Objects;

/**
 * A span in one article together with the text it covers: what the dossier writes wherever a
 * user can highlight something. {@code text} always equals {@code article.text().substring(start, end)}.
 */
public record SourceSpan(String article, int start, int end, String text) {
    public SourceSpan {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        new Span(start, end);
        if (text.length() != end - start) {
            throw new IllegalArgumentException("span text length " + text.length() + " != " + (end - start));
        }
    }

    /** Cuts the span out of the article, so the text is exact by construction. */
    public static SourceSpan of(Article article, Span span) {
        return new SourceSpan(article.id(), span.start(), span.end(), span.of(article.text()));
    }

    public Span span() {
        return new Span(start, end);
    }
}
