package org.isnad.ner;

/**
 * Turns a sentence into hashed sparse features per token: word and folded word, affixes,
 * clitic-stripped form, shape, neighbours (±2), distributional clusters at three granularities,
 * gazetteer matches (multi-token, and single tokens after clitic stripping) and cue words.
 */
final class FeatureExtractor {
    /** Flag in a cluster code: found for the clitic-stripped form, not the word itself. */
    private static final long STRIPPED = 1L << 62;
    private final WordClusters clusters;
    private final Gazetteer gazetteer;
    private final FeatureConfig config;

    FeatureExtractor(WordClusters clusters, Gazetteer gazetteer, FeatureConfig config) {
        this.clusters = clusters;
        this.gazetteer = gazetteer;
        this.config = config;
    }

    /** Per-token views computed once per sentence. */
    private static final class View {
        final String[] f, s;
        final long[] code;
        final int[] gaz, gazS, cue;
        int[] span;
        final char[] shape;

        View(int n) {
            f = new String[n];
            s = new String[n];
            code = new long[n];
            gaz = new int[n];
            gazS = new int[n];
            cue = new int[n];
            shape = new char[n];
        }
    }

    long[][] extract(String[] tokens) {
        return extract(tokens, null);
    }

    /** Features of a sentence; {@code memory} (from {@link DocumentMemory}) adds the second-pass features. */
    long[][] extract(String[] tokens, int[] memory) {
        int n = tokens.length;
        View v = new View(n);
        for (int i = 0; i < n; i++) {
            v.f[i] = ArabicText.fold(tokens[i]);
            v.s[i] = ArabicText.stripClitics(v.f[i]);
            v.shape[i] = ArabicText.shape(tokens[i]);
            if (config.clusters()) {
                long c = clusters.code(v.f[i]);
                if (c < 0 && v.s[i] != v.f[i]) {
                    c = clusters.code(v.s[i]);
                    c = c < 0 ? -1 : c | STRIPPED;
                }
                v.code[i] = c;
            }
            if (config.gazetteer() && v.s[i] != v.f[i]) {
                v.gazS[i] = gazetteer.lookup(v.s[i]);
            }
            if (config.cues()) {
                String k = v.s[i];
                v.cue[i] = (Cues.TITLES.contains(k) ? 1 : 0) | (Cues.ORG_HEADS.contains(k) ? 2 : 0)
                    | (Cues.PLACE_HEADS.contains(k) ? 4 : 0) | (Cues.KUNYA.contains(k) ? 8 : 0)
                    | (Cues.COMMUNITIES.contains(k) ? 16 : 0);
            }
        }
        if (config.gazetteer()) {
            int[] g = gazetteer.match(v.f);
            System.arraycopy(g, 0, v.gaz, 0, n);
            if (config.spanGazetteer()) {
                v.span = gazetteer.spans(v.f, v.s);
            }
        }
        long[][] out = new long[n][];
        long[] buf = new long[256];
        for (int i = 0; i < n; i++) {
            int k = token(v, i, n, buf);
            if (memory != null) {
                int m = memory[i];
                buf[k++] = code(50, m & 0xF);
                buf[k++] = code(51, (m >>> 4) & 0xFF);
                if (config.stacked()) {
                    int own = m >>> 12;
                    int prev = i > 0 ? memory[i - 1] >>> 12 : -1;
                    int next = i + 1 < n ? memory[i + 1] >>> 12 : -1;
                    buf[k++] = code(55, own);
                    buf[k++] = code(56, prev * 32 + own);
                    buf[k++] = code(57, own * 32 + next);
                }
                buf[k++] = code(52, i > 0 ? memory[i - 1] & 0xF : -1);
                buf[k++] = code(53, i + 1 < n ? memory[i + 1] & 0xF : -1);
            }
            out[i] = java.util.Arrays.copyOf(buf, k);
        }
        return out;
    }

    private static String at(String[] a, int i) {
        return i < 0 ? "<s>" : i >= a.length ? "</s>" : a[i];
    }

    private int token(View v, int i, int n, long[] b) {
        int k = 0;
        String f = v.f[i];
        b[k++] = h(1, "");
        b[k++] = h(2, f);
        b[k++] = h(3, at(v.f, i - 1));
        b[k++] = h(4, at(v.f, i + 1));
        if (config.context2()) {
            b[k++] = h(5, at(v.f, i - 2));
            b[k++] = h(6, at(v.f, i + 2));
        }
        b[k++] = FeatureHash.done(FeatureHash.add(FeatureHash.add(FeatureHash.start(7), at(v.f, i - 1)), f));
        b[k++] = FeatureHash.done(FeatureHash.add(FeatureHash.add(FeatureHash.start(8), f), at(v.f, i + 1)));
        int len = f.length();
        for (int a = 1; a <= 4 && a <= len; a++) {
            b[k++] = FeatureHash.done(FeatureHash.add(FeatureHash.start(9 * 8 + a), f, 0, a));
            b[k++] = FeatureHash.done(FeatureHash.add(FeatureHash.start(10 * 8 + a), f, len - a, len));
        }
        if (config.charNgrams() && v.shape[i] == 'A') {
            for (int a = 0; a + 3 <= len; a++) {
                b[k++] = FeatureHash.done(FeatureHash.add(FeatureHash.start(70), f, a, a + 3));
                if (k > b.length - 64) {
                    break;
                }
            }
        }
        String s = v.s[i];
        b[k++] = h(11, s);
        b[k++] = h(12, at(v.s, i - 1));
        b[k++] = h(13, at(v.s, i + 1));
        b[k++] = h(16, f.substring(0, f.length() - s.length()));
        int lb = Math.min(len, 8);
        b[k++] = FeatureHash.done(FeatureHash.add(FeatureHash.start(14), v.shape[i] * 16 + lb));
        char ps = i > 0 ? v.shape[i - 1] : '^';
        char ns = i + 1 < n ? v.shape[i + 1] : '$';
        b[k++] = FeatureHash.done(FeatureHash.add(FeatureHash.start(15), (ps * 256 + v.shape[i]) * 256 + ns));
        if (i == 0) {
            b[k++] = h(35, "first");
            b[k++] = h(37, f);
        }
        if (config.clusters()) {
            k = clusterFeatures(v, i, n, b, k);
        }
        if (config.gazetteer()) {
            b[k++] = code(30, v.gaz[i]);
            b[k++] = code(31, i > 0 ? v.gaz[i - 1] : -1);
            b[k++] = code(32, i + 1 < n ? v.gaz[i + 1] : -1);
            if (v.gazS[i] != 0) {
                b[k++] = code(33, v.gazS[i]);
            }
            int g = v.gaz[i] | (v.gazS[i] << 8);
            if (g != 0 && config.clusters()) {
                b[k++] = FeatureHash.done(FeatureHash.add(FeatureHash.add(FeatureHash.start(34), g), c1(v.code[i])));
            }
        }
        if (config.cues()) {
            b[k++] = code(40, v.cue[i]);
            b[k++] = code(41, i > 0 ? v.cue[i - 1] : -1);
            b[k++] = code(42, i > 1 ? v.cue[i - 2] : -1);
            b[k++] = code(43, i + 1 < n ? v.cue[i + 1] : -1);
            if (i > 0 && v.cue[i - 1] != 0) {
                b[k++] = FeatureHash.done(FeatureHash.add(FeatureHash.add(FeatureHash.start(44), v.cue[i - 1]),
                    f.startsWith("ال") ? 1 : 0));
            }
        }
        if (config.gazetteer() && config.spanGazetteer()) {
            k = spanFeatures(v, i, n, b, k);
        }
        if (config.cues() && config.wideCues()) {
            k = wideCueFeatures(v, i, n, b, k);
        }
        if (config.clusters() && config.conjunctions()) {
            k = conjunctionFeatures(v, i, n, b, k);
        }
        return k;
    }

    /** Longest gazetteer match covering the token (type, position, length), its neighbours', and with the cue before it. */
    private int spanFeatures(View v, int i, int n, long[] b, int k) {
        int sp = v.span[i];
        b[k++] = code(200, sp);
        b[k++] = code(201, sp & 0x7F);
        b[k++] = code(202, i > 0 ? v.span[i - 1] & 0x7F : -1);
        b[k++] = code(203, i + 1 < n ? v.span[i + 1] & 0x7F : -1);
        if (sp != 0) {
            if (config.cues()) {
                b[k++] = code(204, (sp & 0x7F) * 64 + (i > 0 ? v.cue[i - 1] : 63));
            }
            if (config.clusters()) {
                b[k++] = FeatureHash.done(FeatureHash.add(FeatureHash.add(FeatureHash.start(205), sp & 0xF), c1(v.code[i])));
            }
        }
        return k;
    }

    /** Cue words anywhere within ±3 tokens, and the cue next to the token conjoined with its cluster or gazetteer type. */
    private int wideCueFeatures(View v, int i, int n, long[] b, int k) {
        int left = 0, right = 0;
        for (int d = 1; d <= 3; d++) {
            left |= i - d >= 0 ? v.cue[i - d] : 0;
            right |= i + d < n ? v.cue[i + d] : 0;
        }
        for (int bit = 0; bit < 5; bit++) {
            if ((left & (1 << bit)) != 0) {
                b[k++] = code(210, bit);
            }
            if ((right & (1 << bit)) != 0) {
                b[k++] = code(214, bit);
            }
        }
        b[k++] = code(211, i > 2 ? v.cue[i - 3] : -1);
        b[k++] = code(212, i + 2 < n ? v.cue[i + 2] : -1);
        b[k++] = code(213, i + 3 < n ? v.cue[i + 3] : -1);
        int next = i + 1 < n ? v.cue[i + 1] : 0;
        int prev = i > 0 ? v.cue[i - 1] : 0;
        if (next != 0 && config.clusters()) {
            b[k++] = code(215, next * 8192 + (c2(v.code[i]) & 0xFFF));
        }
        if (prev != 0) {
            if (config.clusters()) {
                b[k++] = code(216, prev * 8192 + (c2(v.code[i]) & 0xFFF));
            }
            if (config.gazetteer()) {
                b[k++] = code(217, prev * 8192 + (v.gaz[i] | v.gazS[i] << 6));
            }
        }
        return k;
    }

    /** Cluster × article, word × neighbouring cluster, proclitics × cluster, and the two neighbours together. */
    private int conjunctionFeatures(View v, int i, int n, long[] b, int k) {
        String f = v.f[i];
        long c = v.code[i];
        long pc = i > 0 ? v.code[i - 1] : -2;
        long nc = i + 1 < n ? v.code[i + 1] : -2;
        b[k++] = code(220, c2(c) * 2 + (f.startsWith("ال") ? 1 : 0));
        b[k++] = FeatureHash.done(FeatureHash.add(FeatureHash.add(FeatureHash.start(221), f), c2(nc)));
        b[k++] = FeatureHash.done(FeatureHash.add(FeatureHash.add(FeatureHash.start(222), f), c2(pc)));
        b[k++] = FeatureHash.done(FeatureHash.add(FeatureHash.add(FeatureHash.start(223),
            f.substring(0, f.length() - v.s[i].length())), c3(c)));
        b[k++] = FeatureHash.done(FeatureHash.add(FeatureHash.add(FeatureHash.start(224), at(v.f, i - 1)), at(v.f, i + 1)));
        return k;
    }

    private int clusterFeatures(View v, int i, int n, long[] b, int k) {
        long c = v.code[i];
        if (c < 0) {
            b[k++] = h(17, "unk");
            b[k++] = FeatureHash.done(FeatureHash.add(FeatureHash.start(18), v.shape[i]));
        } else {
            int strip = (c & STRIPPED) != 0 ? 1 : 0;
            int p = WordClusters.path(c);
            b[k++] = code(17 + 100 * strip, p >> 8);
            b[k++] = code(18 + 100 * strip, p >> 4);
            b[k++] = code(19 + 100 * strip, p);
            b[k++] = code(20 + 100 * strip, WordClusters.bucket(c));
            if (config.clusters2()) {
                for (int j = 1; j < WordClusters.CLUSTERINGS; j++) {
                    int q = WordClusters.path(c, j);
                    b[k++] = code(400 + 10 * j + 100 * strip, q >> 8);
                    b[k++] = code(401 + 10 * j + 100 * strip, q >> 4);
                    b[k++] = code(402 + 10 * j + 100 * strip, q);
                }
            }
        }
        long pc = i > 0 ? v.code[i - 1] : -2;
        long nc = i + 1 < n ? v.code[i + 1] : -2;
        if (config.clusters2()) {
            for (int j = 1; j < WordClusters.CLUSTERINGS; j++) {
                b[k++] = code(403 + 10 * j, pc < 0 ? (int) pc : WordClusters.path(pc, j) >> 4);
                b[k++] = code(404 + 10 * j, nc < 0 ? (int) nc : WordClusters.path(nc, j) >> 4);
            }
        }
        b[k++] = code(21, c2(pc));
        b[k++] = code(22, c2(nc));
        b[k++] = code(23, c3(pc));
        b[k++] = code(24, c3(nc));
        b[k++] = code(25, c1(i > 1 ? v.code[i - 2] : -2));
        b[k++] = code(26, c1(i + 2 < n ? v.code[i + 2] : -2));
        b[k++] = FeatureHash.done(FeatureHash.add(FeatureHash.add(FeatureHash.start(27), c2(pc)), c2(c)));
        b[k++] = FeatureHash.done(FeatureHash.add(FeatureHash.add(FeatureHash.start(28), c2(c)), c2(nc)));
        b[k++] = FeatureHash.done(FeatureHash.add(FeatureHash.add(FeatureHash.start(29), at(v.f, i - 1)), c3(c)));
        return k;
    }

    private static int strip(long code) {
        return (code & STRIPPED) != 0 ? 1 << 20 : 0;
    }

    private static int c1(long code) {
        return code < 0 ? (int) code : (WordClusters.path(code) >> 8) | strip(code);
    }

    private static int c2(long code) {
        return code < 0 ? (int) code : (WordClusters.path(code) >> 4) | strip(code);
    }

    private static int c3(long code) {
        return code < 0 ? (int) code : WordClusters.path(code) | strip(code);
    }

    private static long h(int template, String value) {
        return FeatureHash.done(FeatureHash.add(FeatureHash.start(template), value));
    }

    private static long code(int template, int value) {
        return FeatureHash.done(FeatureHash.add(FeatureHash.start(template), value));
    }
}
