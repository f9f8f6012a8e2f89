package org.isnad.core.model;

import java.util.List;

/** Who did what to whom, where and when, with every place in every article that reports it. */
public record Event(String id, EventType type, List<String> actors, List<String> targets, String location,
                    DateValue date, List<Count> counts, List<SourceSpan> mentions, String story) {
    public Event {
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
        counts = List.copyOf(counts);
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one mention");
        }
    }
}
