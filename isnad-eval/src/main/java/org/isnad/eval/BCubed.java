package org.isnad.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against gold (Bagga &amp; Baldwin 1998): for each
 * item, the share of its predicted cluster that is in its gold cluster (precision) and the share of
 * its gold cluster that is in its predicted cluster (recall), averaged over the gold's items. An item
 * the prediction lacks counts as a cluster of its own.
 */
public record BCubed(double precision, double recall, int items) {
    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** Scores {@code predicted} (item → cluster) against {@code gold} (item → cluster) over gold's items. */
    public static BCubed score(Map<String, String> gold, Map<String, String> predicted) {
        Map<String, String> pred = new HashMap<>();
        for (String item : gold.keySet()) {
            String cluster = predicted.get(item);
            pred.put(item, cluster == null ? "\u0000missing:" + item : cluster);
        }
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (String item : gold.keySet()) {
            goldSize.merge(gold.get(item), 1, Integer::sum);
            predSize.merge(pred.get(item), 1, Integer::sum);
            both.merge(gold.get(item) + "\u0001" + pred.get(item), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (String item : gold.keySet()) {
            int shared = both.get(gold.get(item) + "\u0001" + pred.get(item));
            p += shared / (double) predSize.get(pred.get(item));
            r += shared / (double) goldSize.get(gold.get(item));
        }
        int n = gold.size();
        return n == 0 ? new BCubed(0, 0, 0) : new BCubed(p / n, r / n, n);
    }

    /** Pools item-weighted scores of several gold files. */
    public static BCubed pool(Iterable<BCubed> parts) {
        double p = 0;
        double r = 0;
        int n = 0;
        for (BCubed b : parts) {
            p += b.precision * b.items;
            r += b.recall * b.items;
            n += b.items;
        }
        return n == 0 ? new BCubed(0, 0, 0) : new BCubed(p / n, r / n, n);
    }
}
