package org.isnad.ner;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Distributional word clusters: folded word → hierarchical cluster paths (three levels of
 * {@link ClusterBuilder#BRANCH} branches) in {@link #CLUSTERINGS} k-means runs from different seeds
 * (several runs make the features less dependent on one run's luck), and a log-frequency bucket
 * in the unlabelled corpus. Packed in a long: 12 bits a path, then 6 bits of bucket.
 */
public final class WordClusters {
    /** Empty map for models trained without clusters. */
    public static final WordClusters NONE = new WordClusters(new HashMap<>());
    /** Number of clusterings. */
    public static final int CLUSTERINGS = 4;
    private final Map<String, Long> codes;

    WordClusters(Map<String, Long> codes) {
        this.codes = codes;
    }

    public int size() {
        return codes.size();
    }

    /** Packed code of the folded word, or -1 when unknown. */
    public long code(String folded) {
        Long c = codes.get(folded);
        return c == null ? -1 : c;
    }

    /** Path of the word in clustering {@code j} (0-based). */
    static int path(long code, int j) {
        return (int) (code >>> (12 * j)) & 0xFFF;
    }

    static int path(long code) {
        return path(code, 0);
    }

    static int bucket(long code) {
        return (int) (code >>> (12 * CLUSTERINGS)) & 0x3F;
    }

    static long pack(int[] paths, int bucket) {
        long c = (long) Math.min(bucket, 63) << (12 * CLUSTERINGS);
        for (int j = 0; j < CLUSTERINGS; j++) {
            c |= (long) (paths[j] & 0xFFF) << (12 * j);
        }
        return c;
    }

    /** Writes {@code word<TAB>bucket<TAB>path 1<TAB>...<TAB>path K} lines, gzipped. */
    public void save(Path file) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            for (var e : new java.util.TreeMap<>(codes).entrySet()) {
                StringBuilder sb = new StringBuilder(e.getKey()).append('\t').append(bucket(e.getValue()));
                for (int j = 0; j < CLUSTERINGS; j++) {
                    sb.append('\t').append(path(e.getValue(), j));
                }
                w.write(sb.append('\n').toString());
            }
        }
    }

    public static WordClusters load(Path file) throws IOException {
        Map<String, Long> m = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] p = line.split("\t");
                int[] paths = new int[CLUSTERINGS];
                for (int j = 0; j < CLUSTERINGS; j++) {
                    paths[j] = Integer.parseInt(p[2 + j]);
                }
                m.put(p[0], pack(paths, Integer.parseInt(p[1])));
            }
        }
        return new WordClusters(m);
    }

    /** Writes the map in word order, so that equal maps give equal bytes. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(codes.size());
        for (var e : new java.util.TreeMap<>(codes).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue());
        }
    }

    static WordClusters read(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, Long> m = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String k = in.readUTF();
            m.put(k, in.readLong());
        }
        return new WordClusters(m);
    }
}
