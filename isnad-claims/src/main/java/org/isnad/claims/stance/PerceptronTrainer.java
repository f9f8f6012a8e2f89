package org.isnad.claims.stance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link LinearModel} with the averaged multi-class perceptron (Collins 2002): on each
 * mistake the gold label's weights go up and the predicted label's go down; the model returned is
 * the average of the weights over all steps, which generalizes far better than the last weights.
 * Hand-written because it is a few lines and no small JVM library offers it over string features.
 *
 * @param epochs passes over the data
 * @param seed   seed of the shuffle of each pass, so training is reproducible
 */
public record PerceptronTrainer(int epochs, long seed) {
    /** Trains on {@code data} with {@code features}. */
    public LinearModel train(List<StanceExample> data, StanceFeatures features, Map<String, String> header) {
        int k = StanceLabel.values().length;
        List<List<String>> x = new ArrayList<>();
        for (StanceExample e : data) {
            x.add(features.extract(e.first(), e.second()));
        }
        Map<String, double[]> w = new HashMap<>();
        Map<String, double[]> u = new HashMap<>(); // sum of c * update, for averaging
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        long c = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                List<String> f = x.get(i);
                int gold = data.get(i).label().ordinal();
                int pred = argmax(score(w, f, k));
                if (pred != gold) {
                    for (String name : f) {
                        double[] wv = w.computeIfAbsent(name, n -> new double[k]);
                        double[] uv = u.computeIfAbsent(name, n -> new double[k]);
                        wv[gold] += 1;
                        wv[pred] -= 1;
                        uv[gold] += c;
                        uv[pred] -= c;
                    }
                }
                c++;
            }
        }
        Map<String, float[]> avg = new HashMap<>();
        for (Map.Entry<String, double[]> e : w.entrySet()) {
            double[] wv = e.getValue();
            double[] uv = u.get(e.getKey());
            float[] a = new float[k];
            for (int j = 0; j < k; j++) {
                a[j] = (float) (wv[j] - uv[j] / c);
            }
            avg.put(e.getKey(), a);
        }
        return new LinearModel(avg, header);
    }

    private static double[] score(Map<String, double[]> w, List<String> f, int k) {
        double[] s = new double[k];
        for (String name : f) {
            double[] v = w.get(name);
            if (v != null) {
                for (int j = 0; j < k; j++) {
                    s[j] += v[j];
                }
            }
        }
        return s;
    }

    static int argmax(double[] s) {
        int best = 0;
        for (int j = 1; j < s.length; j++) {
            if (s[j] > s[best]) {
                best = j;
            }
        }
        return best;
    }
}
