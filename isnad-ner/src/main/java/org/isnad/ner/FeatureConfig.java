package org.isnad.ner;

/**
 * Which feature groups a model uses; recorded in the model for provenance and route comparisons.
 * {@code clusters2}: paths of the extra k-means runs; {@code stacked} (first-pass tags as second-pass
 * features) and {@code charNgrams} (character 3-grams) were tried and are off in the shipped model.
 */
public record FeatureConfig(boolean clusters, boolean gazetteer, boolean cues, boolean context2, boolean clusters2,
                            boolean stacked, boolean charNgrams) {
    public static final FeatureConfig ALL = new FeatureConfig(true, true, true, true, true, false, false);

    int bits() {
        return (clusters ? 1 : 0) | (gazetteer ? 2 : 0) | (cues ? 4 : 0) | (context2 ? 8 : 0) | (clusters2 ? 16 : 0)
            | (stacked ? 32 : 0) | (charNgrams ? 64 : 0);
    }

    static FeatureConfig ofBits(int b) {
        return new FeatureConfig((b & 1) != 0, (b & 2) != 0, (b & 4) != 0, (b & 8) != 0, (b & 16) != 0, (b & 32) != 0, (b & 64) != 0);
    }

    @Override
    public String toString() {
        return "clusters=" + clusters + ",gazetteer=" + gazetteer + ",cues=" + cues + ",context2=" + context2
            + ",clusters2=" + clusters2 + ",stacked=" + stacked + ",charNgrams=" + charNgrams;
    }
}
