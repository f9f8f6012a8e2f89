package org.isnad.events;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.isnad.core.model.Event;

/**
 * A merged event, the reports it was built from (at most the first mention and the first with a
 * figure per article, in article order) and every mention merged into it ({@code told}: the reports
 * plus each article's later retellings, which tie sentences such as an outcome cue to the event).
 */
public record EventCluster(Event event, List<EventMention> mentions, List<EventMention> told) {
    public EventCluster {
        mentions = List.copyOf(mentions);
        told = List.copyOf(told);
    }

    /** A cluster whose reports are all it was told by. */
    public EventCluster(Event event, List<EventMention> mentions) {
        this(event, mentions, mentions);
    }

    /** Ids of the articles that report it, sorted. */
    public Set<String> articles() {
        Set<String> out = new TreeSet<>();
        mentions.forEach(m -> out.add(m.article()));
        return out;
    }
}
