package org.isnad.events;

import java.util.List;

/** Merges the mentions of one story, from all its articles, into events. */
public interface EventMerger {
    /**
     * Events of story {@code storyId}, numbered {@code ev<firstNumber>}, {@code ev<firstNumber+1>}, ...
     * in the order of their first mention (mentions are taken in the order given).
     */
    default List<EventCluster> merge(String storyId, List<EventMention> mentions, int firstNumber) {
        return merge(storyId, mentions, "ev", firstNumber);
    }

    /**
     * The same with ids {@code <idPrefix><firstNumber>}, ...: a story-scoped prefix gives ids that do
     * not depend on other stories of the dossier.
     */
    List<EventCluster> merge(String storyId, List<EventMention> mentions, String idPrefix, int firstNumber);
}
