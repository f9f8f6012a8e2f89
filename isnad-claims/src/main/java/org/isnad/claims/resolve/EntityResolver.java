package org.isnad.claims.resolve;

import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Mention;

/**
 * Groups the mentions of the articles of one story into entities: one entity per referent, with
 * every surface form, appositive descriptions and every mention as an exact span.
 */
public interface EntityResolver {
    /**
     * Resolves {@code mentions} (each naming an article of {@code articles} by id) into entities whose
     * ids are {@code e1, e2, ...} in order of first appearance (article order, then offset).
     *
     * @throws IllegalArgumentException if a mention names an article not in {@code articles} or does
     *                                  not match that article's text
     */
    List<Entity> resolve(List<Article> articles, List<Mention> mentions);
}
