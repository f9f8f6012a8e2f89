package org.isnad.pipeline;

import java.util.List;
import java.util.Map;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Event;
import org.isnad.core.model.InputError;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Story;
import org.isnad.core.stage.StoryGrouper;

/** The cross-article stage: from grouped articles and their mentions to entities, events, claims and stories. */
public interface StoryAnalysis {
    /** What the stage adds to a dossier. */
    record Result(List<Dossier.StoriedArticle> articles, List<Entity> entities, List<Event> events,
                  List<Claim> claims, List<Story> stories, List<InputError> errors) {
    }

    Result analyze(List<Article> articles, List<StoryGrouper.Group> groups, List<Mention> mentions,
                   Pipeline.Progress progress);

    /**
     * {@link #analyze(List, List, List, Pipeline.Progress)} with up to {@code threads} stories analysed
     * at once; the result must not depend on {@code threads}. By default stories are analysed one by one.
     */
    default Result analyze(List<Article> articles, List<StoryGrouper.Group> groups, List<Mention> mentions,
                           Pipeline.Progress progress, int threads) {
        return analyze(articles, groups, mentions, progress);
    }

    /**
     * The same stage with nothing cached from earlier runs, adding the time of its parts to {@code times}
     * (for benchmarks); by default the stage itself, which then records nothing.
     */
    default StoryAnalysis fresh(StageTimes times) {
        return this;
    }

    /** Models and lexicons behind the stage, with versions. */
    Map<String, String> provenance();
}
