package org.isnad.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.core.model.Article;
import org.isnad.core.model.Mention;

/**
 * The run's mentions indexed by article, so that a story takes its own without scanning every
 * mention of the run (which made story analysis grow with stories times mentions). A story's
 * mentions keep the order they have in the run's list.
 */
final class MentionsByArticle {
    private final List<Mention> mentions;
    private final Map<String, List<Integer>> positions = new HashMap<>();

    MentionsByArticle(List<Mention> mentions) {
        this.mentions = mentions;
        for (int i = 0; i < mentions.size(); i++) {
            positions.computeIfAbsent(mentions.get(i).article(), k -> new ArrayList<>()).add(i);
        }
    }

    /** The mentions in {@code articles}, in run order. */
    List<Mention> of(List<Article> articles) {
        List<Integer> at = new ArrayList<>();
        for (String id : articles.stream().map(Article::id).distinct().toList()) {
            at.addAll(positions.getOrDefault(id, List.of()));
        }
        at.sort(null);
        List<Mention> out = new ArrayList<>(at.size());
        for (int i : at) {
            out.add(mentions.get(i));
        }
        return List.copyOf(out);
    }
}
