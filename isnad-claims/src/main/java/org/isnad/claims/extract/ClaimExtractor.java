package org.isnad.claims.extract;

import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Entity;

/** Finds the attributed statements of one article: who said what, through which cue and channel. */
public interface ClaimExtractor {
    /**
     * The claims of {@code article}, in text order, with ids {@code <article id>-c1, -c2, ...}.
     *
     * @param entities resolved entities of the story (only their mentions in this article are used);
     *                 a speaker that is one of them gets its id as {@code speaker}
     * @param story    the story id written into each claim
     */
    List<Claim> extract(Article article, List<Entity> entities, String story);
}
