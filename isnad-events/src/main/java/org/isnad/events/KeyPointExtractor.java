package org.isnad.events;

import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Story;

/** Picks the sentences that best sum up what several articles of a story say together. */
public interface KeyPointExtractor {
    List<Story.KeyPoint> extract(List<Article> articles, List<Entity> entities, List<EventCluster> events);
}
