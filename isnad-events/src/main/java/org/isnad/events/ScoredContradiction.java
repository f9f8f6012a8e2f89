package org.isnad.events;

import org.isnad.core.model.Story.Contradiction;

/**
 * A contradiction and how sure the finder is that it is one ({@code 0..1}). Only those at or above
 * {@link ContradictionConfidence#THRESHOLD} are shown: a false contradiction shown as fact costs the
 * reader's trust in every other finding, a missing one costs only that finding.
 */
public record ScoredContradiction(Contradiction contradiction, double confidence) {
    public ScoredContradiction {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }

    /** A finding whose evidence is as strong as the finder can read it (kind-level factors come later). */
    static ScoredContradiction of(Contradiction c) {
        return new ScoredContradiction(c, 1.0);
    }

    ScoredContradiction times(double factor) {
        return new ScoredContradiction(contradiction, Math.max(0, Math.min(1, confidence * factor)));
    }
}
