package org.isnad.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.InputError;
import org.isnad.eval.DossierScorer;
import org.isnad.eval.Gold;
import org.isnad.output.DossierJson;
import org.isnad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval dossier --gold FILE...}: analyses each analysis gold's window (every
 * middleEast/internationalNews article of its days, so stories form among real neighbours) and scores
 * the dossier over the gold's articles: one line per layer, then
 * {@code dossier eval: claims P R | events P R | contradictions P R | aliases R false-merges | keypoint-support P on GOLD}.
 */
@Command(name = "dossier", mixinStandardHelpOptions = true,
        description = "Score entities, claims, events, contradictions and key points against an analysis gold (eval/gold/analysis-*.json).")
public final class EvalDossierCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    org.isnad.cli.GrouperOption grouper = new org.isnad.cli.GrouperOption();

    @Option(names = "--gold", required = true, arity = "1..*", paramLabel = "GOLD", description = "analysis gold files (e.g. eval/gold/analysis-w1.json)")
    List<Path> gold;

    @picocli.CommandLine.Mixin
    GoldRun stream = new GoldRun();

    @Option(names = "--dossier", paramLabel = "FILE", description = "score this dossier.json (article sources = ANT ids) instead of analysing")
    Path dossier;

    @Option(names = "--gold-articles-only", description = "analyse only the gold's own articles, not their whole window")
    boolean goldOnly;

    @Option(names = "--out", paramLabel = "DIR", description = "also write each analysed window's dossier.json under DIR/<gold name>/")
    Path outDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<DossierScorer.Part> parts = new ArrayList<>();
        try {
            Pipeline pipeline = dossier == null ? grouper.apply(Pipeline.standard()) : null;
            JsonNode given = dossier == null ? null : new ObjectMapper().readTree(dossier.toFile());
            for (Path g : gold) {
                Gold.Analysis analysis = Gold.readAnalysis(g);
                JsonNode json = given != null ? given : analyse(pipeline, analysis, g, out);
                DossierScorer.Result r = DossierScorer.score(json, analysis);
                out.println("== " + g + " (" + analysis.split() + ")");
                r.report().forEach(l -> out.println("  " + l));
                parts.add(new DossierScorer.Part(json, analysis));
            }
        } catch (IOException | RuntimeException e) {
            err.println("eval dossier: " + e.getMessage());
            return 1;
        }
        DossierScorer.Result pooled = DossierScorer.score(parts);
        if (parts.size() > 1) {
            out.println("== pooled over " + parts.size() + " gold files");
            pooled.report().stream().takeWhile(l -> !l.startsWith("details")).forEach(l -> out.println("  " + l));
        }
        out.println(pooled.summary(EvalStoriesCommand.names(gold)));
        out.flush();
        return 0;
    }

    private JsonNode analyse(Pipeline pipeline, Gold.Analysis analysis, Path g, PrintWriter out) throws IOException {
        Pipeline.Prepared prepared = goldOnly || analysis.from() == null
                ? stream.prepare(pipeline, analysis.articles(), null, null)
                : stream.prepare(pipeline, analysis.articles(), analysis.from(), analysis.to());
        List<InputError> errors = new ArrayList<>(prepared.errors());
        Dossier d = pipeline.analyze(prepared.articles(), errors, Pipeline.Progress.NONE);
        if (outDir != null) {
            new DossierJson().write(d, outDir.resolve(g.getFileName().toString().replace(".json", "")));
        }
        out.println(g + ": analysed " + prepared.articles().size() + " articles");
        return DossierJson.toJson(d);
    }
}
