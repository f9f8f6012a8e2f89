package org.isnad.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.claims.extract.ClaimExtractor;
import org.isnad.claims.resolve.EntityResolver;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Event;
import org.isnad.core.model.InputError;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Story;
import org.isnad.core.stage.StoryGrouper;
import org.isnad.events.StoryEventAnalyzer;
import org.isnad.events.copies.CopyDetector;

/**
 * Runs the per-story stages over each group of articles: entity resolution, copies of one text grouped
 * into independent reports, claims (linked across independent reports), events with contradictions,
 * timeline and key points.
 *
 * <p>Ids are story-scoped: a story's id comes from its first article's id, and its entities and events
 * are numbered under it ({@code s…-e1}, {@code s…-ev1}). A story's analysis therefore depends on its own
 * articles alone, keeps its ids when other stories change, and is cached by its articles.
 */
final class StandardStoryAnalysis implements StoryAnalysis {
    /** Stories whose analysis is kept for reuse. */
    static final int CACHED_STORIES = 2_000;

    /** What one story contributes to the dossier. */
    private record StoryResult(List<Entity> entities, List<Claim> claims, List<Event> events,
                               StoryEventAnalyzer.Result eventResult, List<Story.Report> reports,
                               List<InputError> errors) {
        Story story(String id, String title, List<String> articleIds) {
            return (eventResult == null ? new Story(id, title, articleIds, List.of(), List.of(), List.of())
                    : eventResult.story(id, title, articleIds)).withReports(reports);
        }
    }

    private final EntityResolver resolver;
    private final ClaimExtractor claimExtractor;
    private final ClaimLinker claimLinker;
    private final StoryEventAnalyzer events;
    private final CopyDetector copies = new CopyDetector();
    /** Keyed by the story's articles themselves (records: any change to one recomputes the story). */
    private final BoundedCache<List<Article>, StoryResult> cache = new BoundedCache<>(CACHED_STORIES);
    /** Time per part (entities, claims, links, events), summed over the threads. */
    private final StageTimes times;

    StandardStoryAnalysis(EntityResolver resolver, ClaimExtractor claimExtractor, ClaimLinker claimLinker,
                          StoryEventAnalyzer events) {
        this(resolver, claimExtractor, claimLinker, events, StageTimes.NONE);
    }

    private StandardStoryAnalysis(EntityResolver resolver, ClaimExtractor claimExtractor, ClaimLinker claimLinker,
                                  StoryEventAnalyzer events, StageTimes times) {
        this.times = times;
        this.resolver = resolver;
        this.claimExtractor = claimExtractor;
        this.claimLinker = claimLinker;
        this.events = events;
    }

    @Override
    public StoryAnalysis fresh(StageTimes times) {
        return new StandardStoryAnalysis(resolver, claimExtractor, claimLinker, events, times);
    }

    @Override
    public Result analyze(List<Article> articles, List<StoryGrouper.Group> groups, List<Mention> mentions,
                          Pipeline.Progress progress) {
        return analyze(articles, groups, mentions, progress, 1);
    }

    /** Stories are independent (ids are story-scoped), so they are analysed in parallel and collected in order. */
    @Override
    public Result analyze(List<Article> articles, List<StoryGrouper.Group> groups, List<Mention> mentions,
                          Pipeline.Progress progress, int threads) {
        List<Entity> entities = new ArrayList<>();
        List<Event> allEvents = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        Map<String, String> storyOf = new LinkedHashMap<>();
        MentionsByArticle byArticle = new MentionsByArticle(mentions);
        progress.update("analyse stories", 0, groups.size());
        List<StoryResult> results = Parallel.map(groups, threads, g -> {
            List<Article> members = g.members().stream().map(articles::get).toList();
            String storyId = storyId(members);
            return cache.get(members, k -> analyzeStory(storyId, members, byArticle.of(members)));
        }, i -> progress.update("analyse stories", i + 1, groups.size()));
        for (int i = 0; i < groups.size(); i++) {
            StoryGrouper.Group g = groups.get(i);
            List<Article> members = g.members().stream().map(articles::get).toList();
            List<String> ids = members.stream().map(Article::id).toList();
            String storyId = storyId(members);
            ids.forEach(id -> storyOf.put(id, storyId));
            StoryResult r = results.get(i);
            entities.addAll(r.entities());
            claims.addAll(r.claims());
            allEvents.addAll(r.events());
            errors.addAll(r.errors());
            stories.add(r.story(storyId, g.title(), ids).inStoryline(g.storyline()));
        }
        List<Dossier.StoriedArticle> storied = new ArrayList<>();
        for (Article a : articles) {
            storied.add(new Dossier.StoriedArticle(a, storyOf.get(a.id())));
        }
        return new Result(storied, entities, allEvents, claims, stories, errors);
    }

    /** A story's id: its first article's id with an s, so it stays when later articles join. */
    static String storyId(List<Article> members) {
        return "s" + members.get(0).id().substring(1);
    }

    /**
     * One story's layers, each isolated: a stage that throws is recorded (on the story, or on the article
     * for claims) and the story keeps what the other stages made.
     */
    private StoryResult analyzeStory(String storyId, List<Article> members, List<Mention> storyMentions) {
        List<InputError> errors = new ArrayList<>();
        String where = "story " + storyId + " (" + members.get(0).source() + (members.size() > 1 ? " and " + (members.size() - 1) + " more" : "") + ")";
        List<Entity> storyEntities = List.of();
        try {
            storyEntities = times.time("  entities", () -> scoped(storyId, resolver.resolve(members, storyMentions)));
        } catch (RuntimeException e) {
            errors.add(InputError.failed(where, "entities", e));
        }
        List<Claim> storyClaims = new ArrayList<>();
        List<Entity> resolved = storyEntities;
        for (Article a : members) {
            try {
                storyClaims.addAll(times.time("  claims", () -> claimExtractor.extract(a, resolved, storyId)));
            } catch (RuntimeException e) {
                errors.add(InputError.failed(a.source(), "claims", e));
            }
        }
        List<Story.Report> reports = List.of();
        Map<String, String> reportOf = new LinkedHashMap<>();
        try {
            reports = times.time("  copies", () -> copies.reports(members));
            for (Story.Report r : reports) {
                r.articles().forEach(a -> reportOf.put(a, r.original()));
            }
        } catch (RuntimeException e) {
            errors.add(InputError.failed(where, "copies", e));
        }
        try {
            List<Claim> extracted = storyClaims;
            storyClaims = times.time("  links", () -> claimLinker.link(extracted, reportOf));
        } catch (RuntimeException e) {
            errors.add(InputError.failed(where, "links", e));
        }
        try {
            List<Claim> linked = storyClaims;
            StoryEventAnalyzer.Result r = times.time("  events",
                    () -> events.analyze(storyId, members, resolved, linked, storyId + "-ev"));
            return new StoryResult(storyEntities, storyClaims, r.events(), r, reports, errors);
        } catch (RuntimeException e) {
            errors.add(InputError.failed(where, "events", e));
            return new StoryResult(storyEntities, storyClaims, List.of(), null, reports, errors);
        }
    }

    /** Entity ids under the story's id: the resolver numbers each story from e1. */
    private static List<Entity> scoped(String storyId, List<Entity> resolved) {
        List<Entity> out = new ArrayList<>(resolved.size());
        for (Entity e : resolved) {
            out.add(new Entity(storyId + "-e" + (out.size() + 1), e.type(), e.name(), e.aliases(), e.descriptions(),
                    e.mentions()));
        }
        return out;
    }

    @Override
    public Map<String, String> provenance() {
        return Map.of("stance", claimLinker.provenance());
    }
}
