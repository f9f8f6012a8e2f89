package org.isnad.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The learned part of online story grouping: logistic-regression weights over {@link PairFeatures} for
 * "this article belongs to that story" ({@code weights}) and, for an article that opens a new story,
 * "its story continues that story's storyline" ({@code lineWeights}); the probability an article needs
 * to join a story ({@code threshold}) and the one a new story needs to join a storyline
 * ({@code storylineThreshold}), and the window in
 * days a story stays open, and the probability at which two open stories are merged late
 * ({@code mergeThreshold}; 1 or more: never). Written by {@code bin/isnad train stories} with its provenance (data, method,
 * seed) in the file.
 */
public record StoryModel(double[] weights, double[] lineWeights, double threshold, double storylineThreshold,
                         double mergeThreshold, double windowDays, Map<String, String> provenance) {
    static final String RESOURCE = "/org/isnad/stories/story-model.tsv";

    public StoryModel {
        if (weights.length != PairFeatures.SIZE) {
            throw new IllegalArgumentException("expected " + PairFeatures.SIZE + " weights, got " + weights.length);
        }
        weights = weights.clone();
        lineWeights = lineWeights.clone();
        if (lineWeights.length != PairFeatures.SIZE) {
            throw new IllegalArgumentException("expected " + PairFeatures.SIZE + " storyline weights, got " + lineWeights.length);
        }
        provenance = Map.copyOf(provenance);
    }

    /** The probability that the article belongs to the story, from their features. */
    double probability(double[] x) {
        return logistic(weights, x);
    }

    /** The probability that a new story continues the candidate's storyline. */
    double storylineProbability(double[] x) {
        return logistic(lineWeights, x);
    }

    private static double logistic(double[] w, double[] x) {
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += w[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public StoryModel withThresholds(double threshold, double storylineThreshold) {
        return new StoryModel(weights, lineWeights, threshold, storylineThreshold, mergeThreshold, windowDays, provenance);
    }

    public StoryModel withMergeThreshold(double merge) {
        return new StoryModel(weights, lineWeights, threshold, storylineThreshold, merge, windowDays, provenance);
    }

    public StoryModel withProvenance(Map<String, String> more) {
        Map<String, String> p = new LinkedHashMap<>(provenance);
        p.putAll(more);
        return new StoryModel(weights, lineWeights, threshold, storylineThreshold, mergeThreshold, windowDays, p);
    }

    /** The shipped model. */
    public static StoryModel bundled() {
        try (InputStream in = StoryModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoryModel read(InputStream in) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> provenance = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String[] kv = line.split("\t", 2);
            if (kv[0].startsWith("provenance.")) {
                provenance.put(kv[0].substring("provenance.".length()), kv[1]);
            } else {
                values.put(kv[0], kv[1]);
            }
        }
        double[] w = new double[PairFeatures.SIZE];
        double[] lw = new double[PairFeatures.SIZE];
        for (int i = 0; i < w.length; i++) {
            w[i] = Double.parseDouble(values.get("w." + PairFeatures.NAMES[i]));
            lw[i] = Double.parseDouble(values.getOrDefault("line." + PairFeatures.NAMES[i], "0"));
        }
        return new StoryModel(w, lw, Double.parseDouble(values.get("threshold")),
                Double.parseDouble(values.get("storylineThreshold")),
                Double.parseDouble(values.getOrDefault("mergeThreshold", "1")), Double.parseDouble(values.get("windowDays")), provenance);
    }

    public void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        provenance.forEach((k, v) -> lines.add("provenance." + k + "\t" + v));
        for (int i = 0; i < weights.length; i++) {
            lines.add("w." + PairFeatures.NAMES[i] + "\t" + String.format(Locale.ROOT, "%.6f", weights[i]));
        }
        for (int i = 0; i < lineWeights.length; i++) {
            lines.add("line." + PairFeatures.NAMES[i] + "\t" + String.format(Locale.ROOT, "%.6f", lineWeights[i]));
        }
        lines.add("threshold\t" + String.format(Locale.ROOT, "%.3f", threshold));
        lines.add("storylineThreshold\t" + String.format(Locale.ROOT, "%.3f", storylineThreshold));
        lines.add("mergeThreshold\t" + String.format(Locale.ROOT, "%.3f", mergeThreshold));
        lines.add("windowDays\t" + String.format(Locale.ROOT, "%.1f", windowDays));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    public String describe() {
        return provenance.getOrDefault("method", "story model") + ", threshold " + threshold;
    }
}
