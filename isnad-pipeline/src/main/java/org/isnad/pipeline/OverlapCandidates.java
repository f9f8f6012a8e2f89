package org.isnad.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.claims.stance.Statement;

/**
 * The pairs of statements that can reach a minimum word overlap ({@code StanceFeatures.overlap}),
 * found through an inverted index instead of trying every pair of a story.
 *
 * <p>Two stems count as matched when equal or near (same skeleton, same 4-letter prefix, or one edit
 * apart). Each stem is indexed under keys that any near stem shares: itself, its skeleton, its
 * 4-letter prefix, and itself with each one letter deleted (two words one edit apart share such a
 * variant). A pair reaching the overlap needs at least {@code k} of the first statement's distinct
 * stems matched, so at least one of any {@code size - k + 1} of its stems is matched: only the
 * rarest ones are probed (prefix filtering), and common words do not make every pair a candidate.
 * The result is a superset of the pairs that pass; callers still compute the exact overlap.
 */
final class OverlapCandidates {
    private final List<Statement> statements;
    private final double minOverlap;
    private final Map<String, List<Integer>> postings = new HashMap<>();
    /** Per statement, the index keys of each distinct stem. */
    private final List<List<Set<String>>> stemKeys = new ArrayList<>();

    OverlapCandidates(List<Statement> statements, double minOverlap) {
        this.statements = statements;
        this.minOverlap = minOverlap;
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            List<Set<String>> perStem = new ArrayList<>();
            Set<String> all = new LinkedHashSet<>();
            for (String stem : s.distinctStems()) {
                Set<String> keys = keys(stem, s.skeleton(stem));
                perStem.add(keys);
                all.addAll(keys);
            }
            stemKeys.add(perStem);
            for (String key : all) {
                postings.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
    }

    /** The statements after {@code i} (ascending) that may share at least the minimum overlap with it. */
    int[] after(int i) {
        List<Set<String>> perStem = stemKeys.get(i);
        int size = perStem.size();
        int needed = matchesNeeded(size, minOverlap);
        if (size == 0 || needed > size) {
            return new int[0];
        }
        List<Set<String>> probe = new ArrayList<>(perStem);
        probe.sort(Comparator.comparingInt(this::frequency));
        boolean[] seen = new boolean[statements.size()];
        int[] out = new int[statements.size()];
        int count = 0;
        for (Set<String> keys : probe.subList(0, size - needed + 1)) {
            for (String key : keys) {
                for (int j : postings.get(key)) {
                    if (j > i && !seen[j]) {
                        seen[j] = true;
                        out[count++] = j;
                    }
                }
            }
        }
        int[] result = Arrays.copyOf(out, count);
        Arrays.sort(result);
        return result;
    }

    /**
     * The fewest matched stems out of {@code size} giving an overlap of at least {@code min}, with the
     * overlap's own floating-point arithmetic ({@code 1 - unmatched / size}); {@code size + 1} if none.
     */
    static int matchesNeeded(int size, double min) {
        for (int matched = 0; matched <= size; matched++) {
            if (size > 0 && 1.0 - (double) (size - matched) / size >= min) {
                return matched;
            }
        }
        return size + 1;
    }

    private int frequency(Set<String> keys) {
        int f = 0;
        for (String key : keys) {
            f += postings.get(key).size();
        }
        return f;
    }

    /** The keys a stem shares with every stem equal or near to it (see the class comment). */
    static Set<String> keys(String stem, String skeleton) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add("=" + stem);
        if (skeleton.length() >= 2) {
            keys.add("k" + skeleton);
        }
        if (stem.length() >= 4) {
            keys.add("p" + stem.substring(0, 4));
        }
        if (stem.length() >= 3) {
            keys.add("d" + stem);
            for (int i = 0; i < stem.length(); i++) {
                keys.add("d" + stem.substring(0, i) + stem.substring(i + 1));
            }
        }
        return keys;
    }
}
