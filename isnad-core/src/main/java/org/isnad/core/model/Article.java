package org.isnad.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned article: the body {@code text} that every span indexes into, its metadata and the
 * boilerplate that cleaning removed. {@code outlet} and {@code published} may be null.
 */
public record Article(String id, String source, String outlet, String title, DateValue published,
                      String language, String text, List<Removal> removed) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        removed = List.copyOf(removed);
    }
}
