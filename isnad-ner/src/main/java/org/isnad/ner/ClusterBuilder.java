package org.isnad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * Learns {@link WordClusters} from unlabelled Arabic text: for the most frequent folded words,
 * left/right neighbour counts over the top context words are PPMI-weighted, reduced
 * by a truncated SVD to {@link #DIM} dimensions, and clustered by spherical k-means, hierarchically ({@link #BRANCH}
 * branches at each of three levels). Deterministic for a seed. Written by hand because it is a few
 * dozen lines and a numeric library would add far more than it saves. The k-means is run
 * {@link WordClusters#CLUSTERINGS} times from different seeds on the same vectors.
 */
public final class ClusterBuilder {
    static final int DIM = 100;
    static final int BRANCH = 16;
    static final int LEVELS = 3; // 16, 256, 4096 clusters
    private final int vocabSize;
    private final int contexts;
    private final long seed;

    public ClusterBuilder(int vocabSize, int contexts, long seed) {
        this.vocabSize = vocabSize;
        this.contexts = contexts;
        this.seed = seed;
    }

    /** Builds clusters from every {@code *.gz} file (one document a line) under {@code dir}. */
    public WordClusters build(Path dir) throws IOException {
        List<Path> files;
        try (var s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".gz")).sorted().toList();
        }
        Map<String, Integer> ids = new HashMap<>();
        List<String> words = new ArrayList<>();
        int[] corpus = new int[1 << 20];
        int len = 0;
        NerTokenizer tok = new NerTokenizer();
        for (Path f : files) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(f), 1 << 16), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    for (var t : tok.tokenize(line)) {
                        String w = ArabicText.fold(t.text());
                        Integer id = ids.get(w);
                        if (id == null) {
                            id = words.size();
                            ids.put(w, id);
                            words.add(w);
                        }
                        if (len == corpus.length) {
                            corpus = Arrays.copyOf(corpus, len * 2);
                        }
                        corpus[len++] = id;
                    }
                    if (len == corpus.length) {
                        corpus = Arrays.copyOf(corpus, len * 2);
                    }
                    corpus[len++] = -1;
                }
            }
        }
        int nw = words.size();
        long[] freq = new long[nw];
        for (int i = 0; i < len; i++) {
            if (corpus[i] >= 0) {
                freq[corpus[i]]++;
            }
        }
        Integer[] order = new Integer[nw];
        for (int i = 0; i < nw; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> freq[b] != freq[a] ? Long.compare(freq[b], freq[a]) : words.get(a).compareTo(words.get(b)));
        int v = 0;
        while (v < Math.min(vocabSize, nw) && freq[order[v]] >= 3) {
            v++;
        }
        int[] row = new int[nw];
        int[] col = new int[nw];
        Arrays.fill(row, -1);
        Arrays.fill(col, -1);
        for (int i = 0; i < v; i++) {
            row[order[i]] = i;
        }
        int c = Math.min(contexts, v);
        for (int i = 0; i < c; i++) {
            col[order[i]] = i;
        }
        int blocks = 3; // left-1, right-1, left-2 or right-2
        int width = blocks * c;
        float[] counts = new float[v * width];
        for (int i = 0; i < len; i++) {
            int w = corpus[i];
            if (w < 0 || row[w] < 0) {
                continue;
            }
            int base = row[w] * width;
            addCtx(counts, base, corpus, i - 1, len, col, 0);
            addCtx(counts, base, corpus, i + 1, len, col, c);
            if (i - 1 >= 0 && corpus[i - 1] >= 0) {
                addCtx(counts, base, corpus, i - 2, len, col, 2 * c);
            }
            if (i + 1 < len && corpus[i + 1] >= 0) {
                addCtx(counts, base, corpus, i + 2, len, col, 2 * c);
            }
        }
        float[] vecs = project(counts, v, width);
        counts = null;
        int[] all = new int[v];
        for (int i = 0; i < v; i++) {
            all[i] = i;
        }
        int[][] paths = new int[WordClusters.CLUSTERINGS][v];
        for (int j = 0; j < paths.length; j++) {
            cluster(vecs, all, 0, 0, paths[j], new Random(seed + j));
        }
        Map<String, Long> codes = new HashMap<>(v * 2);
        for (int i = 0; i < v; i++) {
            int bucket = Math.min(31, 63 - Long.numberOfLeadingZeros(freq[order[i]]));
            int[] p = new int[paths.length];
            for (int j = 0; j < p.length; j++) {
                p[j] = paths[j][i];
            }
            codes.put(words.get(order[i]), WordClusters.pack(p, bucket));
        }
        return new WordClusters(codes);
    }

    private static void addCtx(float[] counts, int base, int[] corpus, int j, int len, int[] col, int off) {
        if (j < 0 || j >= len) {
            return;
        }
        int w = corpus[j];
        if (w >= 0 && col[w] >= 0) {
            counts[base + off + col[w]]++;
        }
    }

    /**
     * PPMI over the count matrix, then a truncated SVD of it: the top {@link #DIM} right singular
     * vectors by subspace iteration on the Gram matrix, rotated by a Jacobi eigendecomposition;
     * each word's vector is its PPMI row projected on them, scaled by σ^-½ (i.e. U·σ^½), L2-normalized.
     */
    private float[] project(float[] counts, int v, int width) {
        double[] colSum = new double[width];
        double[] rowSum = new double[v];
        double total = 0;
        for (int i = 0; i < v; i++) {
            for (int j = 0; j < width; j++) {
                float x = counts[i * width + j];
                colSum[j] += x;
                rowSum[i] += x;
                total += x;
            }
        }
        int[] nz = new int[width];
        double[] gram = new double[width * width];
        for (int i = 0; i < v; i++) {
            int m = 0;
            for (int j = 0; j < width; j++) {
                float x = counts[i * width + j];
                double pmi = x == 0 ? 0 : Math.log(x * total / (rowSum[i] * colSum[j]));
                counts[i * width + j] = pmi > 0 ? (float) pmi : 0f;
                if (pmi > 0) {
                    nz[m++] = j;
                }
            }
            int o = i * width;
            for (int a = 0; a < m; a++) {
                double xa = counts[o + nz[a]];
                int ga = nz[a] * width;
                for (int b = 0; b < m; b++) {
                    gram[ga + nz[b]] += xa * counts[o + nz[b]];
                }
            }
        }
        int k = DIM;
        Random rnd = new Random(seed ^ 0x5DEECE66DL);
        double[] basis = new double[width * k]; // column-major: basis[c * width + j]
        for (int i = 0; i < basis.length; i++) {
            basis[i] = rnd.nextGaussian();
        }
        orthonormalize(basis, width, k);
        double[] tmp = new double[width * k];
        for (int iter = 0; iter < 30; iter++) {
            multiply(gram, basis, tmp, width, k);
            System.arraycopy(tmp, 0, basis, 0, tmp.length);
            orthonormalize(basis, width, k);
        }
        multiply(gram, basis, tmp, width, k);
        double[] h = new double[k * k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                double sum = 0;
                for (int j = 0; j < width; j++) {
                    sum += basis[a * width + j] * tmp[b * width + j];
                }
                h[a * k + b] = sum;
            }
        }
        double[] evec = new double[k * k];
        double[] eval = jacobi(h, evec, k);
        float[] dirs = new float[width * k]; // dirs[j * k + c]
        for (int c = 0; c < k; c++) {
            double scale = 1 / Math.pow(Math.max(eval[c], 1e-9), 0.25);
            for (int j = 0; j < width; j++) {
                double sum = 0;
                for (int a = 0; a < k; a++) {
                    sum += basis[a * width + j] * evec[a * k + c];
                }
                dirs[j * k + c] = (float) (sum * scale);
            }
        }
        float[] out = new float[v * DIM];
        for (int i = 0; i < v; i++) {
            int o = i * DIM;
            for (int j = 0; j < width; j++) {
                float p = counts[i * width + j];
                if (p == 0) {
                    continue;
                }
                int pj = j * k;
                for (int d = 0; d < DIM; d++) {
                    out[o + d] += p * dirs[pj + d];
                }
            }
            normalize(out, o);
        }
        return out;
    }

    private static void multiply(double[] gram, double[] basis, double[] out, int width, int k) {
        java.util.Arrays.fill(out, 0);
        for (int c = 0; c < k; c++) {
            int bo = c * width;
            for (int i = 0; i < width; i++) {
                double sum = 0;
                int go = i * width;
                for (int j = 0; j < width; j++) {
                    sum += gram[go + j] * basis[bo + j];
                }
                out[bo + i] = sum;
            }
        }
    }

    private static void orthonormalize(double[] b, int width, int k) {
        for (int c = 0; c < k; c++) {
            int co = c * width;
            for (int p = 0; p < c; p++) {
                int po = p * width;
                double d = 0;
                for (int j = 0; j < width; j++) {
                    d += b[co + j] * b[po + j];
                }
                for (int j = 0; j < width; j++) {
                    b[co + j] -= d * b[po + j];
                }
            }
            double n = 0;
            for (int j = 0; j < width; j++) {
                n += b[co + j] * b[co + j];
            }
            n = Math.sqrt(n);
            for (int j = 0; j < width; j++) {
                b[co + j] = n > 0 ? b[co + j] / n : 0;
            }
        }
    }

    /** Cyclic Jacobi eigendecomposition of the symmetric k×k matrix a; eigenvectors in columns of v. */
    private static double[] jacobi(double[] a, double[] v, int k) {
        for (int i = 0; i < k; i++) {
            v[i * k + i] = 1;
        }
        for (int sweep = 0; sweep < 50; sweep++) {
            double off = 0;
            for (int p = 0; p < k; p++) {
                for (int q = p + 1; q < k; q++) {
                    off += a[p * k + q] * a[p * k + q];
                }
            }
            if (off < 1e-18) {
                break;
            }
            for (int p = 0; p < k; p++) {
                for (int q = p + 1; q < k; q++) {
                    double apq = a[p * k + q];
                    if (Math.abs(apq) < 1e-300) {
                        continue;
                    }
                    double theta = (a[q * k + q] - a[p * k + p]) / (2 * apq);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int r = 0; r < k; r++) {
                        double arp = a[r * k + p], arq = a[r * k + q];
                        a[r * k + p] = c * arp - s * arq;
                        a[r * k + q] = s * arp + c * arq;
                    }
                    for (int r = 0; r < k; r++) {
                        double apr = a[p * k + r], aqr = a[q * k + r];
                        a[p * k + r] = c * apr - s * aqr;
                        a[q * k + r] = s * apr + c * aqr;
                    }
                    for (int r = 0; r < k; r++) {
                        double vrp = v[r * k + p], vrq = v[r * k + q];
                        v[r * k + p] = c * vrp - s * vrq;
                        v[r * k + q] = s * vrp + c * vrq;
                    }
                }
            }
        }
        double[] ev = new double[k];
        for (int i = 0; i < k; i++) {
            ev[i] = a[i * k + i];
        }
        return ev;
    }

    private static void normalize(float[] a, int o) {
        double s = 0;
        for (int d = 0; d < DIM; d++) {
            s += a[o + d] * a[o + d];
        }
        if (s > 0) {
            float inv = (float) (1 / Math.sqrt(s));
            for (int d = 0; d < DIM; d++) {
                a[o + d] *= inv;
            }
        }
    }

    private void cluster(float[] vecs, int[] members, int level, int prefix, int[] path, Random rnd) {
        if (level == LEVELS) {
            return;
        }
        int k = Math.min(BRANCH, members.length);
        int[] assign = kmeans(vecs, members, k, rnd);
        for (int b = 0; b < BRANCH; b++) {
            int cnt = 0;
            for (int a : assign) {
                if (a == b) {
                    cnt++;
                }
            }
            if (cnt == 0) {
                continue;
            }
            int[] sub = new int[cnt];
            int q = 0;
            for (int i = 0; i < members.length; i++) {
                if (assign[i] == b) {
                    sub[q++] = members[i];
                }
            }
            int p = prefix * BRANCH + b;
            for (int m : sub) {
                path[m] = p * pow(BRANCH, LEVELS - level - 1);
            }
            cluster(vecs, sub, level + 1, p, path, rnd);
        }
    }

    private static int pow(int b, int e) {
        int r = 1;
        for (int i = 0; i < e; i++) {
            r *= b;
        }
        return r;
    }

    /** Spherical k-means with k-means++ seeding; returns each member's cluster. */
    private static int[] kmeans(float[] vecs, int[] members, int k, Random rnd) {
        int n = members.length;
        int[] assign = new int[n];
        if (k <= 1) {
            return assign;
        }
        float[] cent = new float[k * DIM];
        double[] dist = new double[n];
        Arrays.fill(dist, Double.MAX_VALUE);
        int first = members[rnd.nextInt(n)];
        System.arraycopy(vecs, first * DIM, cent, 0, DIM);
        for (int c = 1; c < k; c++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double d = 1 - dot(vecs, members[i] * DIM, cent, (c - 1) * DIM);
                dist[i] = Math.min(dist[i], Math.max(0, d));
                sum += dist[i] * dist[i];
            }
            double r = rnd.nextDouble() * sum;
            int pick = n - 1;
            for (int i = 0; i < n; i++) {
                r -= dist[i] * dist[i];
                if (r <= 0) {
                    pick = i;
                    break;
                }
            }
            System.arraycopy(vecs, members[pick] * DIM, cent, c * DIM, DIM);
        }
        for (int iter = 0; iter < 12; iter++) {
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                int best = 0;
                double bs = -2;
                for (int c = 0; c < k; c++) {
                    double s = dot(vecs, members[i] * DIM, cent, c * DIM);
                    if (s > bs) {
                        bs = s;
                        best = c;
                    }
                }
                if (assign[i] != best || iter == 0) {
                    changed |= assign[i] != best;
                    assign[i] = best;
                }
            }
            if (!changed && iter > 0) {
                break;
            }
            Arrays.fill(cent, 0);
            for (int i = 0; i < n; i++) {
                int o = members[i] * DIM;
                int co = assign[i] * DIM;
                for (int d = 0; d < DIM; d++) {
                    cent[co + d] += vecs[o + d];
                }
            }
            for (int c = 0; c < k; c++) {
                normalize(cent, c * DIM);
            }
        }
        return assign;
    }

    private static double dot(float[] a, int ao, float[] b, int bo) {
        double s = 0;
        for (int d = 0; d < DIM; d++) {
            s += a[ao + d] * b[bo + d];
        }
        return s;
    }
}
