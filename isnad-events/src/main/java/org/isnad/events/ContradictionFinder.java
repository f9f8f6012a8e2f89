package org.isnad.events;

import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Story;

/** Finds statements of different articles of one story that cannot all be true. */
public interface ContradictionFinder {
    /**
     * @param claims the story's claims, may be empty (used for ATTRIBUTION between corroborating claims)
     */
    List<Story.Contradiction> find(List<Article> articles, List<Entity> entities, List<EventCluster> events,
                                   List<Claim> claims);
}
