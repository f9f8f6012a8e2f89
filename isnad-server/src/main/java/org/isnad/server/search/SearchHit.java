package org.isnad.server.search;

import java.util.List;

/**
 * One ranked article found by a search: its id and title, the score, the matched words as exact
 * spans of the article text and the best passage around them.
 */
public record SearchHit(String article, String title, float score, Highlight snippet, List<Highlight> highlights) {
    public SearchHit {
        highlights = List.copyOf(highlights);
    }

    /** A span {@code [start, end)} of the article text and the text it covers. */
    public record Highlight(int start, int end, String text) {
    }
}
