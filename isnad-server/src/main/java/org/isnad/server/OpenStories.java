package org.isnad.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.core.model.Article;
import org.isnad.core.model.Mention;
import org.isnad.stories.StoryStream;

/**
 * The desk's story grouping: the online grouper ({@link StoryStream}) fed one applied article at a time,
 * and, for each story it still holds open, the desk's view of it: its id ({@code s} and its first
 * article's id, as {@code Pipeline.analyze} names stories), its order (that article's seq), its storyline
 * label ({@code l} and the id of the article that opened the storyline) and its members in the order
 * they joined (which the title is computed over, as the grouper does). A story the grouper closes
 * never changes again and is forgotten here too, so memory is bounded by the grouper's window.
 *
 * <p>Its state is a function of the applied articles in seq order alone: replaying them rebuilds it.
 */
final class OpenStories {
    /** A story as the desk knows it while it is open. */
    static final class Open {
        final String id;
        final long ord;
        final String streamLine;
        final String line;
        /** Member article ids in the order they joined (a story merged in later: its members after them). */
        final List<String> members = new ArrayList<>();

        Open(String id, long ord, String streamLine, String line) {
            this.id = id;
            this.ord = ord;
            this.streamLine = streamLine;
            this.line = line;
        }
    }

    /** Where one article went: the story it is in now, and the desk stories merged into that one. */
    record Change(Open story, Set<String> removed, RuntimeException failure) {
    }

    /** Forget closed stories after this many articles. */
    private static final int PRUNE_EVERY = 256;

    private final StoryStream stream;
    /** Open stories by the grouper's id. */
    private final Map<String, Open> open = new HashMap<>();
    private final Map<String, String> lineLabels = new HashMap<>();
    private int added;

    OpenStories(StoryStream stream) {
        this.stream = stream;
    }

    /**
     * Groups one article (in seq order). When the grouper throws, the article becomes a story of its own
     * outside the grouper's state (the failure is in the change); the same happens when it is replayed.
     */
    Change add(long seq, Article a, List<Mention> mentions) {
        StoryStream.Decision d;
        try {
            d = stream.add(a, mentions);
        } catch (RuntimeException e) {
            Open alone = new Open(storyId(a), seq, null, null);
            alone.members.add(a.id());
            return new Change(alone, Set.of(), e);
        }
        Open target = open.get(d.story());
        if (target == null) {
            String label = lineLabels.computeIfAbsent(d.storyline(), k -> "l" + a.id());
            target = new Open(storyId(a), seq, d.storyline(), label);
            open.put(d.story(), target);
        }
        target.members.add(a.id());
        Set<String> removed = new LinkedHashSet<>();
        for (String gone : d.merged()) {
            Open g = open.remove(gone);
            if (g != null) {
                target.members.addAll(g.members);
                removed.add(g.id);
            }
        }
        if (++added % PRUNE_EVERY == 0) {
            prune();
        }
        return new Change(target, removed, null);
    }

    /** Drops the stories the grouper closed, and the storylines no open story continues. */
    private void prune() {
        Iterator<Map.Entry<String, Open>> it = open.entrySet().iterator();
        Set<String> lines = new HashSet<>();
        while (it.hasNext()) {
            Map.Entry<String, Open> e = it.next();
            if (stream.isOpen(e.getKey())) {
                lines.add(e.getValue().streamLine);
            } else {
                it.remove();
            }
        }
        lineLabels.keySet().retainAll(lines);
    }

    /** The story's title as the grouper gives it, from its members in joining order. */
    String title(List<Article> membersInJoiningOrder) {
        return stream.title(membersInJoiningOrder);
    }

    /** The members of every open story. */
    Set<String> members() {
        Set<String> out = new HashSet<>();
        open.values().forEach(o -> out.addAll(o.members));
        return out;
    }

    /** True when every open story's members are stored in that story ({@code stored}: article id to story id). */
    boolean agreesWith(Map<String, String> stored) {
        for (Open o : open.values()) {
            for (String m : o.members) {
                if (!o.id.equals(stored.get(m))) {
                    return false;
                }
            }
        }
        return true;
    }

    int size() {
        return open.size();
    }

    /** A story's id: its first article's id with an s (as {@code Pipeline.analyze} names it). */
    static String storyId(Article first) {
        return "s" + first.id().substring(1);
    }
}
