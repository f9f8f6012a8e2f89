package org.isnad.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link NerModel} with the averaged structured perceptron (Collins 2002): Viterbi decoding
 * under the current weights, additive updates towards the gold sequence, weights averaged over all
 * steps. Sentence order is shuffled per epoch from a fixed seed, so training is reproducible.
 * Two-pass models train the second pass on first-pass tags predicted out of fold (5 contiguous folds),
 * so that its document-memory features look at training time as they will at run time.
 */
public final class NerTrainer {
    /**
     * Training settings. {@code minCount}: features seen fewer times in training are dropped;
     * {@code oPenalty}: see {@link NerModel#oPenalty()}, applied when the trained model decodes (the
     * out-of-fold first passes that feed the second pass's training decode without it); {@code window}: document window in sentences
     * for the second pass (0 = one pass only); {@code runs}: independent perceptron runs per pass (sentence
     * orders from seed, seed + 7919, ...) whose averaged weights are averaged again (1 = the plain perceptron).
     */
    public record Settings(int epochs, long seed, int minCount, FeatureConfig features, float oPenalty, int window,
                           int runs) {
        /** One perceptron run per stage. */
        public Settings(int epochs, long seed, int minCount, FeatureConfig features, float oPenalty, int window) {
            this(epochs, seed, minCount, features, oPenalty, window, 1);
        }
    }

    static final int FOLDS = 5;
    private final Settings settings;
    private final WordClusters clusters;
    private final Gazetteer gazetteer;
    private Consumer<String> log = s -> { };

    public NerTrainer(Settings settings, WordClusters clusters, Gazetteer gazetteer) {
        this.settings = settings;
        this.clusters = clusters;
        this.gazetteer = gazetteer;
    }

    public NerTrainer log(Consumer<String> sink) {
        this.log = sink;
        return this;
    }

    /**
     * Trains on {@code train}; when {@code dev} is not empty, logs its F1 after each epoch and for
     * a range of O penalties (for choosing settings on held-out training data).
     */
    public NerModel train(List<TaggedSentence> train, List<TaggedSentence> dev, String provenance) {
        String[] tags = tagSet(train);
        FeatureExtractor fx = new FeatureExtractor(clusters, gazetteer, settings.features());
        List<String[]> tokens = new ArrayList<>();
        for (TaggedSentence s : train) {
            tokens.add(s.tokens().toArray(String[]::new));
        }
        List<long[][]> feats = new ArrayList<>();
        for (String[] s : tokens) {
            feats.add(fx.extract(s));
        }
        log.accept("pass 1 on " + train.size() + " sentences, tags: " + String.join(" ", tags));
        LinearStage first = trainStage(tags, train, feats, dev, null, provenance);
        NerModel model = new NerModel(provenance, tags, settings.features(), first, null, settings.window(),
            clusters, gazetteer, 0f);
        if (settings.window() > 0) {
            List<String[]> oof = new ArrayList<>(Collections.nCopies(train.size(), null));
            for (int f = 0; f < FOLDS; f++) {
                int lo = train.size() * f / FOLDS, hi = train.size() * (f + 1) / FOLDS;
                List<TaggedSentence> part = new ArrayList<>(train.subList(0, lo));
                part.addAll(train.subList(hi, train.size()));
                List<long[][]> partFeats = new ArrayList<>(feats.subList(0, lo));
                partFeats.addAll(feats.subList(hi, feats.size()));
                LinearStage st = trainStage(tags, part, partFeats, List.of(), null, provenance);
                NerModel m = new NerModel(provenance, tags, settings.features(), st, null, 0, clusters, gazetteer, 0f);
                for (int i = lo; i < hi; i++) {
                    oof.set(i, m.tag(tokens.get(i)));
                }
                log.accept("out-of-fold first pass " + (f + 1) + "/" + FOLDS);
            }
            int[][] memory = DocumentMemory.compute(tokens, oof, settings.window());
            List<long[][]> feats2 = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                feats2.add(fx.extract(tokens.get(i), memory[i]));
            }
            log.accept("pass 2 (document memory, window " + settings.window() + ")");
            LinearStage second = trainStage(tags, train, feats2, List.of(), first, provenance);
            model = new NerModel(provenance, tags, settings.features(), first, second, settings.window(), clusters,
                gazetteer, 0f);
        }
        if (!dev.isEmpty()) {
            StringBuilder sb = new StringBuilder("held-out F1 by O penalty:");
            for (float pen : new float[] {0, 4, 8, 12, 16, 20, 25, 30}) {
                sb.append(String.format(" %.0f:%.2f", pen,
                    NerEvaluator.scoreModel(model.withOPenalty(pen), dev).score(null).f1()));
            }
            log.accept(sb.toString());
        }
        return model.withOPenalty(settings.oPenalty());
    }

    private LinearStage trainStage(String[] tags, List<TaggedSentence> train, List<long[][]> raw,
                                   List<TaggedSentence> dev, LinearStage firstForDev, String provenance) {
        Map<String, Integer> tagIndex = new HashMap<>();
        for (int i = 0; i < tags.length; i++) {
            tagIndex.put(tags[i], i);
        }
        int t = tags.length;
        LongIntMap counts = new LongIntMap(1 << 20);
        int[] countVals = new int[1 << 20];
        for (long[][] f : raw) {
            for (long[] tok : f) {
                for (long h : tok) {
                    int i = counts.get(h);
                    if (i < 0) {
                        i = counts.size();
                        counts.put(h, i);
                        if (i == countVals.length) {
                            countVals = Arrays.copyOf(countVals, i * 2);
                        }
                    }
                    countVals[i]++;
                }
            }
        }
        LongIntMap dict = new LongIntMap(counts.size());
        long[] keys = counts.keysByValue();
        for (int i = 0; i < keys.length; i++) {
            if (countVals[i] >= settings.minCount()) {
                dict.put(keys[i], dict.size());
            }
        }
        int nf = dict.size();
        int[][][] x = new int[train.size()][][];
        int[][] y = new int[train.size()][];
        for (int s = 0; s < train.size(); s++) {
            long[][] f = raw.get(s);
            x[s] = new int[f.length][];
            y[s] = new int[f.length];
            for (int i = 0; i < f.length; i++) {
                x[s][i] = Arrays.stream(f[i]).mapToInt(dict::get).filter(v -> v >= 0).toArray();
                y[s][i] = tagIndex.get(train.get(s).tags().get(i));
            }
        }
        boolean[][] allowed = NerModel.allowedTransitions(tags);
        int runs = Math.max(1, settings.runs());
        double[] sumW = runs > 1 ? new double[nf * t] : null;
        double[] sumT = runs > 1 ? new double[(t + 1) * t] : null;
        double[] w = null, wa = null, tr = null, tra = null;
        long c = 1 + (long) settings.epochs() * train.size(); // update steps + 1, as counted in trainRun
        for (int run = 0; run < runs; run++) {
            w = new double[nf * t];
            wa = new double[nf * t];
            tr = new double[(t + 1) * t];
            tra = new double[(t + 1) * t];
            Random rnd = new Random(settings.seed() + 7919L * run);
            trainRun(t, tags, dict, x, y, allowed, w, wa, tr, tra, rnd, dev, provenance, run);
            if (runs > 1) {
                for (int i = 0; i < w.length; i++) {
                    sumW[i] += (w[i] - wa[i] / c) / runs;
                }
                for (int i = 0; i < tr.length; i++) {
                    sumT[i] += (tr[i] - tra[i] / c) / runs;
                }
            }
        }
        if (runs > 1) {
            // averaged weights of independent runs (different sentence orders), as w with wa = 0
            return average(t, dict, sumW, new double[sumW.length], sumT, new double[sumT.length], c);
        }
        return average(t, dict, w, wa, tr, tra, c);
    }

    /** One averaged-perceptron run over {@code x, y} in the order drawn from {@code rnd}; fills the weight arrays. */
    private void trainRun(int t, String[] tags, LongIntMap dict, int[][][] x, int[][] y, boolean[][] allowed,
                          double[] w, double[] wa, double[] tr, double[] tra, Random rnd,
                          List<TaggedSentence> dev, String provenance, int run) {
        int nSent = y.length;
        long c = 1;
        Integer[] order = new Integer[nSent];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        float[] trf = new float[tr.length];
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            Collections.shuffle(Arrays.asList(order), rnd);
            int errors = 0;
            for (int s : order) {
                int n = y[s].length;
                float[] emit = new float[n * t];
                for (int i = 0; i < n; i++) {
                    for (int f : x[s][i]) {
                        for (int k = 0; k < t; k++) {
                            emit[i * t + k] += (float) w[f * t + k];
                        }
                    }
                }
                for (int k = 0; k < tr.length; k++) {
                    trf[k] = (float) tr[k];
                }
                int[] pred = NerModel.viterbi(emit, n, t, trf, allowed);
                for (int i = 0; i < n; i++) {
                    int g = y[s][i], p = pred[i];
                    if (g != p) {
                        errors++;
                        for (int f : x[s][i]) {
                            w[f * t + g] += 1;
                            wa[f * t + g] += c;
                            w[f * t + p] -= 1;
                            wa[f * t + p] -= c;
                        }
                    }
                    int gp = i == 0 ? 0 : y[s][i - 1] + 1;
                    int pp = i == 0 ? 0 : pred[i - 1] + 1;
                    if (g != p || gp != pp) {
                        tr[gp * t + g] += 1;
                        tra[gp * t + g] += c;
                        tr[pp * t + p] -= 1;
                        tra[pp * t + p] -= c;
                    }
                }
                c++;
            }
            String msg = (run > 0 ? "run " + (run + 1) + " " : "") + "epoch " + epoch + ": token errors " + errors;
            if (!dev.isEmpty() && run == 0) {
                LinearStage st = average(t, dict, w, wa, tr, tra, c);
                NerModel m = new NerModel(provenance, tags, settings.features(), st, null, 0, clusters, gazetteer, 0f);
                msg += String.format(", held-out F1 %.2f", NerEvaluator.scoreModel(m, dev).score(null).f1());
            }
            log.accept(msg);
        }
    }

    /** Averaged weights; features whose averaged weights are all zero are dropped. */
    private static LinearStage average(int t, LongIntMap dict, double[] w, double[] wa, double[] tr, double[] tra, long c) {
        long[] keys = dict.keysByValue();
        LongIntMap kept = new LongIntMap(keys.length);
        float[] kw = new float[w.length];
        float[] row = new float[t];
        for (int f = 0; f < keys.length; f++) {
            boolean any = false;
            for (int k = 0; k < t; k++) {
                row[k] = (float) (w[f * t + k] - wa[f * t + k] / c);
                any |= row[k] != 0f;
            }
            if (any) {
                System.arraycopy(row, 0, kw, kept.size() * t, t);
                kept.put(keys[f], kept.size());
            }
        }
        float[] at = new float[tr.length];
        for (int i = 0; i < tr.length; i++) {
            at[i] = (float) (tr[i] - tra[i] / c);
        }
        return new LinearStage(kept, Arrays.copyOf(kw, kept.size() * t), at);
    }

    /** O first, then B-/I- pairs of every type in training, sorted. */
    static String[] tagSet(List<TaggedSentence> data) {
        java.util.TreeSet<String> types = new java.util.TreeSet<>();
        for (TaggedSentence s : data) {
            for (String tag : s.tags()) {
                if (!tag.equals("O")) {
                    types.add(TagMaps.type(tag));
                }
            }
        }
        List<String> out = new ArrayList<>();
        out.add("O");
        for (String ty : types) {
            out.add("B-" + ty);
            out.add("I-" + ty);
        }
        return out.toArray(String[]::new);
    }
}
