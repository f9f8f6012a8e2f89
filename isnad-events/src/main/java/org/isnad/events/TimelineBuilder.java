package org.isnad.events;

import java.util.List;
import org.isnad.core.model.Story;

/** Orders a story's dated events into a timeline. */
public interface TimelineBuilder {
    List<Story.TimelineEntry> build(List<EventCluster> events);
}
