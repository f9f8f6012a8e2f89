package org.isnad.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained linear-chain tagger over BIO tags, decoded by Viterbi restricted to well-formed BIO.
 * Optionally two-pass: the second pass adds {@link DocumentMemory} features (what the first pass said
 * about other occurrences of the word in the document). Carries the resources its features need
 * (word clusters, gazetteer) and its provenance. Immutable; thread-safe.
 */
public final class NerModel {
    static final String MAGIC = "ISNAD-NER";
    static final int FORMAT = 2;
    private final String provenance;
    private final String[] tags;
    private final FeatureConfig config;
    private final LinearStage first;
    private final LinearStage second; // null: one pass
    private final int window;
    private final WordClusters clusters;
    private final Gazetteer gazetteer;
    private final FeatureExtractor extractor;
    private final boolean[][] allowed;
    private final float oPenalty;

    NerModel(String provenance, String[] tags, FeatureConfig config, LinearStage first, LinearStage second,
             int window, WordClusters clusters, Gazetteer gazetteer, float oPenalty) {
        this.provenance = provenance;
        this.tags = tags.clone();
        this.config = config;
        this.first = first;
        this.second = second;
        this.window = window;
        this.clusters = clusters;
        this.gazetteer = gazetteer;
        this.oPenalty = oPenalty;
        this.extractor = new FeatureExtractor(clusters, gazetteer, config);
        this.allowed = allowedTransitions(tags);
    }

    public String provenance() {
        return provenance;
    }

    public List<String> tags() {
        return List.of(tags);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public WordClusters clusters() {
        return clusters;
    }

    /** Amount subtracted from the O score of every token at decoding (trades precision for recall). */
    public float oPenalty() {
        return oPenalty;
    }

    /** Sentences either side that count as the document when tagging a file without boundaries. */
    public int window() {
        return window;
    }

    /** The same model decoding with another O penalty. */
    public NerModel withOPenalty(float penalty) {
        return new NerModel(provenance, tags, config, first, second, window, clusters, gazetteer, penalty);
    }

    FeatureConfig config() {
        return config;
    }

    /** Features kept in the model (both passes). */
    public int featureCount() {
        return first.features.size() + (second == null ? 0 : second.features.size());
    }

    /** Well-formed BIO: I-X only after B-X or I-X; row 0 is the sentence start. */
    static boolean[][] allowedTransitions(String[] tags) {
        int t = tags.length;
        boolean[][] a = new boolean[t + 1][t];
        for (int p = -1; p < t; p++) {
            for (int c = 0; c < t; c++) {
                boolean ok = true;
                if (tags[c].startsWith("I-")) {
                    ok = p >= 0 && !tags[p].equals("O") && TagMaps.type(tags[p]).equals(TagMaps.type(tags[c]));
                }
                a[p + 1][c] = ok;
            }
        }
        return a;
    }

    /** Tags one sentence as a document of its own. */
    public String[] tag(String[] tokens) {
        return tagDocument(java.util.Collections.singletonList(tokens), 0).get(0);
    }

    /**
     * Tags the sentences of one document; with a two-pass model, the second pass sees the first
     * pass's tags of the sentences within {@code window} either side (use a large window for a real document).
     */
    public List<String[]> tagDocument(List<String[]> sentences, int window) {
        List<String[]> out = new ArrayList<>(sentences.size());
        for (String[] s : sentences) {
            out.add(decode(first, extractor.extract(s)));
        }
        if (second == null) {
            return out;
        }
        int[][] memory = DocumentMemory.compute(sentences, out, window);
        List<String[]> out2 = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            out2.add(decode(second, extractor.extract(sentences.get(i), memory[i])));
        }
        return out2;
    }

    private String[] decode(LinearStage stage, long[][] feats) {
        int t = tags.length;
        int[] best = viterbi(stage.emissions(feats, t, oPenalty), feats.length, t, stage.trans, allowed);
        String[] out = new String[best.length];
        for (int i = 0; i < best.length; i++) {
            out[i] = tags[best[i]];
        }
        return out;
    }

    static int[] viterbi(float[] emit, int n, int t, float[] trans, boolean[][] allowed) {
        if (n == 0) {
            return new int[0];
        }
        float[] score = new float[n * t];
        int[] back = new int[n * t];
        for (int y = 0; y < t; y++) {
            score[y] = allowed[0][y] ? emit[y] + trans[y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < t; y++) {
                float bs = Float.NEGATIVE_INFINITY;
                int bp = 0;
                for (int p = 0; p < t; p++) {
                    if (!allowed[p + 1][y]) {
                        continue;
                    }
                    float s = score[(i - 1) * t + p] + trans[(p + 1) * t + y];
                    if (s > bs) {
                        bs = s;
                        bp = p;
                    }
                }
                score[i * t + y] = bs + emit[i * t + y];
                back[i * t + y] = bp;
            }
        }
        int[] out = new int[n];
        float bs = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < t; y++) {
            if (score[(n - 1) * t + y] > bs) {
                bs = score[(n - 1) * t + y];
                out[n - 1] = y;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            out[i - 1] = back[i * t + out[i]];
        }
        return out;
    }

    /** Writes the model, gzipped. */
    public void save(OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os, 1 << 16), 1 << 16));
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(provenance);
        out.writeInt(config.bits());
        out.writeFloat(oPenalty);
        out.writeInt(window);
        out.writeInt(tags.length);
        for (String s : tags) {
            out.writeUTF(s);
        }
        first.write(out);
        out.writeBoolean(second != null);
        if (second != null) {
            second.write(out);
        }
        clusters.write(out);
        gazetteer.write(out);
        out.flush();
        out.close();
    }

    /** Reads a model written by {@link #save}. */
    public static NerModel load(InputStream is) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(is, 1 << 16), 1 << 16));
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
            throw new IOException("not an Isnad NER model (format " + FORMAT + ")");
        }
        String prov = in.readUTF();
        FeatureConfig cfg = FeatureConfig.ofBits(in.readInt());
        float penalty = in.readFloat();
        int window = in.readInt();
        String[] tags = new String[in.readInt()];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = in.readUTF();
        }
        LinearStage first = LinearStage.read(in, tags.length);
        LinearStage second = in.readBoolean() ? LinearStage.read(in, tags.length) : null;
        WordClusters cl = WordClusters.read(in);
        Gazetteer gz = Gazetteer.read(in);
        return new NerModel(prov, tags, cfg, first, second, window, cl, gz, penalty);
    }
}
