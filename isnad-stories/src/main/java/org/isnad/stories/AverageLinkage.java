package org.isnad.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Average-linkage agglomerative clustering: repeatedly merges the two clusters of highest average
 * pairwise similarity until none reaches the threshold.
 *
 * <p>Rescanning every cluster pair and summing its similarities after each merge costs O(n³) and
 * more; here each cluster pair's similarity sum is kept and updated on a merge (Lance–Williams:
 * the sum of a merged cluster with another is the sum of its two parts'), and each cluster keeps its
 * best partner, so a merge costs O(n). The merges are those of the plain algorithm, which scans
 * clusters in order of their first article, averages by summing member by member, and takes the last
 * pair of highest average: kept sums can differ from such averages in the last bits, so the few
 * pairs within {@link #EPS} of the best are re-averaged the plain way and picked by its rule.
 *
 * <p>Memory: the similarity matrix itself; its upper triangle keeps the article similarities and the
 * lower triangle is overwritten with the cluster sums.
 */
final class AverageLinkage {
    /** Far above the rounding of kept sums (~1e-13), far below any meaningful difference of averages. */
    static final double EPS = 1e-9;

    private final double[][] m;
    private final int n;
    private final List<List<Integer>> members = new ArrayList<>();
    private final boolean[] active;
    private final double[] rowBest;
    private final int[] rowPartner;

    private AverageLinkage(double[][] sim) {
        this.m = sim;
        this.n = sim.length;
        this.active = new boolean[n];
        this.rowBest = new double[n];
        this.rowPartner = new int[n];
        Arrays.fill(active, true);
        for (int i = 0; i < n; i++) {
            members.add(new ArrayList<>(List.of(i)));
        }
        for (int r = 0; r < n; r++) {
            recomputeRow(r);
        }
    }

    /**
     * Clusters of a symmetric similarity matrix (its lower triangle is overwritten; read article
     * similarities with {@link #similarity}), each in merge order, clusters in order of first article.
     */
    static List<List<Integer>> cluster(double[][] sim, double threshold) {
        AverageLinkage a = new AverageLinkage(sim);
        while (a.mergeBest(threshold)) {
            // merge until no pair reaches the threshold
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int r = 0; r < a.n; r++) {
            if (a.active[r]) {
                out.add(a.members.get(r));
            }
        }
        return out;
    }

    /** The similarity of articles {@code i} and {@code j} (upper triangle, kept by {@link #cluster}). */
    static double similarity(double[][] sim, int i, int j) {
        return i < j ? sim[i][j] : sim[j][i];
    }

    /** Merges the pair the plain algorithm would merge next; false when no pair reaches the threshold. */
    private boolean mergeBest(double threshold) {
        double top = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < n; r++) {
            if (active[r]) {
                top = Math.max(top, rowBest[r]);
            }
        }
        if (top < threshold - EPS) {
            return false;
        }
        double best = threshold;
        int bestA = -1;
        int bestB = -1;
        for (int r = 0; r < n; r++) {
            if (!active[r] || rowBest[r] < top - EPS) {
                continue;
            }
            for (int c = r + 1; c < n; c++) {
                if (active[c] && average(r, c) >= top - EPS) {
                    double s = plainAverage(members.get(r), members.get(c));
                    if (s >= best) {
                        best = s;
                        bestA = r;
                        bestB = c;
                    }
                }
            }
        }
        if (bestA < 0) {
            return false;
        }
        merge(bestA, bestB);
        return true;
    }

    private void merge(int a, int b) {
        for (int c = 0; c < n; c++) {
            if (active[c] && c != a && c != b) {
                setSum(a, c, sum(a, c) + sum(b, c));
            }
        }
        members.get(a).addAll(members.get(b));
        active[b] = false;
        for (int r = 0; r < n; r++) {
            if (!active[r]) {
                continue;
            }
            if (r == a || rowPartner[r] == a || rowPartner[r] == b) {
                recomputeRow(r);
            } else if (r < a) {
                double s = average(r, a);
                if (s > rowBest[r]) {
                    rowBest[r] = s;
                    rowPartner[r] = a;
                }
            }
        }
    }

    /** The best kept average of cluster {@code r} with a later cluster. */
    private void recomputeRow(int r) {
        rowBest[r] = Double.NEGATIVE_INFINITY;
        rowPartner[r] = -1;
        for (int c = r + 1; c < n; c++) {
            if (active[c]) {
                double s = average(r, c);
                if (s > rowBest[r]) {
                    rowBest[r] = s;
                    rowPartner[r] = c;
                }
            }
        }
    }

    private double average(int r, int c) {
        return sum(r, c) / ((double) members.get(r).size() * members.get(c).size());
    }

    /** The average as the plain algorithm computes it: member by member, in merge order. */
    private double plainAverage(List<Integer> a, List<Integer> b) {
        double s = 0;
        for (int i : a) {
            for (int j : b) {
                s += similarity(m, i, j);
            }
        }
        return s / (a.size() * b.size());
    }

    /** The kept similarity sum of clusters {@code r} and {@code c} (lower triangle). */
    private double sum(int r, int c) {
        return r > c ? m[r][c] : m[c][r];
    }

    private void setSum(int r, int c, double s) {
        if (r > c) {
            m[r][c] = s;
        } else {
            m[c][r] = s;
        }
    }
}
