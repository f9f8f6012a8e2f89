package org.isnad.stories;

import java.util.Map;
import java.util.Set;

/**
 * The features of "this article belongs to that story", each in [0, 1] or a small range: content
 * and headline similarity, shared names and places, time since the story's last article, outlet and
 * size. Their weights are learned from the development gold (see {@link StoryModel}).
 */
final class PairFeatures {
    static final String[] NAMES = {"bias", "cosine", "title-cosine", "names-share", "names-shared-log", "places-share",
        "days-apart", "undated", "same-outlet", "story-size-log", "cosine-recent",
        "max-member-cosine", "max-member-title-cosine", "lead-cosine", "max-member-lead-cosine"};
    static final int SIZE = NAMES.length;
    private static final double DAY = 86_400;

    private PairFeatures() {
    }

    static double[] of(StoryDoc d, StorySummary s) {
        double[] x = new double[SIZE];
        x[0] = 1;
        x[1] = cosine(d.vector(), s.centroid, s.centroidNorm());
        x[2] = cosine(d.titleVector(), s.titleCentroid, s.titleNorm());
        int sharedNames = shared(d.names(), s.names);
        x[3] = d.names().isEmpty() ? 0 : sharedNames / (double) d.names().size();
        x[4] = Math.log1p(sharedNames) / Math.log(10);
        x[5] = d.places().isEmpty() ? 0 : shared(d.places(), s.places) / (double) d.places().size();
        double days = d.time() == null || s.last == null ? 0 : Math.abs(d.time() - s.last) / DAY;
        x[6] = Math.min(days, 7) / 7;
        x[7] = d.time() == null || s.last == null ? 1 : 0;
        x[8] = d.outlet() != null && s.outlets.contains(d.outlet()) ? 1 : 0;
        x[9] = Math.log1p(s.size) / Math.log(10);
        x[10] = x[1] * Math.exp(-days);
        for (StoryDoc m : s.recent) {
            x[11] = Math.max(x[11], TermVectors.cosine(d.vector(), m.vector()));
            x[12] = Math.max(x[12], TermVectors.cosine(d.titleVector(), m.titleVector()));
            x[14] = Math.max(x[14], TermVectors.cosine(d.leadVector(), m.leadVector()));
        }
        x[13] = cosine(d.leadVector(), s.leadCentroid, s.leadNorm());
        return x;
    }

    private static int shared(Set<String> doc, Map<String, Integer> story) {
        int n = 0;
        for (String k : doc) {
            if (story.containsKey(k)) {
                n++;
            }
        }
        return n;
    }

    /** Cosine of a unit vector with an unnormalized one. */
    static double cosine(Map<String, Double> unit, Map<String, Double> raw) {
        return cosine(unit, raw, -1);
    }

    /**
     * Cosine of a unit vector with an unnormalized one whose Euclidean norm is known ({@code rawNorm},
     * as {@link #norm} computes it; negative: not known yet).
     */
    static double cosine(Map<String, Double> unit, Map<String, Double> raw, double rawNorm) {
        double dot = 0;
        for (var e : unit.entrySet()) {
            Double w = raw.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        if (dot == 0) {
            return 0;
        }
        return dot / (rawNorm >= 0 ? rawNorm : norm(raw));
    }

    /** The Euclidean norm of a vector, summed in the map's iteration order. */
    static double norm(Map<String, Double> raw) {
        double norm = 0;
        for (double w : raw.values()) {
            norm += w * w;
        }
        return Math.sqrt(norm);
    }
}
