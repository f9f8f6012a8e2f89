package org.isnad.core.model;

import java.util.List;

/** Articles about the same event, with what they say together. */
public record Story(String id, String title, List<String> articles, List<KeyPoint> keyPoints,
                    List<TimelineEntry> timeline, List<Contradiction> contradictions, String storyline) {
    public Story {
        articles = List.copyOf(articles);
        keyPoints = List.copyOf(keyPoints);
        timeline = List.copyOf(timeline);
        contradictions = List.copyOf(contradictions);
    }

    /** A story not (yet) linked into a storyline. */
    public Story(String id, String title, List<String> articles, List<KeyPoint> keyPoints,
                 List<TimelineEntry> timeline, List<Contradiction> contradictions) {
        this(id, title, articles, keyPoints, timeline, contradictions, null);
    }

    /** The same story in {@code storyline}. */
    public Story inStoryline(String line) {
        return new Story(id, title, articles, keyPoints, timeline, contradictions, line);
    }

    /** A multi-document point and the articles that support it. */
    public record KeyPoint(String text, List<String> sources) {
        public KeyPoint {
            sources = List.copyOf(sources);
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
            sentences = List.copyOf(sentences);
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
