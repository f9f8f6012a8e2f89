package org.isnad.claims.extract;

import java.util.ArrayList;
import java.util.List;
import org.isnad.claims.text.WordIndex;

/**
 * Sentence ranges over a {@link WordIndex}: a sentence ends after {@code . ! ? ؟} or where a line
 * break separates two words. Written here (small) until {@code org.isnad.arabic.SentenceSplitter} is published.
 */
final class Sentences {
    /** Word indexes {@code [first, end)} of one sentence. */
    record Range(int first, int end) {
    }

    private Sentences() {
    }

    static List<Range> of(WordIndex index) {
        List<Range> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < index.size(); i++) {
            String t = index.get(i).text();
            boolean stop = index.get(i).punct() && (t.equals(".") || t.equals("!") || t.equals("?") || t.equals("؟"));
            boolean lineBreak = i + 1 < index.size()
                    && index.text().substring(index.get(i).end(), index.get(i + 1).start()).indexOf('\n') >= 0;
            if (stop || lineBreak) {
                out.add(new Range(start, i + 1));
                start = i + 1;
            }
        }
        if (start < index.size()) {
            out.add(new Range(start, index.size()));
        }
        return out;
    }
}
