package org.isnad.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EventType;
import org.isnad.events.text.Affixes;
import org.isnad.events.text.PhraseLexicon;

/**
 * The actors a sentence clearly names as the doer of its event (package-private), for ATTRIBUTION:
 * the subject right after or right before a verb trigger ({@code هاجمت جماعة X}, {@code جماعة X
 * هاجمت}), or the name after {@code على يد} / {@code من قبل} close behind the trigger. A sentence with a
 * denial ({@code نفى، تنفي}) names no doer: denying a charge is not claiming an act. Agents guessed
 * from a name somewhere before a verbal noun do not count.
 */
final class ClearAgents {
    private static final int BY_WINDOW = 4;

    private final PhraseLexicon triggers;

    ClearAgents(PhraseLexicon triggers) {
        this.triggers = triggers;
    }

    /** The ids of the actors of {@code m} that its sentence names in an agent pattern; empty if none. */
    Set<String> of(EventMention m, Article article, List<Entity> entities) {
        Set<String> out = new LinkedHashSet<>();
        if (m.actors().isEmpty() || article == null) {
            return out;
        }
        Sentence s = Sentence.of(article, m.sentence().span(), entities);
        int from = -1;
        int to = -1;
        for (int k = 0; k < s.words.size(); k++) {
            PhraseLexicon.Match here = triggers.matchAt(s.words, k);
            if (here != null && EventType.valueOf(here.entry().label()) == EventType.DENIAL) {
                return out;
            }
            if (s.words.get(k).start() >= m.trigger().start() && s.words.get(k).end() <= m.trigger().end()) {
                from = from < 0 ? k : from;
                to = k + 1;
            }
        }
        if (from < 0) {
            return out;
        }
        PhraseLexicon.Match t = triggers.matchAt(s.words, from);
        boolean verb = t != null && t.entry().flags().contains("v");
        for (Sentence.Named n : s.named) {
            if (!m.actors().contains(n.entity())) {
                continue;
            }
            boolean subject = verb && (n.from() == to || n.to() == from) && !s.breakBetween(Math.min(n.to(), to) - 1,
                    Math.max(n.from(), from));
            if (subject || byAgent(s, to, n)) {
                out.add(n.entity());
            }
        }
        return out;
    }

    /** {@code على يد X} or {@code من قبل X} within a few words after the trigger. */
    private static boolean byAgent(Sentence s, int to, Sentence.Named n) {
        int k = n.from() - 1;
        if (k < to || k - to > BY_WINDOW) {
            return false;
        }
        return (Affixes.is(s.folded(k), "يد") && s.folded(k - 1).endsWith("علي"))
                || (s.folded(k).equals("قبل") && s.folded(k - 1).equals("من"));
    }
}
