package org.isnad.ingest.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.core.model.RawArticle;
import org.isnad.core.stage.BadInputException;

/**
 * Learns a run's repeated lines before cleaning: a line of at most {@value #MAX_WORDS} words that
 * occurs in at least {@code minDocuments} documents of the same outlet group (see {@link RepeatedLines})
 * is boilerplate of that site, e.g. a slogan or a menu that no general rule knows. Long lines are never
 * learned: the same agency paragraph republished by several articles is news, not boilerplate.
 * Lines are compared by their folded {@link Line#key key}; a line counts once per document.
 */
public final class BoilerplateLearner {
    /** Default number of documents a line must appear in. */
    public static final int DEFAULT_MIN_DOCUMENTS = 3;
    static final int MAX_WORDS = 15;

    private final int minDocuments;

    /** A learner with {@link #DEFAULT_MIN_DOCUMENTS}. */
    public BoilerplateLearner() {
        this(DEFAULT_MIN_DOCUMENTS);
    }

    /** @param minDocuments documents a line must occur in to be learned; at least 2 */
    public BoilerplateLearner(int minDocuments) {
        if (minDocuments < 2) {
            throw new IllegalArgumentException("minDocuments must be at least 2, got " + minDocuments);
        }
        this.minDocuments = minDocuments;
    }

    /** The repeated lines of {@code articles}: all the raw articles of a run, read before cleaning. */
    public RepeatedLines learn(List<RawArticle> articles) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (RawArticle article : articles) {
            List<String> rawLines;
            try {
                rawLines = article.isHtml()
                        ? HtmlExtractor.extract(article.html(), article.url()).lines()
                        : article.text().lines().toList();
            } catch (BadInputException unusable) {
                continue; // cleaning rejects the article with the same reason; it teaches nothing here
            }
            Set<String> seen = new HashSet<>();
            for (String raw : rawLines) {
                Line line = Line.of(0, raw);
                if (line.words() > 0 && line.words() <= MAX_WORDS && seen.add(line.bare())) {
                    counts.computeIfAbsent(RepeatedLines.groupOf(article), g -> new HashMap<>())
                            .merge(line.bare(), 1, Integer::sum);
                }
            }
        }
        Map<String, Set<String>> repeated = new HashMap<>();
        counts.forEach((group, byLine) -> byLine.forEach((key, n) -> {
            if (n >= minDocuments) {
                repeated.computeIfAbsent(group, g -> new HashSet<>()).add(key);
            }
        }));
        return new RepeatedLines(repeated);
    }
}
