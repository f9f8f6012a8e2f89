package org.isnad.cli.stance;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isnad.claims.stance.LinearModel;
import org.isnad.claims.stance.StanceCsv;
import org.isnad.claims.stance.StanceExample;
import org.isnad.claims.stance.StanceFeatures;
import org.isnad.claims.stance.StanceScores;
import org.isnad.claims.stance.StanceTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train stance --train train.csv --out model.tsv.gz}: trains the statement stance classifier
 * on an ANS train split (never a test split) and writes the model with its provenance header;
 * {@code --cv} first prints 5-fold cross-validated macro-F1 on the same train split.
 */
@Command(name = "stance", mixinStandardHelpOptions = true,
        description = "Train the statement stance classifier on an ANS stance train CSV.")
public final class TrainStanceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--train", required = true, paramLabel = "FILE", description = "train CSV with s1,s2,stance")
    Path train;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "model file to write (.tsv.gz)")
    Path out;

    @Option(names = "--epochs", paramLabel = "N", description = "perceptron passes (default: ${DEFAULT-VALUE})")
    int epochs = StanceTraining.EPOCHS;

    @Option(names = "--cv", description = "also print 5-fold cross-validated macro-F1 on the train split")
    boolean cv;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        try {
            List<StanceExample> data = StanceCsv.read(train);
            if (cv) {
                StanceScores s = StanceTraining.crossValidate(data, StanceFeatures.Options.defaults(), epochs, StanceTraining.SEED, 5);
                o.printf(Locale.ROOT, "train 5-fold cv macro-F1 = %.2f%n", 100 * s.macroF1AgreeDisagree());
            }
            LinearModel model = StanceTraining.train(data, StanceFeatures.Options.defaults(), epochs, StanceTraining.SEED,
                    "ANS stance " + train.getFileName() + " (" + data.size() + " pairs)");
            StanceTraining.write(model, out);
            o.println("wrote " + out + " (" + model.size() + " features)");
            o.flush();
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("train stance: " + EvalStanceCommand.reason(e));
            return 1;
        }
    }
}
