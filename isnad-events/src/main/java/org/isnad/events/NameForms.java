package org.isnad.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.arabic.MatchKey;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Story.Contradiction;
import org.isnad.events.text.Word;
import org.isnad.events.text.Words;

/**
 * NAME contradictions (package-private): an entity whose outlets use different names for it. A name is
 * the set of its words' {@link MatchKey match keys}; one name inside another ({@code اللواء} in {@code لواء الصقور},
 * {@code سامر الحداد} in {@code العقيد سامر الحداد}, also by key stems: {@code الزيدان}, key {@code زيد}, in
 * {@code أبو علي الزيداني}, key {@code زيدان}) is the same name, and so are spelling variants
 * (edit distance at most a fifth of the length). A contradiction needs an article using one name and
 * not the other, and another article doing the reverse.
 */
final class NameForms {
    private NameForms() {
    }

    static Optional<Contradiction> find(Entity e, List<Article> articles) {
        // form key -> articles using it, and its first span there
        Map<String, Set<String>> users = new LinkedHashMap<>();
        Map<String, SourceSpan> first = new LinkedHashMap<>();
        Map<String, Set<String>> words = new LinkedHashMap<>();
        for (SourceSpan m : e.mentions()) {
            Set<String> w = key(m.text());
            if (w.isEmpty()) {
                continue;
            }
            String k = String.join(" ", w);
            users.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(m.article());
            first.putIfAbsent(k, m);
            words.putIfAbsent(k, w);
        }
        List<String> keys = new ArrayList<>();
        for (String k : users.keySet()) {
            boolean partial = words.keySet().stream().anyMatch(o -> !o.equals(k) && covers(words.get(o), words.get(k)));
            if (!partial) {
                keys.add(k); // a partial form (اللواء for لواء الصقور) never competes
            }
        }
        Set<SourceSpan> sides = new LinkedHashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                String a = keys.get(i);
                String b = keys.get(j);
                if (covers(words.get(a), words.get(b)) || covers(words.get(b), words.get(a))
                        || spellingVariants(a, b)) {
                    continue;
                }
                boolean aOnly = users.get(a).stream().anyMatch(x -> !users.get(b).contains(x));
                boolean bOnly = users.get(b).stream().anyMatch(x -> !users.get(a).contains(x));
                if (aOnly && bOnly) {
                    sides.add(firstIn(e, a, users.get(a), users.get(b), first));
                    sides.add(firstIn(e, b, users.get(b), users.get(a), first));
                }
            }
        }
        if (sides.size() < 2) {
            return Optional.empty();
        }
        String topic = "اسم " + e.name() + ": " + String.join(" / ", sides.stream().map(SourceSpan::text).distinct().toList());
        return Optional.of(new Contradiction(Contradiction.Kind.NAME, topic, List.copyOf(sides)));
    }

    /** The first mention of form {@code k} in an article that does not use the other form. */
    private static SourceSpan firstIn(Entity e, String k, Set<String> mine, Set<String> theirs, Map<String, SourceSpan> first) {
        for (SourceSpan m : e.mentions()) {
            if (!theirs.contains(m.article()) && String.join(" ", key(m.text())).equals(k)) {
                return m;
            }
        }
        return first.get(k);
    }

    /**
     * True when every word of {@code part} is a word of {@code whole} or the stem of one: the same after
     * the article, or a prefix of it missing at most two letters ({@code الزيدان} of the nisba
     * {@code الزيداني}), so a short form of a name is never a second name.
     */
    private static boolean covers(Set<String> whole, Set<String> part) {
        for (String p : part) {
            String x = bare(p);
            boolean found = false;
            for (String w : whole) {
                String y = bare(w);
                if (x.equals(y) || (x.length() >= 3 && y.startsWith(x) && y.length() - x.length() <= 2)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static String bare(String key) {
        return key.startsWith("ال") && key.length() > 4 ? key.substring(2) : key;
    }

    private static Set<String> key(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (Word w : Words.of(name)) {
            out.add(MatchKey.of(w.folded()));
        }
        return out;
    }

    private static boolean spellingVariants(String a, String b) {
        int d = levenshtein(a, b);
        return d * 5 <= Math.max(a.length(), b.length());
    }

    /** Plain dynamic-programming edit distance; two short strings, not worth a library. */
    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
