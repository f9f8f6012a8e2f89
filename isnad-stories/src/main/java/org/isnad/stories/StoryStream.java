package org.isnad.stories;

import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Mention;

/**
 * Online story assignment for a stream that never ends: articles go in one at a time, in publication
 * order, and each comes back with its story and storyline at once. Memory is the grouper's state only
 * (stories open within the model's window), never the articles seen. Ids are stream-local
 * ({@code S1, S2, ...}; storylines {@code L...}); a story merged late into an older one is named in
 * {@link Decision#merged()}.
 */
public final class StoryStream {
    /** Where one article went. */
    public record Decision(String story, String storyline, boolean opened, double probability, List<String> merged) {
    }

    private final TermVectors vectors;
    private final StoryAssigner assigner;
    private final StoryAssigner.State state = new StoryAssigner.State();
    private int seen;

    public StoryStream(DocumentFrequencies df, StoryModel model) {
        this.vectors = new TermVectors(df);
        this.assigner = new StoryAssigner(model);
    }

    public StoryStream() {
        this(DocumentFrequencies.bundled(), StoryModel.bundled());
    }

    public Decision add(Article article, List<Mention> mentions) {
        StoryAssigner.Decision d = assigner.assign(state, StoryDoc.of(seen++, article, mentions, vectors));
        return new Decision(d.story(), d.storyline(), d.opened(), d.probability(), d.merged());
    }

    /** Stories still open (the state's size). */
    public int openStories() {
        return state.openStories();
    }
}
