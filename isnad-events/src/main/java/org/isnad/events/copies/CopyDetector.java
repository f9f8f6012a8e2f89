package org.isnad.events.copies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.core.model.Article;
import org.isnad.core.model.Story;

/**
 * Finds articles that are copies of one text (an agency's wire republished by several outlets, a
 * re-encoded or re-posted page) and groups them into independent {@link Story.Report reports}.
 *
 * <p>Each text becomes its set of word 3-shingles ({@link Shingles}); a MinHash signature of
 * {@value #BANDS} × {@value #ROWS} hashes estimates the Jaccard similarity of two sets, and LSH banding
 * (articles whose signatures agree on all rows of some band) proposes candidate pairs, so the cost
 * grows with the number of articles and of near pairs, not with all pairs. A candidate pair is a copy
 * when the exact Jaccard similarity of its shingle sets reaches the threshold; copies are grouped
 * transitively (A copies B, B copies C: one report). With 40 bands of 3 rows a pair at Jaccard 0.5 is
 * proposed with probability 0.995, at 0.6 with 0.9998.
 *
 * <p>The thresholds ({@value #THRESHOLD}; {@value #SAME_OUTLET_THRESHOLD} within one outlet) were chosen
 * on development ANT articles (lines 20,001–23,000 of the stream) by reading the pairs around them: see
 * the package documentation.
 */
public final class CopyDetector {
    static final int BANDS = 40;
    static final int ROWS = 3;
    static final int SHINGLE = 3;
    /** Exact shingle Jaccard from which two texts of different outlets are copies of one report. */
    public static final double THRESHOLD = 0.6;
    /**
     * The same for two articles of one outlet: an outlet's follow-ups repeat its own background
     * paragraphs (0.6–0.8 on dev), while its re-posts and updated versions are near-identical.
     */
    public static final double SAME_OUTLET_THRESHOLD = 0.8;
    /** Texts with fewer shingles are too short to tell a copy from a shared formula. */
    static final int MIN_SHINGLES = 8;

    private static final long[] SEEDS = seeds(BANDS * ROWS);

    private final double threshold;
    private final double sameOutletThreshold;

    public CopyDetector() {
        this(THRESHOLD, SAME_OUTLET_THRESHOLD);
    }

    public CopyDetector(double threshold, double sameOutletThreshold) {
        this.threshold = threshold;
        this.sameOutletThreshold = sameOutletThreshold;
    }

    /** A pair of articles (indexes, {@code a < b}) whose texts are copies, with their similarity. */
    public record Pair(int a, int b, double jaccard) {
    }

    /**
     * The articles grouped into independent reports, in article order (a report sits where its first
     * article is, and lists its articles in article order); each report carries the agency that one of
     * its articles credits, the first such.
     */
    public List<Story.Report> reports(List<Article> articles) {
        int n = articles.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Pair p : pairs(articles, threshold)) {
            String outlet = articles.get(p.a()).outlet();
            if (outlet != null && outlet.equals(articles.get(p.b()).outlet()) && p.jaccard() < sameOutletThreshold) {
                continue;
            }
            int ra = root(parent, p.a());
            int rb = root(parent, p.b());
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Story.Report> out = new ArrayList<>(groups.size());
        for (List<Integer> g : groups.values()) {
            String agency = null;
            List<String> ids = new ArrayList<>(g.size());
            for (int i : g) {
                ids.add(articles.get(i).id());
                if (agency == null) {
                    agency = Agencies.credited(articles.get(i).text());
                }
            }
            out.add(new Story.Report(ids, agency));
        }
        return out;
    }

    /** Every pair of articles whose shingle Jaccard reaches {@code min} among the LSH candidates. */
    public List<Pair> pairs(List<Article> articles, double min) {
        int n = articles.size();
        long[][] shingles = new long[n][];
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < n; i++) {
            shingles[i] = Shingles.of(articles.get(i).text(), SHINGLE);
            if (shingles[i].length < MIN_SHINGLES) {
                continue;
            }
            long[] sig = signature(shingles[i]);
            for (int band = 0; band < BANDS; band++) {
                long key = band;
                for (int r = 0; r < ROWS; r++) {
                    key = Shingles.mix(key * 0x100000001B3L + sig[band * ROWS + r]);
                }
                buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
            }
        }
        Set<Long> seen = new HashSet<>();
        List<Pair> out = new ArrayList<>();
        for (List<Integer> bucket : buckets.values()) {
            for (int x = 0; x < bucket.size(); x++) {
                for (int y = x + 1; y < bucket.size(); y++) {
                    int a = Math.min(bucket.get(x), bucket.get(y));
                    int b = Math.max(bucket.get(x), bucket.get(y));
                    if (a == b || !seen.add((long) a * n + b)) {
                        continue;
                    }
                    double j = Shingles.jaccard(shingles[a], shingles[b]);
                    if (j >= min) {
                        out.add(new Pair(a, b, j));
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Pair::a).thenComparingInt(Pair::b));
        return out;
    }

    private static long[] signature(long[] shingles) {
        long[] sig = new long[SEEDS.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int h = 0; h < SEEDS.length; h++) {
                long v = Shingles.mix(s ^ SEEDS[h]);
                if (v < sig[h]) {
                    sig[h] = v;
                }
            }
        }
        return sig;
    }

    private static long[] seeds(int n) {
        long[] out = new long[n];
        long x = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < n; i++) {
            x = Shingles.mix(x + 0x9E3779B97F4A7C15L);
            out[i] = x;
        }
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
