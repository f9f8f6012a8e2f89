package org.isnad.cli.stance;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isnad.claims.stance.LinearModel;
import org.isnad.claims.stance.StanceCsv;
import org.isnad.claims.stance.StanceExample;
import org.isnad.claims.stance.StanceScores;
import org.isnad.claims.stance.StanceTraining;
import org.isnad.claims.stance.TrainedStatementComparer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval stance --data dev.csv}: scores the agree/disagree/other statement classifier on an ANS
 * stance file and prints per-class precision, recall and F1, then
 * {@code stance macro-F1 = NN.NN on FILE} (mean F1 of agree and disagree).
 */
@Command(name = "stance", mixinStandardHelpOptions = true,
        description = "Evaluate the statement stance classifier (agree/disagree) on an ANS stance CSV.")
public final class EvalStanceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV with s1,s2,stance (e.g. ../shared/data/stance/ans/stance/dev.csv)")
    Path data;

    @Option(names = "--model", paramLabel = "FILE", description = "model file (.tsv.gz); default: the shipped model")
    Path model;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<StanceExample> examples;
        TrainedStatementComparer comparer;
        try {
            examples = StanceCsv.read(data);
            comparer = model == null ? TrainedStatementComparer.load() : load(model);
        } catch (IOException e) {
            err.println("stance: " + reason(e));
            return 1;
        }
        if (examples.isEmpty()) {
            err.println("stance: no examples in " + data);
            return 1;
        }
        StanceScores scores = StanceTraining.evaluate(comparer, examples);
        out.println("model: " + comparer.provenance());
        out.print(scores.table());
        out.printf(Locale.ROOT, "accuracy = %.2f (%d pairs)%n", 100 * scores.accuracy(), examples.size());
        out.printf(Locale.ROOT, "stance macro-F1 = %.2f on %s%n", 100 * scores.macroF1AgreeDisagree(), data);
        out.flush();
        return 0;
    }

    /** An I/O failure in words: a missing file is named as such. */
    static String reason(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file: " + e.getMessage() : e.getMessage();
    }

    private static TrainedStatementComparer load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new TrainedStatementComparer(LinearModel.read(in));
        }
    }
}
