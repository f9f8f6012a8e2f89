package org.isnad.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.claims.extract.ClaimExtractor;
import org.isnad.claims.resolve.EntityResolver;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Event;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Story;
import org.isnad.core.stage.StoryGrouper;
import org.isnad.events.StoryEventAnalyzer;

/**
 * Runs the per-story stages over each group of articles: entity resolution, claims (linked across
 * outlets), events with contradictions, timeline and key points. Story ids come from the story's
 * first article id, so a story keeps its id when later articles join it; entity ids are numbered
 * across the whole dossier.
 */
final class StandardStoryAnalysis implements StoryAnalysis {
    private final EntityResolver resolver;
    private final ClaimExtractor claimExtractor;
    private final ClaimLinker claimLinker;
    private final StoryEventAnalyzer events;

    StandardStoryAnalysis(EntityResolver resolver, ClaimExtractor claimExtractor, ClaimLinker claimLinker,
                          StoryEventAnalyzer events) {
        this.resolver = resolver;
        this.claimExtractor = claimExtractor;
        this.claimLinker = claimLinker;
        this.events = events;
    }

    @Override
    public Result analyze(List<Article> articles, List<StoryGrouper.Group> groups, List<Mention> mentions,
                          Pipeline.Progress progress) {
        List<Entity> entities = new ArrayList<>();
        List<Event> allEvents = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        Map<String, String> storyOf = new LinkedHashMap<>();
        int done = 0;
        for (StoryGrouper.Group g : groups) {
            progress.update("analyse stories", done++, groups.size());
            List<Article> members = g.members().stream().map(articles::get).toList();
            String storyId = "s" + members.get(0).id().substring(1);
            List<String> ids = members.stream().map(Article::id).toList();
            ids.forEach(id -> storyOf.put(id, storyId));
            Set<String> memberIds = new HashSet<>(ids);
            List<Mention> storyMentions = mentions.stream().filter(m -> memberIds.contains(m.article())).toList();

            List<Entity> storyEntities = renumber(resolver.resolve(members, storyMentions), entities.size());
            entities.addAll(storyEntities);
            List<Claim> storyClaims = new ArrayList<>();
            for (Article a : members) {
                storyClaims.addAll(claimExtractor.extract(a, storyEntities, storyId));
            }
            storyClaims = claimLinker.link(storyClaims);
            claims.addAll(storyClaims);
            StoryEventAnalyzer.Result r = events.analyze(storyId, members, storyEntities, storyClaims,
                    allEvents.size() + 1);
            allEvents.addAll(r.events());
            stories.add(r.story(storyId, g.title(), ids));
        }
        progress.update("analyse stories", groups.size(), groups.size());
        List<Dossier.StoriedArticle> storied = new ArrayList<>();
        for (Article a : articles) {
            storied.add(new Dossier.StoriedArticle(a, storyOf.get(a.id())));
        }
        return new Result(storied, entities, allEvents, claims, stories);
    }

    /** Entity ids unique across the dossier: the resolver numbers each story from e1. */
    private static List<Entity> renumber(List<Entity> resolved, int offset) {
        Map<String, String> ids = new HashMap<>();
        List<Entity> out = new ArrayList<>(resolved.size());
        for (Entity e : resolved) {
            String id = "e" + (offset + out.size() + 1);
            ids.put(e.id(), id);
            out.add(new Entity(id, e.type(), e.name(), e.aliases(), e.descriptions(), e.mentions()));
        }
        return out;
    }

    @Override
    public Map<String, String> provenance() {
        return Map.of("stance", claimLinker.provenance());
    }
}
