package org.isnad.output;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Event;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Story;

/**
 * A dossier's entities, claims, events and highlights looked up by story and by article, built in one
 * pass: the page used to scan the whole dossier once per story and once per article, which grew with
 * the square of the corpus. Each list keeps the dossier's order.
 */
final class DossierIndex {
    private final List<Entity> entities;
    private final Map<String, List<Integer>> entitiesByArticle = new HashMap<>();
    private final Map<String, List<Claim>> claimsByStory = new HashMap<>();
    private final Map<String, List<Event>> eventsByStory = new HashMap<>();
    private final Map<String, List<Highlighter.Mark>> marksByArticle = new HashMap<>();
    private final Map<String, List<Story>> storiesByStoryline = new HashMap<>();

    DossierIndex(Dossier d) {
        this.entities = d.entities();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            for (SourceSpan m : e.mentions()) {
                List<Integer> at = entitiesByArticle.computeIfAbsent(m.article(), k -> new ArrayList<>());
                if (at.isEmpty() || at.get(at.size() - 1) != i) {
                    at.add(i);
                }
                mark(m.article(), new Highlighter.Mark(m.start(), m.end(), "ent-" + e.type().name(), e.name()));
            }
        }
        for (Story s : d.stories()) {
            if (s.storyline() != null) {
                storiesByStoryline.computeIfAbsent(s.storyline(), k -> new java.util.ArrayList<>()).add(s);
            }
        }
        for (Claim c : d.claims()) {
            claimsByStory.computeIfAbsent(c.story(), k -> new ArrayList<>()).add(c);
            mark(c.span().article(), new Highlighter.Mark(c.span().start(), c.span().end(), "claim",
                    c.stance().name() + " " + (c.speakerText() == null ? "" : c.speakerText())));
        }
        for (Event ev : d.events()) {
            eventsByStory.computeIfAbsent(ev.story(), k -> new ArrayList<>()).add(ev);
            for (SourceSpan m : ev.mentions()) {
                mark(m.article(), new Highlighter.Mark(m.start(), m.end(), "event", ev.type().name()));
            }
        }
    }

    private void mark(String article, Highlighter.Mark mark) {
        marksByArticle.computeIfAbsent(article, k -> new ArrayList<>()).add(mark);
    }

    /** The entities mentioned in any of the story's articles. */
    List<Entity> entitiesOf(Story s) {
        TreeSet<Integer> at = new TreeSet<>();
        for (String article : s.articles()) {
            at.addAll(entitiesByArticle.getOrDefault(article, List.of()));
        }
        return at.stream().map(entities::get).toList();
    }

    /** The other stories of {@code s}'s storyline. */
    List<Story> relatedTo(Story s) {
        return s.storyline() == null ? List.of()
                : storiesByStoryline.getOrDefault(s.storyline(), List.of()).stream().filter(o -> o != s).toList();
    }

    List<Claim> claimsOf(Story s) {
        return claimsByStory.getOrDefault(s.id(), List.of());
    }

    List<Event> eventsOf(Story s) {
        return eventsByStory.getOrDefault(s.id(), List.of());
    }

    /** Highlights of an article: its entity mentions, then its claims, then its event mentions. */
    List<Highlighter.Mark> marksIn(String article) {
        return new ArrayList<>(marksByArticle.getOrDefault(article, List.of()));
    }
}
