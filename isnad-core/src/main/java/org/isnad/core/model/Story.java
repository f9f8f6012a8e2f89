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

    /** Two or more statements of different outlets that cannot all be true. */
    public record Contradiction(Kind kind, String topic, List<SourceSpan> sides) {
        public enum Kind { COUNT, OUTCOME, INTENSITY, NAME, CAUSE, PLACE, TIME, ATTRIBUTION, OTHER }

        public Contradiction {
            sides = List.copyOf(sides);
            if (sides.size() < 2) {
                throw new IllegalArgumentException("a contradiction needs two sides");
            }
        }
    }
}
