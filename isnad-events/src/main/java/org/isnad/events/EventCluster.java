package org.isnad.events;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.isnad.core.model.Event;

/** A merged event and the mentions it was merged from, in article order. */
public record EventCluster(Event event, List<EventMention> mentions) {
    public EventCluster {
        mentions = List.copyOf(mentions);
    }

    /** Ids of the articles that report it, sorted. */
    public Set<String> articles() {
        Set<String> out = new TreeSet<>();
        mentions.forEach(m -> out.add(m.article()));
        return out;
    }
}
