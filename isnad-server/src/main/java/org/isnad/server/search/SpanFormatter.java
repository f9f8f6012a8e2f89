package org.isnad.server.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the unified highlighter's passages into exact spans instead of marked-up strings: the
 * web page and API clients draw the highlight themselves from {@code [start, end)} offsets.
 */
final class SpanFormatter extends PassageFormatter {
    /** The best passage and every match inside the chosen passages, in text order. */
    record Spans(SearchHit.Highlight snippet, List<SearchHit.Highlight> matches) {
    }

    @Override
    public Object format(Passage[] passages, String content) {
        List<SearchHit.Highlight> matches = new ArrayList<>();
        Passage best = null;
        for (Passage p : passages) {
            if (best == null || p.getScore() > best.getScore()) {
                best = p;
            }
            for (int i = 0; i < p.getNumMatches(); i++) {
                int s = p.getMatchStarts()[i];
                int e = p.getMatchEnds()[i];
                matches.add(new SearchHit.Highlight(s, e, content.substring(s, e)));
            }
        }
        matches.sort(Comparator.comparingInt(SearchHit.Highlight::start));
        List<SearchHit.Highlight> distinct = new ArrayList<>();
        for (SearchHit.Highlight h : matches) {
            if (distinct.isEmpty() || distinct.get(distinct.size() - 1).start() != h.start()) {
                distinct.add(h);
            }
        }
        SearchHit.Highlight snippet = best == null ? null
                : new SearchHit.Highlight(best.getStartOffset(), best.getEndOffset(),
                content.substring(best.getStartOffset(), best.getEndOffset()));
        return new Spans(snippet, distinct);
    }
}
