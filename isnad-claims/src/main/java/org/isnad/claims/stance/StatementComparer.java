package org.isnad.claims.stance;

/** Decides whether two statements about one event agree, disagree, or are about different things. */
public interface StatementComparer {
    /** The relation of {@code second} to {@code first}. */
    Comparison compare(String first, String second);

    /**
     * {@link #compare(String, String)} of statements analysed beforehand, so that a caller comparing
     * one statement with many analyses it once. By default it compares the texts.
     */
    default Comparison compare(Statement first, Statement second) {
        return compare(first.text(), second.text());
    }

    /**
     * The word overlap alone (as in {@link Comparison#overlap()}), much cheaper than a comparison:
     * callers that drop pairs of low overlap should check it first.
     */
    default double overlap(Statement first, Statement second) {
        return StanceFeatures.overlap(first, second);
    }

    /** Name and version of the model behind it, recorded in every dossier. */
    String provenance();

    /**
     * A verdict: the label; a margin (score of the label minus the best other score; larger is
     * surer, 0 when tied); and the word overlap of the two statements (0..1, see
     * {@link StanceFeatures#overlap}). The model was trained on pairs about one event, so callers
     * comparing arbitrary statements should also require some overlap (e.g. at least 0.2) before
     * trusting an agree or disagree.
     */
    record Comparison(StanceLabel label, double margin, double overlap) {
    }
}
