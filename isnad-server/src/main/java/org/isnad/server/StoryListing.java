package org.isnad.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.isnad.core.model.Story;
import org.isnad.server.store.AnalysisStore;

/**
 * The story list and each story's outlets, kept in memory once first read (a desk that only ingests
 * never holds it) and brought up to date by each commit of the writer, story by story, so that listing
 * the stories of a large desk reads no database. Readers get immutable snapshots.
 */
final class StoryListing {
    private final TreeMap<Long, Story> byOrd = new TreeMap<>();
    private final Map<String, Long> ordOf = new HashMap<>();
    private final Map<String, Set<String>> outlets = new HashMap<>();
    private volatile List<Story> stories = List.of();
    private volatile Map<String, Set<String>> outletView = Map.of();

    /** The listing of the stories as committed. */
    StoryListing(List<AnalysisStore.StoryRows> all, Map<String, Set<String>> outletsByStory) {
        all.forEach(r -> put(r.story(), r.ord()));
        outlets.putAll(outletsByStory);
        publish();
    }

    /** Applies one committed batch: its stories rewritten, those merged away dropped. */
    synchronized void apply(AnalysisStore.Batch b, Map<String, Set<String>> outletsOfRewritten) {
        b.removed().forEach(this::remove);
        for (AnalysisStore.StoryRows r : b.stories()) {
            remove(r.story().id());
            put(r.story(), r.ord());
        }
        outlets.putAll(outletsOfRewritten);
        publish();
    }

    List<Story> stories() {
        return stories;
    }

    Map<String, Set<String>> outlets() {
        return outletView;
    }

    private void put(Story s, long ord) {
        byOrd.put(ord, s);
        ordOf.put(s.id(), ord);
    }

    private void remove(String id) {
        Long ord = ordOf.remove(id);
        if (ord != null) {
            byOrd.remove(ord);
        }
        outlets.remove(id);
    }

    private void publish() {
        stories = List.copyOf(new ArrayList<>(byOrd.values()));
        Map<String, Set<String>> view = new HashMap<>();
        outlets.forEach((k, v) -> view.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        outletView = Map.copyOf(view);
    }
}
