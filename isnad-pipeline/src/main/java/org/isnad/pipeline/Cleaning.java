package org.isnad.pipeline;

import java.util.List;
import org.isnad.core.model.RawArticle;
import org.isnad.core.stage.Cleaner;

/**
 * Makes the cleaner for one batch of raw articles: boilerplate such as a site's repeated footer is
 * only recognizable by looking at all pages of a run first.
 */
@FunctionalInterface
public interface Cleaning {
    Cleaner forBatch(List<RawArticle> batch);
}
