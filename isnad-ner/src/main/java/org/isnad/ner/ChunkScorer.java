package org.isnad.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exact-span chunk scoring as conlleval does it: a chunk starts at B-X, or at I-X that does not
 * continue a chunk of type X (a B-less I- starts a chunk); precision, recall and F1 per type,
 * micro over all chunks and macro over types.
 */
public final class ChunkScorer {
    private final Map<String, int[]> counts = new TreeMap<>(); // type -> {gold, predicted, correct}

    /** Chunks of a BIO tag sequence, conlleval semantics. */
    public static List<Chunk> chunks(List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        String cur = null;
        int start = 0;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String type = TagMaps.type(tag);
            boolean begins = tag.startsWith("B-") || (tag.startsWith("I-") && !type.equals(cur));
            boolean ends = cur != null && (begins || tag.equals("O") || type.isEmpty());
            if (ends) {
                out.add(new Chunk(cur, start, i));
                cur = null;
            }
            if (begins) {
                cur = type;
                start = i;
            }
        }
        return out;
    }

    /** Adds one sentence's gold and predicted tags. */
    public void add(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in length");
        }
        List<Chunk> g = chunks(gold);
        Set<Chunk> p = new HashSet<>(chunks(predicted));
        for (Chunk c : g) {
            counts.computeIfAbsent(c.type(), k -> new int[3])[0]++;
            if (p.contains(c)) {
                counts.get(c.type())[2]++;
            }
        }
        for (Chunk c : p) {
            counts.computeIfAbsent(c.type(), k -> new int[3])[1]++;
        }
    }

    /** Figures for one type, or micro over all types when {@code type} is null. */
    public Score score(String type) {
        int g = 0, p = 0, c = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (type == null || e.getKey().equals(type)) {
                g += e.getValue()[0];
                p += e.getValue()[1];
                c += e.getValue()[2];
            }
        }
        return Score.of(g, p, c);
    }

    /** Types seen in gold or predictions, sorted. */
    public List<String> types() {
        return List.copyOf(counts.keySet());
    }

    /** Mean F1 over the gold types. */
    public double macroF1() {
        double sum = 0;
        int n = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (e.getValue()[0] > 0) {
                sum += score(e.getKey()).f1();
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** Precision, recall and F1 (in percent) with the counts they come from. */
    public record Score(int gold, int predicted, int correct, double precision, double recall, double f1) {
        static Score of(int g, int p, int c) {
            double pr = p == 0 ? 0 : 100.0 * c / p;
            double re = g == 0 ? 0 : 100.0 * c / g;
            double f = pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
            return new Score(g, p, c, pr, re, f);
        }
    }
}
