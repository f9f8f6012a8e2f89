package org.isnad.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.arabic.ArabicNormalizer;
import org.isnad.arabic.SentenceSplitter;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Span;
import org.isnad.core.model.Story.Contradiction;

/**
 * ATTRIBUTION between claims (package-private): two claims of different articles that corroborate each
 * other, say nearly the same words (Dice of content words at least 0.6) and name two different speakers
 * — the same statement put in two mouths. Not when one speaker is named in the other claim's sentence
 * ({@code قال X لرويترز} / {@code قالت رويترز}): that is one statement relayed, the relay taken for its
 * speaker.
 */
final class ClaimAttribution {
    private static final SentenceSplitter SENTENCES = new SentenceSplitter();

    private ClaimAttribution() {
    }

    static void find(List<Claim> claims, Map<String, Article> articles, List<Contradiction> out) {
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
                        && ContentWords.dice(ContentWords.of(a.span().text()), ContentWords.of(b.span().text())) >= 0.6
                        && !relayed(a, b, articles) && !relayed(b, a, articles)) {
                    String topic = "قائل التصريح: " + nonNull(a.speakerText()) + " / " + nonNull(b.speakerText());
                    out.add(new Contradiction(Contradiction.Kind.ATTRIBUTION, topic, List.of(a.span(), b.span())));
                }
            }
        }
    }

    /** True when the speaker of {@code a} is named in the sentence of {@code b}. */
    private static boolean relayed(Claim a, Claim b, Map<String, Article> articles) {
        Article art = articles.get(b.span().article());
        if (a.speakerText() == null || a.speakerText().isBlank() || art == null) {
            return false;
        }
        String speaker = ArabicNormalizer.fold(a.speakerText().strip());
        for (Span s : SENTENCES.split(art.text())) {
            if (s.start() <= b.span().start() && b.span().start() < s.end()) {
                return ArabicNormalizer.fold(art.text().substring(s.start(), s.end())).contains(speaker);
            }
        }
        return false;
    }

    private static String pair(String x, String y) {
        return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }

    private static String nonNull(String s) {
        return s == null ? "؟" : s;
    }
}
