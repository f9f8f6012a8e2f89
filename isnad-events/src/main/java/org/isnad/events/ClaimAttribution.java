package org.isnad.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Story.Contradiction;

/**
 * ATTRIBUTION between claims (package-private): two claims of different articles that corroborate each
 * other, say nearly the same words (Dice of content words at least 0.6) and name two different speakers
 * — the same statement put in two mouths.
 */
final class ClaimAttribution {
    private ClaimAttribution() {
    }

    static void find(List<Claim> claims, List<Contradiction> out) {
        Map<String, Claim> byId = new HashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        Set<String> done = new HashSet<>();
        for (Claim a : claims) {
            for (String id : a.corroboratedBy()) {
                Claim b = byId.get(id);
                if (b == null || a.span().article().equals(b.span().article()) || !done.add(pair(a.id(), b.id()))) {
                    continue;
                }
                if (a.speaker() != null && b.speaker() != null && !a.speaker().equals(b.speaker())
                        && ContentWords.dice(ContentWords.of(a.span().text()), ContentWords.of(b.span().text())) >= 0.6) {
                    String topic = "قائل التصريح: " + nonNull(a.speakerText()) + " / " + nonNull(b.speakerText());
                    out.add(new Contradiction(Contradiction.Kind.ATTRIBUTION, topic, List.of(a.span(), b.span())));
                }
            }
        }
    }

    private static String pair(String x, String y) {
        return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }

    private static String nonNull(String s) {
        return s == null ? "؟" : s;
    }
}
