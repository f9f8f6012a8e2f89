package org.isnad.claims.stance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The shipped {@link StatementComparer}: a {@link LinearModel} over {@link StanceFeatures}, trained on
 * the ANS stance train split by {@link StanceTraining}. Immutable after construction and safe to share
 * between threads.
 */
public final class TrainedStatementComparer implements StatementComparer {
    /** Classpath location of the shipped model. */
    public static final String RESOURCE = "/org/isnad/claims/stance-model.tsv.gz";

    private final LinearModel model;
    private final StanceFeatures features;

    public TrainedStatementComparer(LinearModel model) {
        this.model = model;
        this.features = new StanceFeatures(StanceFeatures.Options.parse(model.header().getOrDefault("features", "")));
    }

    /** Loads the model shipped in this module's resources; fails if the jar lacks it. */
    public static TrainedStatementComparer load() {
        try (InputStream in = TrainedStatementComparer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("stance model " + RESOURCE + " is missing from the classpath");
            }
            return new TrainedStatementComparer(LinearModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stance model " + RESOURCE, e);
        }
    }

    @Override
    public Comparison compare(String first, String second) {
        return compare(Statement.of(first), Statement.of(second));
    }

    @Override
    public Comparison compare(Statement first, Statement second) {
        double[] s = model.scores(features.extract(first, second));
        int best = PerceptronTrainer.argmax(s);
        double[] others = s.clone();
        others[best] = Double.NEGATIVE_INFINITY;
        double margin = s[best] - Arrays.stream(others).max().orElse(0);
        return new Comparison(StanceLabel.values()[best], margin, StanceFeatures.overlap(first, second));
    }

    @Override
    public String provenance() {
        return "stance-perceptron " + model.header().getOrDefault("version", "?") + " ("
                + model.header().getOrDefault("trained-on", "?") + ")";
    }

    /** The model's header: provenance, options, training data. */
    public java.util.Map<String, String> header() {
        return model.header();
    }
}
