package org.isnad.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.isnad.core.model.Article;
import org.isnad.core.stage.StoryGrouper;
import org.junit.jupiter.api.Test;

/** The kept-sum clustering merges exactly as rescanning every pair after each merge did. */
class AverageLinkageTest {
    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

    @Test
    void groupsEqualThoseOfRescanningEveryPair() throws IOException {
        List<Article> articles = invented(320, new Random(7));
        articles.addAll(SimilarityStoryGrouperTest.seeds());
        SimilarityStoryGrouper grouper = new SimilarityStoryGrouper();
        List<StoryGrouper.Group> plain = plainGroups(articles, grouper.similarities(articles),
                SimilarityStoryGrouper.DEFAULT_THRESHOLD);
        List<StoryGrouper.Group> fast = grouper.group(articles);
        assertEquals(plain, fast);
        assertTrue(fast.size() > 20 && fast.size() < articles.size() - 50, "real merging: " + fast.size());
    }

    @Test
    void equalAveragesMergeAsThePlainScanDid() {
        // two blocks of three at 0.5, 0.3 across: the plain scan takes the last tied pair, so merges
        // {4,5}, then {3,4,5}, then {1,2}, then {0,1,2}, then both blocks (members in merge order)
        int n = 6;
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sim[i][j] = i == j ? 0 : (i < 3) == (j < 3) ? 0.5 : 0.3;
            }
        }
        List<List<Integer>> clusters = AverageLinkage.cluster(copy(sim), 0.2);
        assertEquals(List.of(List.of(0, 1, 2, 3, 4, 5)), clusters);
        List<List<Integer>> twoBlocks = AverageLinkage.cluster(copy(sim), 0.4);
        assertEquals(List.of(List.of(0, 1, 2), List.of(3, 4, 5)), twoBlocks);
    }

    private static double[][] copy(double[][] sim) {
        double[][] out = new double[sim.length][];
        for (int i = 0; i < sim.length; i++) {
            out[i] = sim[i].clone();
        }
        return out;
    }

    /** Articles on invented events: words mostly from their event's vocabulary, some exact repeats. */
    static List<Article> invented(int count, Random r) {
        List<List<String>> events = new ArrayList<>();
        for (int e = 0; e < count / 6; e++) {
            List<String> vocab = new ArrayList<>();
            for (int w = 0; w < 25; w++) {
                vocab.add(word(r));
            }
            events.add(vocab);
        }
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i % 17 == 16) {
                Article prev = out.get(out.size() - 1);
                out.add(new Article("x" + i, "x" + i, null, prev.title(), prev.published(), "ar", prev.text(), List.of()));
                continue;
            }
            List<String> vocab = events.get(r.nextInt(events.size()));
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                List<String> from = r.nextInt(10) < 7 ? vocab : events.get(r.nextInt(events.size()));
                text.append(from.get(r.nextInt(from.size()))).append(w % 10 == 9 ? ".\n" : " ");
            }
            LocalDate day = r.nextInt(5) == 0 ? null : LocalDate.of(2018, 6, 1).plusDays(r.nextInt(40));
            out.add(SimilarityStoryGrouperTest.article("x" + i, text.toString(), day));
        }
        return out;
    }

    private static String word(Random r) {
        StringBuilder w = new StringBuilder();
        for (int k = 3 + r.nextInt(4); k > 0; k--) {
            w.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
        }
        return w.toString();
    }

    /** The clustering as it was: after each merge, every cluster pair's average summed again. */
    static List<StoryGrouper.Group> plainGroups(List<Article> articles, double[][] sim, double threshold) {
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            clusters.add(new ArrayList<>(List.of(i)));
        }
        while (true) {
            int bestA = -1;
            int bestB = -1;
            double best = threshold;
            for (int a = 0; a < clusters.size(); a++) {
                for (int b = a + 1; b < clusters.size(); b++) {
                    double s = 0;
                    for (int i : clusters.get(a)) {
                        for (int j : clusters.get(b)) {
                            s += sim[i][j];
                        }
                    }
                    s /= clusters.get(a).size() * clusters.get(b).size();
                    if (s >= best) {
                        best = s;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            clusters.get(bestA).addAll(clusters.remove(bestB));
        }
        List<StoryGrouper.Group> groups = new ArrayList<>();
        for (List<Integer> c : clusters) {
            c.sort(Comparator.naturalOrder());
            int central = c.get(0);
            double bestScore = -1;
            for (int i : c) {
                double s = 0;
                for (int j : c) {
                    s += i == j ? 0 : sim[i][j];
                }
                if (s > bestScore) {
                    bestScore = s;
                    central = i;
                }
            }
            groups.add(new StoryGrouper.Group(c, articles.get(central).title()));
        }
        groups.sort(Comparator.comparing(g -> g.members().get(0)));
        return groups;
    }
}
