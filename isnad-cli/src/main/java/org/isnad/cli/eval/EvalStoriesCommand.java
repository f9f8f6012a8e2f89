package org.isnad.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isnad.core.model.Article;
import org.isnad.core.stage.StoryGrouper;
import org.isnad.eval.BCubed;
import org.isnad.eval.Gold;
import org.isnad.eval.StoryScorer;
import org.isnad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval stories --gold FILE...}: groups each stories gold's articles (in publication order) with
 * Isnad's grouper, or reads a dossier's grouping with {@code --dossier}, and prints B-cubed against
 * the gold's stories and storylines, the worst clusters, and a last line
 * {@code stories B3 F1 = 0.NN (P 0.NN R 0.NN) storyline B3 F1 = 0.NN on GOLD}.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "Score story grouping against a stories gold (eval/gold/stories-*.json).")
public final class EvalStoriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    org.isnad.cli.GrouperOption grouper = new org.isnad.cli.GrouperOption();

    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "GOLD", description = "stories gold files (e.g. eval/gold/stories-w1.json)")
    List<Path> gold;

    @picocli.CommandLine.Mixin
    GoldRun stream = new GoldRun();

    @Option(names = "--dossier", paramLabel = "FILE", description = "score this dossier.json (article sources = ANT ids) instead of running the grouper")
    Path dossier;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<StoryScorer.Result> results = new ArrayList<>();
        try {
            Pipeline pipeline = dossier == null ? grouper.apply(Pipeline.standard()) : null;
            JsonNode predicted = dossier == null ? null : new ObjectMapper().readTree(dossier.toFile());
            for (Path g : gold) {
                Gold.Stories stories = Gold.readStories(g);
                Map<String, String> story = new HashMap<>();
                Map<String, String> storyline = new HashMap<>();
                Map<String, String> labels = new HashMap<>();
                if (predicted != null) {
                    fromDossier(predicted, story, storyline, labels);
                } else {
                    Pipeline.Prepared prepared = stream.prepare(pipeline, stories.articles(), null, null);
                    GoldRun.errorLines(prepared.errors()).forEach(out::println);
                    List<Article> articles = prepared.articles();
                    List<StoryGrouper.Group> groups = pipeline.group(articles);
                    for (int i = 0; i < groups.size(); i++) {
                        for (int m : groups.get(i).members()) {
                            Article a = articles.get(m);
                            story.put(a.source(), "p" + i);
                            String line = groups.get(i).storyline();
                            storyline.put(a.source(), line != null ? line : "p" + i);
                            labels.put(a.source(), a.title());
                        }
                    }
                }
                StoryScorer.Result r = StoryScorer.score(stories, story, storyline, labels);
                r.report().forEach(out::println);
                results.add(r);
            }
        } catch (IOException | RuntimeException e) {
            err.println("eval stories: " + e.getMessage());
            return 1;
        }
        BCubed s = BCubed.pool(results.stream().map(StoryScorer.Result::stories).toList());
        BCubed l = BCubed.pool(results.stream().map(StoryScorer.Result::storylines).toList());
        out.printf(Locale.ROOT, "stories B3 F1 = %.2f (P %.2f R %.2f) storyline B3 F1 = %.2f on %s%n",
                s.f1(), s.precision(), s.recall(), l.f1(), names(gold));
        out.flush();
        return 0;
    }

    static String names(List<Path> files) {
        return String.join(",", files.stream().map(Path::toString).toList());
    }

    private static void fromDossier(JsonNode d, Map<String, String> story, Map<String, String> storyline,
                                    Map<String, String> labels) {
        Map<String, String> antOf = new HashMap<>();
        for (JsonNode a : d.path("articles")) {
            antOf.put(a.path("id").asText(), a.path("source").asText());
            labels.put(a.path("source").asText(), a.path("title").asText());
        }
        for (JsonNode s : d.path("stories")) {
            String line = s.path("storyline").asText(s.path("id").asText());
            for (JsonNode a : s.path("articles")) {
                String ant = antOf.get(a.asText());
                if (ant != null) {
                    story.put(ant, s.path("id").asText());
                    storyline.put(ant, line);
                }
            }
        }
    }
}
