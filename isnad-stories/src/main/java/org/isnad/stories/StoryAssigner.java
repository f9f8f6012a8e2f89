package org.isnad.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Online story assignment, one article at a time in publication order: {@link #assign} reads the
 * article and the grouper's {@link State} and decides to join a story or open one (and, for a new story,
 * which storyline it continues). The state is everything it remembers: open stories' summaries and an
 * inverted index from salient terms and names to them; stories quiet for longer than the model's window
 * are closed and forgotten, so memory is bounded by the window, not the stream. The same step can run
 * as keyed state in a stream processor.
 */
final class StoryAssigner {
    /** Terms and names under which a story is indexed. */
    static final int INDEX_TERMS = 40;
    static final int INDEX_NAMES = 10;
    /** Candidates scored per article (those sharing most index keys with it). */
    static final int CANDIDATES = 40;
    /** Open stories kept when articles are undated (no time to close them by). */
    static final int MAX_OPEN = 3_000;

    /** What happened to one article. */
    record Decision(String story, String storyline, boolean opened, double probability, List<String> merged) {
        Decision {
            merged = List.copyOf(merged);
        }
    }

    /** The grouper's memory: open stories by id (least recently updated first) and the index to them. */
    static final class State {
        final LinkedHashMap<String, StorySummary> open = new LinkedHashMap<>();
        final Map<String, Set<String>> index = new HashMap<>();
        final Map<String, List<String>> keysOf = new HashMap<>();
        /** Stories merged late into an older one: younger id to the surviving id. */
        final Map<String, String> mergedInto = new HashMap<>();
        long clock = Long.MIN_VALUE;
        int opened;

        int openStories() {
            return open.size();
        }
    }

    private final StoryModel model;

    StoryAssigner(StoryModel model) {
        this.model = model;
    }

    Decision assign(State st, StoryDoc d) {
        close(st, d, model.windowDays());
        StorySummary best = null;
        double bestP = -1;
        StorySummary bestLine = null;
        double bestLineP = -1;
        for (StorySummary s : candidates(st, d)) {
            double[] x = PairFeatures.of(d, s);
            double p = tooLong(s, d) ? 0 : model.probability(x);
            if (p > bestP || p == bestP && best != null && s.id.compareTo(best.id) < 0) {
                bestP = p;
                best = s;
            }
            double lp = model.storylineProbability(x);
            if (lp > bestLineP || lp == bestLineP && bestLine != null && s.id.compareTo(bestLine.id) < 0) {
                bestLineP = lp;
                bestLine = s;
            }
        }
        if (best != null && bestP >= model.threshold()) {
            best.add(d);
            st.open.remove(best.id); // keep the least recently updated first
            st.open.put(best.id, best);
            reindex(st, best);
            List<String> merged = correct(st, best);
            StorySummary now = survivor(st, best);
            return new Decision(now.id, now.storyline, false, bestP, merged);
        }
        String id = "S" + (++st.opened);
        String line = bestLine != null && bestLineP >= model.storylineThreshold() ? bestLine.storyline : "L" + st.opened;
        StorySummary s = new StorySummary(id, line);
        s.add(d);
        st.open.put(id, s);
        reindex(st, s);
        List<String> merged = correct(st, s);
        StorySummary now = survivor(st, s);
        return new Decision(now.id, now.storyline, merged.isEmpty(), Math.max(bestP, 0), merged);
    }

    /**
     * Late correction: the story just changed is compared, as a whole, with the open stories the index
     * finds for it; when the model's probability clears {@code mergeThreshold} the younger of the two joins
     * the older (whose id survives; the merge is recorded). One check per article keeps the cost bounded.
     */
    private List<String> correct(State st, StorySummary changed) {
        if (model.mergeThreshold() >= 1) {
            return List.of();
        }
        StoryDoc whole = changed.asDoc();
        StorySummary best = null;
        double bestP = -1;
        for (StorySummary s : candidates(st, whole)) {
            if (s == changed || spanOf(s, changed) > MAX_SPAN_DAYS * 86_400) {
                continue;
            }
            double p = model.probability(PairFeatures.of(whole, s));
            if (p > bestP || p == bestP && best != null && s.id.compareTo(best.id) < 0) {
                bestP = p;
                best = s;
            }
        }
        if (best == null || bestP < model.mergeThreshold()) {
            return List.of();
        }
        StorySummary older = number(best.id) < number(changed.id) ? best : changed;
        StorySummary younger = older == best ? changed : best;
        older.absorb(younger);
        forget(st, younger.id);
        st.open.remove(younger.id);
        st.open.remove(older.id);
        st.open.put(older.id, older);
        reindex(st, older);
        st.mergedInto.put(younger.id, older.id);
        return List.of(younger.id);
    }

    private static StorySummary survivor(State st, StorySummary s) {
        String id = s.id;
        while (st.mergedInto.containsKey(id)) {
            id = st.mergedInto.get(id);
        }
        return st.open.getOrDefault(id, s);
    }

    private static int number(String id) {
        return Integer.parseInt(id.substring(1));
    }

    /**
     * A story is one happening and its immediate reactions within days (docs/annotation.md): an article
     * published more than {@link #MAX_SPAN_DAYS} days after a story began starts a new story (in the same
     * storyline when it continues it) instead of stretching the old one over weeks of a war. A definition,
     * not a tuned value: the 3-day gold windows cannot measure it; without it one story of a month-long
     * offensive held 70 articles and its different strikes became false contradictions.
     */
    static final double MAX_SPAN_DAYS = 4;

    /** Seconds from the first to the last article of two stories together (0 when undated). */
    static long spanOf(StorySummary a, StorySummary b) {
        if (a.first == null || b.first == null) {
            return 0;
        }
        return Math.max(a.last, b.last) - Math.min(a.first, b.first);
    }

    static boolean tooLong(StorySummary s, StoryDoc d) {
        return d.time() != null && s.first != null && d.time() - s.first > MAX_SPAN_DAYS * 86_400;
    }

    /** Stories sharing most index keys with the article: retrieval through the index, never a scan. */
    static List<StorySummary> candidates(State st, StoryDoc d) {
        Map<String, Integer> hits = new HashMap<>();
        for (String k : keys(d)) {
            for (String id : st.index.getOrDefault(k, Set.of())) {
                hits.merge(id, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(hits.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<StorySummary> out = new ArrayList<>();
        for (var e : ranked.subList(0, Math.min(CANDIDATES, ranked.size()))) {
            out.add(st.open.get(e.getKey()));
        }
        return out;
    }

    static List<String> keys(StoryDoc d) {
        List<String> keys = new ArrayList<>(d.salient());
        d.names().stream().sorted().forEach(n -> keys.add("n:" + n));
        return keys;
    }

    static void reindex(State st, StorySummary s) {
        for (String k : st.keysOf.getOrDefault(s.id, List.of())) {
            Set<String> ids = st.index.get(k);
            if (ids != null) {
                ids.remove(s.id);
                if (ids.isEmpty()) {
                    st.index.remove(k);
                }
            }
        }
        List<String> keys = new ArrayList<>(s.indexTerms(INDEX_TERMS));
        s.names.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(INDEX_NAMES).forEach(e -> keys.add("n:" + e.getKey()));
        for (String k : keys) {
            st.index.computeIfAbsent(k, x -> new HashSet<>()).add(s.id);
        }
        st.keysOf.put(s.id, keys);
    }

    /** Closes stories quiet for longer than the window (or the least recent beyond {@link #MAX_OPEN}). */
    static void close(State st, StoryDoc d, double windowDays) {
        if (d.time() != null) {
            st.clock = Math.max(st.clock, d.time());
        }
        long horizon = st.clock == Long.MIN_VALUE ? Long.MIN_VALUE : st.clock - (long) (windowDays * 86_400);
        Iterator<StorySummary> it = st.open.values().iterator();
        // the least recently updated come first, so stop at the first one still open
        while (it.hasNext()) {
            StorySummary s = it.next();
            boolean stale = s.last != null && s.last < horizon;
            if (!stale && st.open.size() <= MAX_OPEN) {
                break;
            }
            forget(st, s.id);
            it.remove();
        }
    }

    private static void forget(State st, String id) {
        for (String k : st.keysOf.getOrDefault(id, List.of())) {
            Set<String> ids = st.index.get(k);
            if (ids != null) {
                ids.remove(id);
                if (ids.isEmpty()) {
                    st.index.remove(k);
                }
            }
        }
        st.keysOf.remove(id);
    }
}
