package org.isnad.events;

import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;

/** Finds event mentions in one article, with arguments taken from the story's entities. */
public interface EventExtractor {
    /**
     * Event mentions of {@code article}, in text order.
     *
     * @param entities the story's resolved entities; only their mentions in this article are used
     */
    List<EventMention> extract(Article article, List<Entity> entities);
}
