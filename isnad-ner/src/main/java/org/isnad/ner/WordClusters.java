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
 * Distributional word clusters: folded word → hierarchical cluster path (three levels of
 * {@link ClusterBuilder#BRANCH} branches) in two clusterings from different seeds, and a
 * log-frequency bucket in the unlabelled corpus.
 */
public final class WordClusters {
    /** Empty map for models trained without clusters. */
    public static final WordClusters NONE = new WordClusters(new HashMap<>());
    private final Map<String, Integer> codes; // path (12 bits) | path of a second clustering << 12 | bucket << 24

    WordClusters(Map<String, Integer> codes) {
        this.codes = codes;
    }

    public int size() {
        return codes.size();
    }

    /** Packed code of the folded word, or -1 when unknown. */
    public int code(String folded) {
        Integer c = codes.get(folded);
        return c == null ? -1 : c;
    }

    static int path(int code) {
        return code & 0xFFF;
    }

    /** Path in the second clustering (another k-means seed), for less seed-dependent features. */
    static int path2(int code) {
        return (code >>> 12) & 0xFFF;
    }

    static int bucket(int code) {
        return (code >>> 24) & 0x3F;
    }

    static int pack(int path, int path2, int bucket) {
        return path | path2 << 12 | Math.min(bucket, 31) << 24;
    }

    /** Writes {@code word<TAB>path<TAB>bucket<TAB>path2} lines, gzipped. */
    public void save(Path file) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            for (var e : new java.util.TreeMap<>(codes).entrySet()) {
                w.write(e.getKey() + "\t" + path(e.getValue()) + "\t" + bucket(e.getValue()) + "\t" + path2(e.getValue()) + "\n");
            }
        }
    }

    public static WordClusters load(Path file) throws IOException {
        Map<String, Integer> m = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] p = line.split("\t");
                m.put(p[0], pack(Integer.parseInt(p[1]), p.length > 3 ? Integer.parseInt(p[3]) : 0, Integer.parseInt(p[2])));
            }
        }
        return new WordClusters(m);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(codes.size());
        for (var e : codes.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    static WordClusters read(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, Integer> m = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String k = in.readUTF();
            m.put(k, in.readInt());
        }
        return new WordClusters(m);
    }
}
