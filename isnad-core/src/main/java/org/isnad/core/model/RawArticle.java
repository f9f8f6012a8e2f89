package org.isnad.core.model;

import java.util.Objects;

/**
 * An article as read from its source, before cleaning: exactly one of {@code text} or {@code html}
 * is set; {@code outlet}, {@code url}, {@code title} and {@code published} are what the source
 * stated explicitly (e.g. JSONL fields), each possibly null.
 */
public record RawArticle(String source, String url, String outlet, String title, String published,
                         String text, String html) {
    public RawArticle {
        Objects.requireNonNull(source, "source");
        if ((text == null) == (html == null)) {
            throw new IllegalArgumentException(source + ": exactly one of text or html must be given");
        }
    }

    public static RawArticle text(String source, String text) {
        return new RawArticle(source, null, null, null, null, text, null);
    }

    public static RawArticle html(String source, String html) {
        return new RawArticle(source, null, null, null, null, null, html);
    }

    public boolean isHtml() {
        return html != null;
    }
}
