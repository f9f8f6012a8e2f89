package org.isnad.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.isnad.arabic.ArabicNormalizer;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Story.Contradiction;

/**
 * The order readers see contradictions in (package-private): duplicates dropped (same kind, topic and
 * set of side texts after folding), then by confidence, highest first, and on equal confidence by kind,
 * most important first: OUTCOME, COUNT, INTENSITY, NAME, PLACE, TIME, ATTRIBUTION, then any other kind;
 * finding order within a kind. An unscored contradiction (NaN) counts as confidence 0.
 */
final class ContradictionOrder {
    private static final List<Contradiction.Kind> RANK = List.of(Contradiction.Kind.OUTCOME, Contradiction.Kind.COUNT,
            Contradiction.Kind.INTENSITY, Contradiction.Kind.NAME, Contradiction.Kind.PLACE, Contradiction.Kind.TIME,
            Contradiction.Kind.ATTRIBUTION);

    private ContradictionOrder() {
    }

    static List<Contradiction> dedupeAndSort(List<Contradiction> found) {
        Set<String> seen = new LinkedHashSet<>();
        List<Contradiction> out = new ArrayList<>();
        for (Contradiction c : found) {
            Set<String> values = new TreeSet<>();
            for (SourceSpan s : c.sides()) {
                values.add(ArabicNormalizer.fold(s.text().strip()));
            }
            if (seen.add(c.kind() + "\u0000" + c.topic() + "\u0000" + values)) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingDouble((Contradiction c) -> Double.isNaN(c.confidence()) ? 0 : -c.confidence())
                .thenComparingInt(ContradictionOrder::rank)); // stable: keeps finding order within a kind
        return out;
    }

    private static int rank(Contradiction c) {
        int i = RANK.indexOf(c.kind());
        return i < 0 ? RANK.size() : i;
    }
}
