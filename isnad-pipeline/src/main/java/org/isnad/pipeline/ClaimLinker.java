package org.isnad.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.claims.stance.StanceLabel;
import org.isnad.claims.stance.Statement;
import org.isnad.claims.stance.StatementComparer;
import org.isnad.core.model.Claim;

/**
 * Links the claims of one story across articles: each pair of claims from different articles is
 * about the same thing is compared by the trained statement classifier; agreeing pairs corroborate each other, disagreeing
 * pairs contradict each other. Claims of the same article are never linked to each other.
 *
 * <p>Only pairs sharing enough words are worth the classifier, and a big story has many claims: each
 * claim is analysed once ({@link Statement}), candidate pairs come from an {@link OverlapCandidates}
 * index, and the cheap overlap is checked before the classifier runs. Links are added in the same
 * order as by trying every pair, so the result does not depend on the shortcut.
 */
final class ClaimLinker {
    /** Minimum classifier margin for a link: below it the verdict is too close to call. */
    static final double MIN_MARGIN = 0.5;
    /**
     * Minimum share of words two statements must have in common to be about the same thing: the
     * classifier was trained on pairs about one event only (no agreeing training pair shares under
     * 0.1), so it would otherwise judge unrelated statements too.
     */
    static final double MIN_OVERLAP = 0.2;
    /**
     * A contradiction needs statements much closer in wording: on real cross-outlet claims the
     * classifier (trained on headline pairs) reads many merely different statements about one event
     * as disagreeing, while true contradictions repeat most of the other side's words.
     */
    static final double MIN_OVERLAP_TO_CONTRADICT = 0.4;

    private final StatementComparer comparer;

    ClaimLinker(StatementComparer comparer) {
        this.comparer = comparer;
    }

    /** Links with every article its own report (no copies known). */
    List<Claim> link(List<Claim> claims) {
        return link(claims, Map.of());
    }

    /**
     * Links claims of different independent reports: {@code reportOf} maps an article to its report (copies
     * of one text share one; an article not in it is its own), and claims whose articles are one report
     * are never linked, since a copy neither corroborates nor contradicts what it copies.
     */
    List<Claim> link(List<Claim> claims, Map<String, String> reportOf) {
        int n = claims.size();
        List<Set<String>> agree = new ArrayList<>();
        List<Set<String>> disagree = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            agree.add(new LinkedHashSet<>(claims.get(i).corroboratedBy()));
            disagree.add(new LinkedHashSet<>(claims.get(i).contradictedBy()));
        }
        List<Statement> statements = new ArrayList<>(n);
        for (Claim c : claims) {
            statements.add(Statement.of(c.span().text()));
        }
        OverlapCandidates candidates = new OverlapCandidates(statements, MIN_OVERLAP);
        for (int i = 0; i < n; i++) {
            for (int j : candidates.after(i)) {
                Claim a = claims.get(i);
                Claim b = claims.get(j);
                if (reportOf.getOrDefault(a.span().article(), a.span().article())
                        .equals(reportOf.getOrDefault(b.span().article(), b.span().article()))
                        || comparer.overlap(statements.get(i), statements.get(j)) < MIN_OVERLAP) {
                    continue;
                }
                boolean sameSpeaker = a.speaker() != null && a.speaker().equals(b.speaker());
                // one speaker's statements link whatever the classifier says: it runs only for different speakers
                StatementComparer.Comparison c = sameSpeaker ? null : comparer.compare(statements.get(i), statements.get(j));
                if (sameSpeaker || c.label() == StanceLabel.AGREE && c.margin() >= MIN_MARGIN) {
                    // one source's statement carried by two outlets, or two sources saying the same
                    agree.get(i).add(b.id());
                    agree.get(j).add(a.id());
                } else if (c.label() == StanceLabel.DISAGREE && c.margin() >= MIN_MARGIN
                        && c.overlap() >= MIN_OVERLAP_TO_CONTRADICT) {
                    disagree.get(i).add(b.id());
                    disagree.get(j).add(a.id());
                }
            }
        }
        List<Claim> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Claim c = claims.get(i);
            out.add(new Claim(c.id(), c.span(), c.speaker(), c.speakerText(), c.channel(), c.cue(), c.stance(),
                    List.copyOf(agree.get(i)), List.copyOf(disagree.get(i)), c.story()));
        }
        return out;
    }

    String provenance() {
        return comparer.provenance();
    }
}
