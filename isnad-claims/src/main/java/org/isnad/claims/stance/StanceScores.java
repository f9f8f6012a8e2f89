package org.isnad.claims.stance;

import java.util.Locale;

/** Confusion counts of predicted against gold stance labels, with per-class precision, recall and F1. */
public final class StanceScores {
    private final int[][] confusion = new int[3][3];

    /** Counts one prediction. */
    public void add(StanceLabel gold, StanceLabel predicted) {
        confusion[gold.ordinal()][predicted.ordinal()]++;
    }

    public double precision(StanceLabel l) {
        int tp = confusion[l.ordinal()][l.ordinal()];
        int predicted = 0;
        for (int[] row : confusion) {
            predicted += row[l.ordinal()];
        }
        return predicted == 0 ? 0 : (double) tp / predicted;
    }

    public double recall(StanceLabel l) {
        int tp = confusion[l.ordinal()][l.ordinal()];
        int gold = 0;
        for (int v : confusion[l.ordinal()]) {
            gold += v;
        }
        return gold == 0 ? 0 : (double) tp / gold;
    }

    public double f1(StanceLabel l) {
        double p = precision(l);
        double r = recall(l);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Mean F1 of agree and disagree, the ANS stance figure. */
    public double macroF1AgreeDisagree() {
        return (f1(StanceLabel.AGREE) + f1(StanceLabel.DISAGREE)) / 2;
    }

    public double accuracy() {
        int ok = 0;
        int all = 0;
        for (int g = 0; g < 3; g++) {
            for (int p = 0; p < 3; p++) {
                all += confusion[g][p];
                if (g == p) {
                    ok += confusion[g][p];
                }
            }
        }
        return all == 0 ? 0 : (double) ok / all;
    }

    /** A per-class table: label, P, R, F1 (percent) and gold count. */
    public String table() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-9s %6s %6s %6s %6s%n", "class", "P", "R", "F1", "gold"));
        for (StanceLabel l : StanceLabel.values()) {
            int gold = 0;
            for (int v : confusion[l.ordinal()]) {
                gold += v;
            }
            sb.append(String.format(Locale.ROOT, "%-9s %6.2f %6.2f %6.2f %6d%n", l.key(),
                    100 * precision(l), 100 * recall(l), 100 * f1(l), gold));
        }
        return sb.toString();
    }
}
