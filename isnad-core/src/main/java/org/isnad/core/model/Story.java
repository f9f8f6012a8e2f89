package org.isnad.core.model;

import java.util.List;

/**
 * Articles about the same event, with what they say together. {@code reports} groups the articles
 * into independent reports: copies of one text (an agency's wire republished by several outlets) are
 * one report; every article is in exactly one. Empty when copies were not looked for.
 */
public record Story(String id, String title, List<String> articles, List<KeyPoint> keyPoints,
                    List<TimelineEntry> timeline, List<Contradiction> contradictions, String storyline,
                    List<Report> reports) {
    public Story {
        articles = List.copyOf(articles);
        keyPoints = List.copyOf(keyPoints);
        timeline = List.copyOf(timeline);
        contradictions = List.copyOf(contradictions);
        reports = reports == null ? List.of() : List.copyOf(reports); // null: stored before copies were looked for
    }

    /** A story in {@code storyline} whose copies were not looked for. */
    public Story(String id, String title, List<String> articles, List<KeyPoint> keyPoints,
                 List<TimelineEntry> timeline, List<Contradiction> contradictions, String storyline) {
        this(id, title, articles, keyPoints, timeline, contradictions, storyline, List.of());
    }

    /** A story not (yet) linked into a storyline. */
    public Story(String id, String title, List<String> articles, List<KeyPoint> keyPoints,
                 List<TimelineEntry> timeline, List<Contradiction> contradictions) {
        this(id, title, articles, keyPoints, timeline, contradictions, null);
    }

    /** The same story in {@code storyline}. */
    public Story inStoryline(String line) {
        return new Story(id, title, articles, keyPoints, timeline, contradictions, line, reports);
    }

    /** The same story with its articles grouped into independent reports. */
    public Story withReports(List<Report> independent) {
        return new Story(id, title, articles, keyPoints, timeline, contradictions, storyline, independent);
    }

    /**
     * A multi-document point, the articles that support it, the sentences of theirs that state it
     * ({@code spans}, one per supporting article; empty when not known) and how many independent
     * reports those articles are ({@code reports}; copies of one text count once).
     */
    public record KeyPoint(String text, List<String> sources, List<SourceSpan> spans, int reports) {
        public KeyPoint {
            sources = List.copyOf(sources);
            if (spans == null) { // stored before key points cited their sentences: every source counted
                spans = List.of();
                reports = sources.size();
            }
            spans = List.copyOf(spans);
        }

        /** A point whose sources are taken as independent and whose sentences are not known. */
        public KeyPoint(String text, List<String> sources) {
            this(text, sources, List.of(), sources.size());
        }
    }

    /**
     * One independent report: an article, or several articles carrying copies of one text, with the
     * news agency the text names as its origin ({@code agency}, as written; null when none is named).
     */
    public record Report(List<String> articles, String agency) {
        public Report {
            articles = List.copyOf(articles);
            if (articles.isEmpty()) {
                throw new IllegalArgumentException("a report has at least one article");
            }
        }

        /** The article the others copy: the first one. */
        public String original() {
            return articles.get(0);
        }
    }

    /** A dated entry of the story's timeline. */
    public record TimelineEntry(DateValue date, String text, List<String> events, List<String> sources) {
        public TimelineEntry {
            events = List.copyOf(events);
            sources = List.copyOf(sources);
        }
    }

    /**
     * Two or more statements of different outlets that cannot all be true.
     *
     * @param sides      the words stating each side's fact
     * @param confidence how sure the finder is, in [0, 1]; NaN when not scored
     * @param sentences  the whole sentence of each side, in the order of {@code sides}; empty when not given
     */
    public record Contradiction(Kind kind, String topic, List<SourceSpan> sides, double confidence,
                                List<SourceSpan> sentences) {
        public enum Kind { COUNT, OUTCOME, INTENSITY, NAME, CAUSE, PLACE, TIME, ATTRIBUTION, OTHER }

        public Contradiction {
            sides = List.copyOf(sides);
            sentences = sentences == null ? List.of() : List.copyOf(sentences); // null: stored before sentences were kept
            if (sides.size() < 2) {
                throw new IllegalArgumentException("a contradiction needs two sides");
            }
            if (!sentences.isEmpty() && sentences.size() != sides.size()) {
                throw new IllegalArgumentException("one sentence per side");
            }
        }

        /** An unscored contradiction without sentences. */
        public Contradiction(Kind kind, String topic, List<SourceSpan> sides) {
            this(kind, topic, sides, Double.NaN, List.of());
        }

        /** The same contradiction with a confidence and the sides' sentences. */
        public Contradiction scored(double confidence, List<SourceSpan> sentences) {
            return new Contradiction(kind, topic, sides, confidence, sentences);
        }
    }
}
