package org.isnad.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.arabic.ContentWords;

/** Turns text into TF-IDF weighted, L2-normalized vectors of content-word match keys. */
final class TermVectors {
    private final DocumentFrequencies df;

    TermVectors(DocumentFrequencies df) {
        this.df = df;
    }

    /** The unit-length TF-IDF vector of a text. */
    Map<String, Double> vector(String text) {
        Map<String, Double> v = new HashMap<>();
        for (String k : ContentWords.keyList(text)) {
            v.merge(k, 1.0, Double::sum);
        }
        double norm = 0;
        for (var e : v.entrySet()) {
            double w = (1 + Math.log(e.getValue())) * df.idf(e.getKey());
            e.setValue(w);
            norm += w * w;
        }
        double len = Math.sqrt(norm);
        if (len > 0) {
            v.replaceAll((k, w) -> w / len);
        }
        return v;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            return cosine(b, a);
        }
        double s = 0;
        for (var e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                s += e.getValue() * w;
            }
        }
        return s;
    }

    /**
     * Vectors with their terms numbered, for all-pairs cosines without hash lookups: each vector keeps
     * its map's iteration order, and {@link #cosine(int, int, double[])} sums in exactly the order of
     * {@link #cosine(Map, Map)} (over the smaller vector's entries), so the values are bit for bit the same.
     */
    static final class Indexed {
        private final int[][] ids;
        private final double[][] weights;
        private final int terms;

        Indexed(List<Map<String, Double>> vectors) {
            Map<String, Integer> numbers = new HashMap<>();
            ids = new int[vectors.size()][];
            weights = new double[vectors.size()][];
            for (int i = 0; i < vectors.size(); i++) {
                Map<String, Double> v = vectors.get(i);
                ids[i] = new int[v.size()];
                weights[i] = new double[v.size()];
                int k = 0;
                for (var e : v.entrySet()) {
                    ids[i][k] = numbers.computeIfAbsent(e.getKey(), t -> numbers.size());
                    weights[i][k++] = e.getValue();
                }
            }
            terms = numbers.size();
        }

        /** A zeroed work array for {@link #cosinesAfter}, two per thread. */
        double[] workArray() {
            return new double[terms];
        }

        /**
         * Writes the cosine of vector {@code a} with each later vector {@code b} into {@code row[b]}.
         * The sum runs over the smaller vector's entries, reading the other from a work array it is
         * spread into ({@code workA}, {@code workB}: all zeros, and left so); a term missing there
         * reads 0 and adds nothing, as a missing lookup did.
         */
        void cosinesAfter(int a, double[] row, double[] workA, double[] workB) {
            scatter(a, workA, true);
            for (int b = a + 1; b < ids.length; b++) {
                if (ids[a].length > ids[b].length) {
                    row[b] = dot(b, workA);
                } else {
                    scatter(b, workB, true);
                    row[b] = dot(a, workB);
                    scatter(b, workB, false);
                }
            }
            scatter(a, workA, false);
        }

        /** The sum over vector {@code v}'s entries, in order, of its weight times the other's. */
        private double dot(int v, double[] other) {
            double s = 0;
            int[] iv = ids[v];
            double[] wv = weights[v];
            for (int k = 0; k < iv.length; k++) {
                double w = other[iv[k]];
                if (w != 0) {
                    s += wv[k] * w;
                }
            }
            return s;
        }

        private void scatter(int v, double[] work, boolean set) {
            int[] iv = ids[v];
            double[] wv = weights[v];
            for (int k = 0; k < iv.length; k++) {
                work[iv[k]] = set ? wv[k] : 0;
            }
        }
    }
}
