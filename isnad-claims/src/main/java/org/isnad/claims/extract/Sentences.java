package org.isnad.claims.extract;

import java.util.ArrayList;
import java.util.List;
import org.isnad.arabic.SentenceSplitter;
import org.isnad.claims.text.WordIndex;
import org.isnad.core.model.Span;

/**
 * Sentences of a {@link WordIndex} as word ranges: the character spans come from
 * {@link SentenceSplitter}; this class only maps them onto the claim extractor's words.
 */
final class Sentences {
    /** Word indexes {@code [first, end)} of one sentence. */
    record Range(int first, int end) {
    }

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private Sentences() {
    }

    static List<Range> of(WordIndex index) {
        List<Range> out = new ArrayList<>();
        int next = 0;
        for (Span s : SPLITTER.split(index.text())) {
            int end = index.firstAtOrAfter(s.end());
            if (end > next) {
                out.add(new Range(next, end));
                next = end;
            }
        }
        if (next < index.size()) {
            out.add(new Range(next, index.size()));
        }
        return out;
    }
}
