package org.isnad.claims.stance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Training and evaluation of the stance model. Tuning uses only the train split: {@link #crossValidate}
 * holds out each of {@code folds} contiguous slices in turn. The dev split is for reporting
 * ({@link #evaluate}).
 */
public final class StanceTraining {
    /** Model version written into the model header and provenance. */
    public static final String VERSION = "1";

    private StanceTraining() {
    }

    /** Trains on {@code train} with the given options and epochs. */
    public static LinearModel train(List<StanceExample> train, StanceFeatures.Options options, int epochs,
                                    long seed, String trainedOn) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("model", "averaged perceptron, labels agree/disagree/other");
        header.put("version", VERSION);
        header.put("trained-on", trainedOn);
        header.put("examples", Integer.toString(train.size()));
        header.put("features", options.describe());
        header.put("epochs", Integer.toString(epochs));
        header.put("seed", seed + ".." + (seed + BAGS - 1) + " (weights averaged over " + BAGS + " shuffles)");
        header.put("data-licence", "ANS (Khouja 2020), Apache-2.0, github.com/latynt/ans @ 9c5f313");
        List<StanceExample> both = withSwaps(train);
        StanceFeatures features = new StanceFeatures(options);
        List<LinearModel> models = new ArrayList<>();
        for (int b = 0; b < BAGS; b++) {
            models.add(new PerceptronTrainer(epochs, seed + b).train(both, features, header));
        }
        return LinearModel.average(models, header);
    }

    /** The data with each pair also given in the other order (stance is symmetric). */
    static List<StanceExample> withSwaps(List<StanceExample> data) {
        List<StanceExample> out = new ArrayList<>(data);
        for (StanceExample e : data) {
            out.add(new StanceExample(e.second(), e.first(), e.label()));
        }
        return out;
    }

    /** Scores of {@code comparer} on {@code data}. */
    public static StanceScores evaluate(StatementComparer comparer, List<StanceExample> data) {
        StanceScores scores = new StanceScores();
        for (StanceExample e : data) {
            scores.add(e.label(), comparer.compare(e.first(), e.second()).label());
        }
        return scores;
    }

    /** Pooled scores of {@code folds}-fold cross-validation on {@code data} (train split only). */
    public static StanceScores crossValidate(List<StanceExample> data, StanceFeatures.Options options, int epochs,
                                             long seed, int folds) {
        StanceScores pooled = new StanceScores();
        for (int f = 0; f < folds; f++) {
            int from = data.size() * f / folds;
            int to = data.size() * (f + 1) / folds;
            List<StanceExample> train = new ArrayList<>(data.subList(0, from));
            train.addAll(data.subList(to, data.size()));
            TrainedStatementComparer c = new TrainedStatementComparer(train(train, options, epochs, seed, "cv"));
            for (StanceExample e : data.subList(from, to)) {
                pooled.add(e.label(), c.compare(e.first(), e.second()).label());
            }
        }
        return pooled;
    }

    /** Writes {@code model} to {@code out} (gzipped text), pruning near-zero weights. */
    public static void write(LinearModel model, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o, 1e-3);
        }
    }

    /**
     * Perceptrons trained with different shuffles and averaged into one model: a single perceptron's
     * result moves by a few F1 points with the shuffle seed; the average is steadier.
     */
    public static final int BAGS = 5;

    /** Epochs of the shipped model, chosen with the features by cross-validation on the train split. */
    public static final int EPOCHS = 5;
    /** Seed of the shipped model's shuffles. */
    public static final long SEED = 17;

    /**
     * {@code tune TRAIN.csv [epochs...]} prints 5-fold cross-validated macro-F1 on the train split
     * for a few feature configurations; {@code train TRAIN.csv OUT.tsv.gz} writes the shipped model.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !(args[0].equals("tune") || args[0].equals("train"))) {
            System.err.println("usage: StanceTraining tune TRAIN.csv [epochs...] | train TRAIN.csv OUT.tsv.gz");
            System.exit(2);
        }
        List<StanceExample> data = StanceCsv.read(Path.of(args[1]));
        if (args[0].equals("train")) {
            LinearModel model = train(data, StanceFeatures.Options.defaults(), EPOCHS, SEED,
                    "ANS stance train.csv (" + data.size() + " pairs)");
            write(model, Path.of(args[2]));
            System.out.println("wrote " + args[2] + " (" + model.size() + " features)");
            return;
        }
        List<Integer> epochs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            epochs.add(Integer.parseInt(args[i]));
        }
        if (epochs.isEmpty()) {
            epochs.add(EPOCHS);
        }
        List<StanceFeatures.Options> configs = List.of(
                StanceFeatures.Options.parse("cross=true grams=true order=true"),
                StanceFeatures.Options.parse("cross=true grams=true order=true poles=true"),
                StanceFeatures.Options.parse("cross=true grams=true order=true poles=true dir=true"),
                StanceFeatures.Options.parse("cross=false grams=true order=true poles=true"));
        for (StanceFeatures.Options o : configs) {
            for (int e : epochs) {
                StanceScores s = crossValidate(data, o, e, SEED, 5);
                System.out.printf(java.util.Locale.ROOT, "%s epochs=%d cv macro-F1=%.2f acc=%.2f%n", o.describe(), e,
                        100 * s.macroF1AgreeDisagree(), 100 * s.accuracy());
            }
        }
    }
}
