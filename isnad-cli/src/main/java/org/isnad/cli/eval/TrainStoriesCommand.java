package org.isnad.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isnad.core.model.Article;
import org.isnad.core.model.Mention;
import org.isnad.core.stage.StoryGrouper;
import org.isnad.eval.BCubed;
import org.isnad.eval.Gold;
import org.isnad.pipeline.Pipeline;
import org.isnad.stories.DocumentFrequencies;
import org.isnad.stories.OnlineStoryGrouper;
import org.isnad.stories.StoryModel;
import org.isnad.stories.StoryTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train stories --gold DEV...}: learns the online story grouper's weights from the dev half of
 * the stories gold (logistic regression over teacher-forced article–story pairs), then sets the join
 * threshold and the storyline threshold by grid search of B-cubed F1 on the same dev windows, and
 * writes the model with its provenance. Never give it test files.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Train the online story grouper on stories gold (dev half only).")
public final class TrainStoriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "GOLD", description = "dev stories gold files (eval/gold/stories-w1.json eval/gold/stories-w3.json)")
    List<Path> gold;

    @picocli.CommandLine.Mixin
    GoldRun stream = new GoldRun();

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "isnad-stories/src/main/resources/org/isnad/stories/story-model.tsv",
            description = "model file to write (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--window-days", defaultValue = "3", description = "days a story stays open without new articles (default: ${DEFAULT-VALUE})")
    double windowDays;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Pipeline pipeline = Pipeline.standard();
            List<StoryTraining.Window> windows = new ArrayList<>();
            List<Gold.Stories> golds = new ArrayList<>();
            for (Path g : gold) {
                Gold.Stories stories = Gold.readStories(g);
                if (!"dev".equals(stories.split())) {
                    err.println("train stories: " + g + " is a " + stories.split() + " file; train on dev files only");
                    return 2;
                }
                golds.add(stories);
                Map<String, String> goldOf = new HashMap<>();
                Map<String, String> lineOf = new HashMap<>();
                stories.stories().forEach(s -> s.articles().forEach(a -> {
                    goldOf.put(a, s.id());
                    lineOf.put(a, s.storyline());
                }));
                List<Article> articles = stream.prepare(pipeline, stories.articles(), null, null).articles();
                List<Mention> mentions = pipeline.recognize(articles);
                windows.add(new StoryTraining.Window(articles, mentions,
                        articles.stream().map(a -> goldOf.get(a.source())).toList(),
                        articles.stream().map(a -> lineOf.get(a.source())).toList()));
            }
            DocumentFrequencies df = DocumentFrequencies.bundled();
            StoryTraining.Pairs pairs = StoryTraining.pairs(windows, df, windowDays);
            double[] w = StoryTraining.fit(pairs, 1e-3, 3000, 2.0);
            double[] lw = StoryTraining.fit(pairs.line(), 1e-3, 3000, 2.0);
            o.printf(Locale.ROOT, "pairs: %d (%d positive); storyline pairs: %d (%d positive)%n", pairs.x().size(),
                    pairs.positives(), pairs.lineX().size(), pairs.line().positives());
            StoryModel model = new StoryModel(w, lw, 0.5, 1.0, 1.0, windowDays, Map.of());
            double bestT = 0.5;
            double bestF = -1;
            for (int i = 2; i <= 18; i++) {
                double t = i * 0.05;
                double f = score(windows, golds, model.withThresholds(t, 0), df, false);
                o.printf(Locale.ROOT, "  threshold %.2f: dev story B3 F1 %.4f%n", t, f);
                if (f > bestF + 1e-9) {
                    bestF = f;
                    bestT = t;
                }
            }
            double bestM = 1.0;
            double bestMF = bestF;
            for (int i = 6; i <= 19; i++) {
                double m = i * 0.05;
                double f = score(windows, golds, model.withThresholds(bestT, 0).withMergeThreshold(m), df, false);
                o.printf(Locale.ROOT, "  merge threshold %.2f: dev story B3 F1 %.4f%n", m, f);
                if (f > bestMF + 1e-9) {
                    bestMF = f;
                    bestM = m;
                }
            }
            model = model.withMergeThreshold(bestM);
            bestF = bestMF;
            double bestL = 1.0;
            double bestLF = -1;
            for (int i = 1; i <= 20; i++) {
                double t = i * 0.05;
                double f = score(windows, golds, model.withThresholds(bestT, t), df, true);
                if (f > bestLF + 1e-9) {
                    bestLF = f;
                    bestL = t;
                }
            }
            Map<String, String> provenance = new LinkedHashMap<>();
            provenance.put("method", "online assignment; logistic regression over teacher-forced article-story candidate pairs "
                    + "(batch gradient descent from zero, L2 0.001, 3000 steps, rate 2.0; deterministic, no seed); "
                    + "thresholds by grid search of B3 F1 (join, then late merge, then storyline) on the same dev windows");
            provenance.put("features", StoryTraining.featureNames());
            provenance.put("data", String.join(" ", gold.stream().map(Path::toString).toList()) + " (dev half of the stories gold) over " + stream.data.getFileName());
            provenance.put("pairs", pairs.x().size() + " (" + pairs.positives() + " positive); storyline pairs "
                    + pairs.lineX().size() + " (" + pairs.line().positives() + " positive)");
            provenance.put("devStoryF1", String.format(Locale.ROOT, "%.4f", bestF));
            provenance.put("devStorylineF1", String.format(Locale.ROOT, "%.4f", bestLF));
            provenance.put("trained", LocalDate.now().toString());
            provenance.put("command", "bin/isnad train stories --gold " + String.join(" ", gold.stream().map(Path::toString).toList()));
            StoryModel trained = model.withThresholds(bestT, bestL).withProvenance(provenance);
            trained.write(out);
            o.printf(Locale.ROOT, "threshold %.2f, merge threshold %.2f (dev story B3 F1 %.4f), storyline threshold %.2f (dev storyline B3 F1 %.4f)%n",
                    bestT, bestM, bestF, bestL, bestLF);
            o.println("wrote " + out);
            o.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("train stories: " + e.getMessage());
            return 1;
        }
    }

    private static double score(List<StoryTraining.Window> windows, List<Gold.Stories> golds, StoryModel model,
                                DocumentFrequencies df, boolean storylines) {
        OnlineStoryGrouper grouper = new OnlineStoryGrouper(df, model);
        List<BCubed> parts = new ArrayList<>();
        for (int k = 0; k < windows.size(); k++) {
            StoryTraining.Window w = windows.get(k);
            List<StoryGrouper.Group> groups = grouper.group(w.articles(), w.mentions());
            Map<String, String> pred = new HashMap<>();
            for (int i = 0; i < groups.size(); i++) {
                for (int m : groups.get(i).members()) {
                    pred.put(w.articles().get(m).source(), storylines ? groups.get(i).storyline() : "p" + i);
                }
            }
            Map<String, String> goldMap = new HashMap<>();
            golds.get(k).stories().forEach(s -> s.articles().forEach(a -> goldMap.put(a, storylines ? s.storyline() : s.id())));
            parts.add(BCubed.score(goldMap, pred));
        }
        return BCubed.pool(parts).f1();
    }
}
