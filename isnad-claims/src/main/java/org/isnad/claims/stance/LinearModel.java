package org.isnad.claims.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear multi-class model over string features: one weight per (feature, {@link StanceLabel}).
 *
 * <p>File format (gzipped UTF-8 text): header lines {@code # key: value} (provenance, feature
 * options), then {@code feature TAB w_agree TAB w_disagree TAB w_other}, one line per feature.
 */
public final class LinearModel {
    private static final int K = StanceLabel.values().length;
    private final Map<String, float[]> weights;
    private final Map<String, String> header;

    public LinearModel(Map<String, float[]> weights, Map<String, String> header) {
        this.weights = Map.copyOf(weights);
        this.header = Collections.unmodifiableMap(new LinkedHashMap<>(header));
    }

    /** Provenance and options written at the top of the model file. */
    public Map<String, String> header() {
        return header;
    }

    public int size() {
        return weights.size();
    }

    /** One score per label, indexed by {@link StanceLabel#ordinal()}. */
    public double[] scores(List<String> features) {
        double[] s = new double[K];
        for (String f : features) {
            float[] w = weights.get(f);
            if (w != null) {
                for (int k = 0; k < K; k++) {
                    s[k] += w[k];
                }
            }
        }
        return s;
    }

    /** The element-wise mean of several models' weights (a feature missing from one counts as 0 there). */
    public static LinearModel average(List<LinearModel> models, Map<String, String> header) {
        Map<String, float[]> sum = new HashMap<>();
        for (LinearModel m : models) {
            for (Map.Entry<String, float[]> e : m.weights.entrySet()) {
                float[] s = sum.computeIfAbsent(e.getKey(), k -> new float[K]);
                for (int k = 0; k < K; k++) {
                    s[k] += e.getValue()[k] / models.size();
                }
            }
        }
        return new LinearModel(sum, header);
    }

    /** Writes the model, dropping features whose weights are all below {@code minAbs} in magnitude. */
    public void write(OutputStream out, double minAbs) throws IOException {
        List<String> keys = new ArrayList<>(weights.keySet());
        Collections.sort(keys);
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> h : header.entrySet()) {
                w.write("# " + h.getKey() + ": " + h.getValue() + "\n");
            }
            for (String key : keys) {
                float[] v = weights.get(key);
                double max = 0;
                for (float x : v) {
                    max = Math.max(max, Math.abs(x));
                }
                if (max < minAbs || key.contains("\t") || key.contains("\n")) {
                    continue;
                }
                StringBuilder sb = new StringBuilder(key);
                for (float x : v) {
                    sb.append('\t').append(String.format(java.util.Locale.ROOT, "%.4g", x));
                }
                w.write(sb.append('\n').toString());
            }
        }
    }

    /** Reads a model written by {@link #write}. */
    public static LinearModel read(InputStream in) throws IOException {
        Map<String, float[]> weights = new HashMap<>();
        Map<String, String> header = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("# ")) {
                    int colon = line.indexOf(": ");
                    if (colon > 0) {
                        header.put(line.substring(2, colon), line.substring(colon + 2));
                    }
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != K + 1) {
                    throw new IOException("stance model line " + n + ": expected " + (K + 1) + " columns");
                }
                float[] v = new float[K];
                for (int k = 0; k < K; k++) {
                    v[k] = Float.parseFloat(parts[k + 1]);
                }
                weights.put(parts[0], v);
            }
        }
        return new LinearModel(weights, header);
    }
}
