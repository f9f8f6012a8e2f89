package org.isnad.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story as the online grouper remembers it: a bounded centroid (the summed vectors of its articles,
 * cut to its {@value #CENTROID_TERMS} heaviest terms), name and place counts, outlets, its time span and
 * size. Memory per story is bounded whatever its size.
 */
final class StorySummary {
    static final int CENTROID_TERMS = 300;
    static final int NAMES = 60;
    static final int RECENT = 8;

    final String id;
    final String storyline;
    final Map<String, Double> centroid = new HashMap<>();
    final Map<String, Double> titleCentroid = new HashMap<>();
    final Map<String, Double> leadCentroid = new HashMap<>();
    final Map<String, Integer> names = new HashMap<>();
    final Map<String, Integer> places = new HashMap<>();
    final Set<String> outlets = new HashSet<>();
    /** The latest members' vectors and headline vectors (at most {@value #RECENT}), for single-link features. */
    final java.util.ArrayDeque<StoryDoc> recent = new java.util.ArrayDeque<>();
    Long first;
    Long last;
    int size;
    /**
     * The centroids' norms, computed when first asked after a change (every candidate scored against the
     * story needs them; the maps change only in add and absorb).
     */
    private double centroidNorm = -1;
    private double titleNorm = -1;
    private double leadNorm = -1;

    StorySummary(String id, String storyline) {
        this.id = id;
        this.storyline = storyline;
    }

    void add(StoryDoc d) {
        changed();
        d.vector().forEach((k, w) -> centroid.merge(k, w, Double::sum));
        d.titleVector().forEach((k, w) -> titleCentroid.merge(k, w, Double::sum));
        d.leadVector().forEach((k, w) -> leadCentroid.merge(k, w, Double::sum));
        prune(leadCentroid, CENTROID_TERMS);
        prune(centroid, CENTROID_TERMS);
        prune(titleCentroid, CENTROID_TERMS / 3);
        d.names().forEach(n -> names.merge(n, 1, Integer::sum));
        d.places().forEach(n -> places.merge(n, 1, Integer::sum));
        pruneCounts(names, NAMES);
        pruneCounts(places, NAMES);
        if (d.outlet() != null) {
            outlets.add(d.outlet());
        }
        if (d.time() != null) {
            first = first == null ? d.time() : Math.min(first, d.time());
            last = last == null ? d.time() : Math.max(last, d.time());
        }
        recent.addLast(d);
        if (recent.size() > RECENT) {
            recent.removeFirst();
        }
        size++;
    }

    /** Takes in everything {@code other} remembers (a late merge: {@code other} joins this story). */
    void absorb(StorySummary other) {
        changed();
        other.centroid.forEach((k, w) -> centroid.merge(k, w, Double::sum));
        other.titleCentroid.forEach((k, w) -> titleCentroid.merge(k, w, Double::sum));
        other.leadCentroid.forEach((k, w) -> leadCentroid.merge(k, w, Double::sum));
        prune(leadCentroid, CENTROID_TERMS);
        prune(centroid, CENTROID_TERMS);
        prune(titleCentroid, CENTROID_TERMS / 3);
        other.names.forEach((k, n) -> names.merge(k, n, Integer::sum));
        other.places.forEach((k, n) -> places.merge(k, n, Integer::sum));
        pruneCounts(names, NAMES);
        pruneCounts(places, NAMES);
        outlets.addAll(other.outlets);
        if (other.first != null) {
            first = first == null ? other.first : Math.min(first, other.first);
            last = last == null ? other.last : Math.max(last, other.last);
        }
        for (StoryDoc d : other.recent) {
            recent.addLast(d);
            if (recent.size() > RECENT) {
                recent.removeFirst();
            }
        }
        size += other.size;
    }

    private void changed() {
        centroidNorm = -1;
        titleNorm = -1;
        leadNorm = -1;
    }

    double centroidNorm() {
        if (centroidNorm < 0) {
            centroidNorm = PairFeatures.norm(centroid);
        }
        return centroidNorm;
    }

    double titleNorm() {
        if (titleNorm < 0) {
            titleNorm = PairFeatures.norm(titleCentroid);
        }
        return titleNorm;
    }

    double leadNorm() {
        if (leadNorm < 0) {
            leadNorm = PairFeatures.norm(leadCentroid);
        }
        return leadNorm;
    }

    /** The story seen as one document (unit centroid, top terms and names, last time), for story-to-story checks. */
    StoryDoc asDoc() {
        return new StoryDoc(-1, unit(centroid), unit(titleCentroid), unit(leadCentroid), indexTerms(StoryDoc.SALIENT_TERMS),
                java.util.Set.copyOf(names.keySet()), java.util.Set.copyOf(places.keySet()), null, last);
    }

    private static Map<String, Double> unit(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(w -> w * w).sum());
        Map<String, Double> out = new HashMap<>();
        if (norm > 0) {
            v.forEach((k, w) -> out.put(k, w / norm));
        }
        return out;
    }

    /** The terms this story is found by in the inverted index. */
    List<String> indexTerms(int n) {
        // heaviest first, ties by term (weights are positive sums, so by -weight as before, without a lookup per comparison)
        List<Map.Entry<String, Double>> terms = new ArrayList<>(centroid.entrySet());
        terms.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>(Math.min(n, terms.size()));
        for (int i = 0; i < Math.min(n, terms.size()); i++) {
            out.add(terms.get(i).getKey());
        }
        return out;
    }

    private static void prune(Map<String, Double> m, int keep) {
        if (m.size() <= keep * 2) {
            return; // prune in batches: amortized cost stays linear
        }
        List<Map.Entry<String, Double>> entries = new ArrayList<>(m.entrySet());
        entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        m.clear();
        entries.subList(0, keep).forEach(e -> m.put(e.getKey(), e.getValue()));
    }

    private static void pruneCounts(Map<String, Integer> m, int keep) {
        if (m.size() <= keep * 2) {
            return;
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(m.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        m.clear();
        entries.subList(0, keep).forEach(e -> m.put(e.getKey(), e.getValue()));
    }
}
