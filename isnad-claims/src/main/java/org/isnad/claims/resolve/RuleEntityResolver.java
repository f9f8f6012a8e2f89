package org.isnad.claims.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.claims.text.Clitics;
import org.isnad.claims.text.WordIndex;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Mention;
import org.isnad.core.model.SourceSpan;

/**
 * Rule-based {@link EntityResolver}. In order:
 * <ol>
 *   <li>each mention is trimmed to the bare name ({@link MentionTrimmer}); titles and appositive
 *       roles become descriptions;</li>
 *   <li>the text's own aliases join mentions ({@link AliasLinker}: parentheses, المعروف بـ, في إشارة إلى);</li>
 *   <li>mentions with the same folded key join (a leading {@code و ب ل ف ك} is dropped when the rest
 *       is a name seen elsewhere); a LOCATION never joins another type by key, so a capital stays
 *       apart from its government;</li>
 *   <li>a single token or shorter form joins the one longer name of the same type that contains it
 *       ({@link Names#shortFormOf}), never when two names could claim it;</li>
 *   <li>spelling variants of the same type join ({@link Names#spellingVariant}) when unambiguous;</li>
 *   <li>organizations join by head and name ({@link OrgNames}), counting an adjective written right
 *       after the mention ({@code كتيبة "X" الفرنسية}) and a unit head just before it
 *       ({@code كتيبة "X"} marked as {@code X}) as part of the name for this rule only;</li>
 *   <li>occurrences the recognizer missed are added ({@link MentionRecovery}).</li>
 * </ol>
 * The canonical name is the most frequent surface form among those with the most tokens, leaving
 * out forms led by a title ({@code زعيم الحركة}) when there is another. Ids are {@code e1, e2, ...}
 * in order of first mention (article order, then offset); the result does not depend on the order
 * of the mention list.
 */
public final class RuleEntityResolver implements EntityResolver {

    @Override
    public List<Entity> resolve(List<Article> articles, List<Mention> mentions) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            order.putIfAbsent(articles.get(i).id(), i);
        }
        Map<String, List<Mention>> byArticle = new LinkedHashMap<>();
        for (Mention m : mentions) {
            Integer o = order.get(m.article());
            if (o == null) {
                throw new IllegalArgumentException("mention '" + m.text() + "' names unknown article " + m.article());
            }
            Article a = articles.get(o);
            if (m.span().end() > a.text().length() || !m.span().of(a.text()).equals(m.text())) {
                throw new IllegalArgumentException("mention '" + m.text() + "' does not match article " + a.id()
                        + " at " + m.span());
            }
            byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m);
        }
        List<Form> forms = new ArrayList<>();
        List<int[]> links = new ArrayList<>();
        for (Article a : articles) {
            List<Mention> ms = byArticle.remove(a.id()); // an article listed twice is read once
            if (ms == null) {
                continue;
            }
            WordIndex index = new WordIndex(a.text());
            List<Form> local = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            ms.stream().sorted(Comparator.comparing(Mention::span)).forEach(m -> {
                Form f = MentionTrimmer.trim(m, a, order.get(a.id()), index);
                if (f != null && seen.add(f.start() + ":" + f.end())) {
                    local.add(f);
                }
            });
            int base = forms.size();
            for (AliasLinker.Link l : AliasLinker.link(local, index)) {
                links.add(new int[] {base + l.a(), base + l.b()});
            }
            forms.addAll(local);
        }
        forms = Clitic.adopt(forms);
        UnionFind uf = new UnionFind(forms.size());
        links.forEach(l -> uf.union(l[0], l[1]));
        joinByKey(forms, uf);
        ClusterMerges.apply(forms, uf);
        return MentionRecovery.recover(articles, build(forms, uf));
    }

    private static void joinByKey(List<Form> forms, UnionFind uf) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            Form f = forms.get(i);
            String k = (f.type() == EntityType.LOCATION ? "L:" : "N:") + f.key();
            Integer j = first.putIfAbsent(k, i);
            if (j != null) {
                uf.union(i, j);
            }
        }
    }

    private static List<Entity> build(List<Form> forms, UnionFind uf) {
        Map<Integer, List<Form>> clusters = new HashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            clusters.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(forms.get(i));
        }
        Comparator<Form> byPosition = Comparator.comparingInt(Form::order).thenComparingInt(Form::start)
                .thenComparingInt(Form::end);
        List<List<Form>> ordered = new ArrayList<>(clusters.values());
        ordered.forEach(c -> c.sort(byPosition));
        ordered.sort((x, y) -> byPosition.compare(x.get(0), y.get(0)));
        List<Entity> out = new ArrayList<>();
        for (List<Form> c : ordered) {
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> descriptions = new LinkedHashSet<>();
            List<SourceSpan> spans = new ArrayList<>();
            Set<String> seenSpans = new LinkedHashSet<>();
            for (Form f : c) {
                aliases.add(f.surface());
                descriptions.addAll(f.descriptions());
                if (seenSpans.add(f.article().id() + ":" + f.start() + ":" + f.end())) {
                    spans.add(f.span());
                }
            }
            out.add(new Entity("e" + (out.size() + 1), ClusterMerges.type(c), canonical(c), List.copyOf(aliases),
                    List.copyOf(descriptions), spans));
        }
        return out;
    }

    /**
     * Forms not led by a title, then most tokens, then most mentions of that key, then first seen;
     * shown as its most frequent spelling.
     */
    private static String canonical(List<Form> c) {
        List<Form> names = c.stream().filter(f -> !Titles.isTitle(f.tokens().get(0))).toList();
        List<Form> pool = names.isEmpty() ? c : names; // a role used as a nickname (زعيم الحركة) is not the name
        int maxTokens = pool.stream().mapToInt(f -> f.tokens().size()).max().orElse(0);
        Map<String, List<Form>> byKey = new LinkedHashMap<>();
        for (Form f : pool) {
            if (f.tokens().size() == maxTokens) {
                byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Form> best = byKey.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
        Map<String, Integer> spellings = new LinkedHashMap<>();
        best.forEach(f -> spellings.merge(f.surface(), 1, Integer::sum));
        return spellings.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** Leading one-letter proclitics on a name, dropped when the rest is a name seen elsewhere. */
    static final class Clitic {
        private Clitic() {
        }

        static List<Form> adopt(List<Form> forms) {
            Map<String, Set<EntityType>> known = new HashMap<>();
            for (Form f : forms) {
                known.computeIfAbsent(f.key(), k -> new LinkedHashSet<>()).add(f.type());
            }
            List<Form> out = new ArrayList<>(forms.size());
            for (Form f : forms) {
                out.add(strip(f, known));
            }
            return out;
        }

        private static Form strip(Form f, Map<String, Set<EntityType>> known) {
            String firstRaw = org.isnad.arabic.ArabicNormalizer.fold(f.article().text().substring(f.start(), wordEnd(f)));
            List<String> readings = Clitics.readings(firstRaw);
            for (int r = 1; r < readings.size(); r++) {
                String reading = readings.get(r);
                List<String> tokens = new ArrayList<>(f.tokens());
                tokens.set(0, Clitics.stripArticle(reading));
                String key = String.join("", tokens);
                Set<EntityType> types = known.get(key);
                if (types != null && types.contains(f.type()) && !key.equals(f.key())) {
                    int letters = firstRaw.length() - reading.length();
                    if (reading.startsWith("ال") && firstRaw.substring(letters).startsWith("لل")) {
                        letters += 2; // لل = ل + ال with the alef dropped: keep the bare name after both lams
                    }
                    int cut = cut(f, letters);
                    return cut < 0 ? f : f.withStart(cut, tokens);
                }
            }
            return f;
        }

        private static int wordEnd(Form f) {
            String t = f.article().text();
            int i = f.start();
            while (i < f.end() && !Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            return i;
        }

        /** Offset after {@code letters} folded letters from the form start (skipping marks), or -1. */
        private static int cut(Form f, int letters) {
            String t = f.article().text();
            int i = f.start();
            int seen = 0;
            while (i < f.end() && seen < letters) {
                if (!org.isnad.arabic.ArabicNormalizer.isRemoved(t.charAt(i))) {
                    seen++;
                }
                i++;
            }
            while (i < f.end() && org.isnad.arabic.ArabicNormalizer.isRemoved(t.charAt(i))) {
                i++;
            }
            return i < f.end() ? i : -1;
        }
    }
}
