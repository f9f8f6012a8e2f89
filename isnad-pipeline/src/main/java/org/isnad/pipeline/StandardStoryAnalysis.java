package org.isnad.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Event;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Story;
import org.isnad.core.stage.StoryGrouper;

/**
 * Runs the per-story analysis stages over each group of articles and assembles the stories. Story ids
 * come from the story's first article id, so a story keeps its id when later articles join it.
 */
final class StandardStoryAnalysis implements StoryAnalysis {

    @Override
    public Result analyze(List<Article> articles, List<StoryGrouper.Group> groups, List<Mention> mentions,
                          Pipeline.Progress progress) {
        List<Dossier.StoriedArticle> storied = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        List<Event> events = new ArrayList<>();
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
            stories.add(new Story(storyId, g.title(), ids, List.of(), List.of(), List.of()));
        }
        progress.update("analyse stories", groups.size(), groups.size());
        for (Article a : articles) {
            storied.add(new Dossier.StoriedArticle(a, storyOf.get(a.id())));
        }
        return new Result(storied, entities, events, claims, stories);
    }

    @Override
    public Map<String, String> provenance() {
        return Map.of();
    }
}
