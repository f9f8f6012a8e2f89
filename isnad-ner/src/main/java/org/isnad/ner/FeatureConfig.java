package org.isnad.ner;

/**
 * Which feature groups a model uses; recorded in the model for provenance and route comparisons.
 * {@code clusters2}: paths of the extra k-means runs; {@code stacked} (first-pass tags as second-pass
 * features) and {@code charNgrams} (character 3-grams) were tried and are off in the shipped model.
 * {@code spanGazetteer}: span-level gazetteer features (longest match after clitic stripping of its first
 * token, match length and position in the span, type conjoined with the preceding cue);
 * {@code wideCues}: cue words anywhere within ±3 tokens and "next word is a title / organization head";
 * {@code conjunctions}: cluster × neighbouring word and cluster × article conjunctions.
 */
public record FeatureConfig(boolean clusters, boolean gazetteer, boolean cues, boolean context2, boolean clusters2,
                            boolean stacked, boolean charNgrams, boolean spanGazetteer, boolean wideCues,
                            boolean conjunctions) {
    public static final FeatureConfig ALL = new FeatureConfig(true, true, true, true, true, false, false);

    /** The feature groups of models before the span-gazetteer, wide-cue and conjunction groups. */
    public FeatureConfig(boolean clusters, boolean gazetteer, boolean cues, boolean context2, boolean clusters2,
                         boolean stacked, boolean charNgrams) {
        this(clusters, gazetteer, cues, context2, clusters2, stacked, charNgrams, false, false, false);
    }

    /** This configuration with the three newer groups set as given. */
    public FeatureConfig withExtras(boolean span, boolean wide, boolean conj) {
        return new FeatureConfig(clusters, gazetteer, cues, context2, clusters2, stacked, charNgrams, span, wide, conj);
    }

    int bits() {
        return (clusters ? 1 : 0) | (gazetteer ? 2 : 0) | (cues ? 4 : 0) | (context2 ? 8 : 0) | (clusters2 ? 16 : 0)
            | (stacked ? 32 : 0) | (charNgrams ? 64 : 0) | (spanGazetteer ? 128 : 0) | (wideCues ? 256 : 0)
            | (conjunctions ? 512 : 0);
    }

    static FeatureConfig ofBits(int b) {
        return new FeatureConfig((b & 1) != 0, (b & 2) != 0, (b & 4) != 0, (b & 8) != 0, (b & 16) != 0, (b & 32) != 0,
            (b & 64) != 0, (b & 128) != 0, (b & 256) != 0, (b & 512) != 0);
    }

    @Override
    public String toString() {
        return "clusters=" + clusters + ",gazetteer=" + gazetteer + ",cues=" + cues + ",context2=" + context2
            + ",clusters2=" + clusters2 + ",stacked=" + stacked + ",charNgrams=" + charNgrams
            + ",spanGazetteer=" + spanGazetteer + ",wideCues=" + wideCues + ",conjunctions=" + conjunctions;
    }
}
