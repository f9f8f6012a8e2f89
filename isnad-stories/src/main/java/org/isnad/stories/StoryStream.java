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

    /** True while {@code story} is open: it may still take articles or be merged; a closed story never changes again. */
    public boolean isOpen(String story) {
        return state.open.containsKey(story);
    }

    /**
     * A story's title as {@link OnlineStoryGrouper} gives it: the headline of the member closest to the
     * story's centroid, {@code members} in the order they joined (a late-merged story's members after them).
     */
    public String title(List<Article> members) {
        java.util.ArrayList<StoryDoc> docs = new java.util.ArrayList<>();
        for (Article a : members) {
            docs.add(StoryDoc.of(docs.size(), a, List.of(), vectors));
        }
        return members.get(OnlineStoryGrouper.central(docs).index()).title();
    }

    /** Stories still open (the state's size). */
    public int openStories() {
        return state.openStories();
    }
}
