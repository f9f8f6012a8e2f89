package org.isnad.claims.stance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One statement analysed once for comparison: its folded light stems (in order and distinct) and each
 * stem's {@link StanceFeatures#skeleton skeleton}. Comparing one claim with many others then tokenizes,
 * stems and skeletonizes it once instead of once per pair (claim linking compares every overlapping
 * pair of a story). Immutable.
 */
public final class Statement {
    private final String text;
    private final List<String> stems;
    private final List<String> skeletons;
    private final Set<String> distinct;
    private final Map<String, String> skeletonOf;

    private Statement(String text, List<String> stems) {
        this.text = text;
        this.stems = Collections.unmodifiableList(stems);
        Map<String, String> sk = new HashMap<>();
        List<String> skels = new ArrayList<>(stems.size());
        for (String s : stems) {
            skels.add(sk.computeIfAbsent(s, StanceFeatures::skeleton));
        }
        this.skeletons = Collections.unmodifiableList(skels);
        this.distinct = Collections.unmodifiableSet(new LinkedHashSet<>(stems));
        this.skeletonOf = sk;
    }

    /** Analyses {@code text}. */
    public static Statement of(String text) {
        return new Statement(text, StanceFeatures.stems(text));
    }

    public String text() {
        return text;
    }

    /** Folded light stems in text order, punctuation dropped. */
    public List<String> stems() {
        return stems;
    }

    /** The skeleton of each stem, parallel to {@link #stems()}. */
    List<String> skeletons() {
        return skeletons;
    }

    /** The distinct stems in order of first occurrence. */
    public Set<String> distinctStems() {
        return distinct;
    }

    /** The skeleton of one of this statement's stems (computed for any other word). */
    public String skeleton(String stem) {
        String k = skeletonOf.get(stem);
        return k != null ? k : StanceFeatures.skeleton(stem);
    }
}
