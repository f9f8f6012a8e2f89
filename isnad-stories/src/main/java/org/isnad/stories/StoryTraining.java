package org.isnad.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.core.model.Article;
import org.isnad.core.model.Mention;

/**
 * Learns {@link StoryModel}'s weights from gold stories. Pairs come from replaying each window in
 * publication order with the gold's grouping ("teacher forcing"): for every article, each candidate
 * story the index retrieves is a pair, positive when it is the article's gold story. So the model is
 * trained on exactly the choices the online grouper faces. Logistic regression by batch gradient
 * descent from zero weights: deterministic, no random seed involved.
 */
public final class StoryTraining {
    private StoryTraining() {
    }

    /** One labelled window: articles, their names, and each article's gold story and storyline (same order). */
    public record Window(List<Article> articles, List<Mention> mentions, List<String> goldStory, List<String> goldLine) {
        public Window {
            articles = List.copyOf(articles);
            mentions = List.copyOf(mentions);
            goldStory = List.copyOf(goldStory);
            goldLine = List.copyOf(goldLine);
        }
    }

    /** Pairs for joining a story ({@code x, y}) and, for articles opening a story, for continuing a storyline. */
    public record Pairs(List<double[]> x, List<Boolean> y, List<double[]> lineX, List<Boolean> lineY) {
        public Pairs line() {
            return new Pairs(lineX, lineY, List.of(), List.of());
        }

        public long positives() {
            return y.stream().filter(b -> b).count();
        }
    }

    /**
     * Pairs from each window as published and, again, as if undated (no times: what a folder of saved
     * pages gives), so that the model also learns to group without time.
     */
    public static Pairs pairs(List<Window> windows, DocumentFrequencies df, double windowDays) {
        TermVectors vectors = new TermVectors(df);
        List<double[]> xs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        List<double[]> lxs = new ArrayList<>();
        List<Boolean> lys = new ArrayList<>();
        for (Window w : windows) {
            for (boolean undated : new boolean[] {false, true}) {
                replay(w, vectors, windowDays, undated, xs, ys, lxs, lys);
            }
        }
        return new Pairs(xs, ys, lxs, lys);
    }

    private static void replay(Window w, TermVectors vectors, double windowDays, boolean undated,
                               List<double[]> xs, List<Boolean> ys, List<double[]> lxs, List<Boolean> lys) {
        {
            Map<String, List<Mention>> byArticle = new HashMap<>();
            w.mentions().forEach(m -> byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m));
            List<StoryDoc> docs = new ArrayList<>();
            for (int i = 0; i < w.articles().size(); i++) {
                Article a = w.articles().get(i);
                StoryDoc d = StoryDoc.of(i, a, byArticle.getOrDefault(a.id(), List.of()), vectors);
                docs.add(undated ? d.undated() : d);
            }
            StoryAssigner.State st = new StoryAssigner.State();
            for (StoryDoc d : OnlineStoryGrouper.publicationOrder(docs)) {
                StoryAssigner.close(st, d, windowDays);
                String gold = w.goldStory().get(d.index());
                String line = w.goldLine().get(d.index());
                boolean opens = !st.open.containsKey(gold);
                for (StorySummary s : StoryAssigner.candidates(st, d)) {
                    double[] x = PairFeatures.of(d, s);
                    xs.add(x);
                    ys.add(s.id.equals(gold));
                    if (opens) {
                        lxs.add(x);
                        lys.add(s.storyline.equals(line));
                    }
                }
                StorySummary s = st.open.remove(gold);
                if (s == null) {
                    s = new StorySummary(gold, line);
                }
                s.add(d);
                st.open.put(gold, s);
                StoryAssigner.reindex(st, s);
            }
        }
    }

    /** L2-regularized logistic regression, {@code iterations} full-batch gradient steps from zero. */
    public static double[] fit(Pairs p, double l2, int iterations, double rate) {
        int n = p.x().size();
        double[] w = new double[PairFeatures.SIZE];
        for (int it = 0; it < iterations; it++) {
            double[] g = new double[w.length];
            for (int i = 0; i < n; i++) {
                double[] x = p.x().get(i);
                double z = 0;
                for (int j = 0; j < w.length; j++) {
                    z += w[j] * x[j];
                }
                double err = 1 / (1 + Math.exp(-z)) - (p.y().get(i) ? 1 : 0);
                for (int j = 0; j < w.length; j++) {
                    g[j] += err * x[j];
                }
            }
            for (int j = 0; j < w.length; j++) {
                w[j] -= rate * (g[j] / Math.max(1, n) + (j == 0 ? 0 : l2 * w[j]));
            }
        }
        return w;
    }

    public static String featureNames() {
        return String.join(",", PairFeatures.NAMES);
    }
}
