package org.isnad.events;

import java.util.ArrayList;
import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Event;
import org.isnad.core.model.Story;

/**
 * The event stages for one story in the right order: extract from each article, merge, then find
 * contradictions, build the timeline and pick key points.
 */
public final class StoryEventAnalyzer {
    /** What the stages make of one story. */
    public record Result(List<EventCluster> clusters, List<Story.KeyPoint> keyPoints,
                         List<Story.TimelineEntry> timeline, List<Story.Contradiction> contradictions) {
        public Result {
            clusters = List.copyOf(clusters);
            keyPoints = List.copyOf(keyPoints);
            timeline = List.copyOf(timeline);
            contradictions = List.copyOf(contradictions);
        }

        /** The merged events, as the dossier lists them. */
        public List<Event> events() {
            return clusters.stream().map(EventCluster::event).toList();
        }

        /** A story record with these key points, timeline and contradictions. */
        public Story story(String id, String title, List<String> articleIds) {
            return new Story(id, title, articleIds, keyPoints, timeline, contradictions);
        }
    }

    private final EventExtractor extractor;
    private final EventMerger merger;
    private final ContradictionFinder contradictions;
    private final TimelineBuilder timeline;
    private final KeyPointExtractor keyPoints;

    /** The default stages. */
    public StoryEventAnalyzer() {
        this(new LexiconEventExtractor(), new CompatibleEventMerger(), new LexiconContradictionFinder(),
                new EventTimelineBuilder(), new CorroborationKeyPointExtractor());
    }

    public StoryEventAnalyzer(EventExtractor extractor, EventMerger merger, ContradictionFinder contradictions,
                              TimelineBuilder timeline, KeyPointExtractor keyPoints) {
        this.extractor = extractor;
        this.merger = merger;
        this.contradictions = contradictions;
        this.timeline = timeline;
        this.keyPoints = keyPoints;
    }

    /**
     * Analyses one story.
     *
     * @param storyId      the story's id, set on every event
     * @param articles     the story's articles, in the order ids and ties should follow
     * @param entities     the story's resolved entities (mentions in these articles)
     * @param claims       the story's claims, or an empty list
     * @param firstEventNo number of the first event id ({@code ev<firstEventNo>}); pass a running counter
     *                     across stories so ids stay unique in the dossier
     */
    public Result analyze(String storyId, List<Article> articles, List<Entity> entities, List<Claim> claims,
                          int firstEventNo) {
        return analyze(storyId, articles, entities, claims, "ev", firstEventNo);
    }

    /**
     * Analyses one story with event ids {@code <eventIdPrefix>1, <eventIdPrefix>2, ...}: with a prefix
     * derived from the story id, the result depends on this story's articles alone.
     */
    public Result analyze(String storyId, List<Article> articles, List<Entity> entities, List<Claim> claims,
                          String eventIdPrefix) {
        return analyze(storyId, articles, entities, claims, eventIdPrefix, 1);
    }

    private Result analyze(String storyId, List<Article> articles, List<Entity> entities, List<Claim> claims,
                           String eventIdPrefix, int firstEventNo) {
        List<EventMention> mentions = new ArrayList<>();
        for (Article a : articles) {
            mentions.addAll(extractor.extract(a, entities));
        }
        List<EventCluster> clusters = merger.merge(storyId, mentions, eventIdPrefix, firstEventNo);
        return new Result(clusters, keyPoints.extract(articles, entities, clusters), timeline.build(clusters),
                contradictions.find(articles, entities, clusters, claims));
    }
}
