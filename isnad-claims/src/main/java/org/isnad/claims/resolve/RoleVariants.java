package org.isnad.claims.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.arabic.ArabicNormalizer;
import org.isnad.core.model.EntityType;

/**
 * Joins two people whose names differ only by a long vowel in the given name, a transliteration habit
 * ({@code جاستين ترودو / جاستن ترودو}), when both carry the same role ({@code رئيس الوزراء}) in the
 * story. {@link Names#spellingVariant} never joins on the given name, since {@code حسن / حسين الراوي}
 * may be two people; the shared role is the evidence that here they are one. A person that matches two
 * others is left alone.
 */
final class RoleVariants {
    private static final String LONG_VOWELS = "اوي";

    private RoleVariants() {
    }

    static void apply(List<Form> forms, UnionFind uf) {
        Map<Integer, List<Form>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            clusters.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(forms.get(i));
        }
        List<Integer> people = new ArrayList<>();
        for (var e : clusters.entrySet()) {
            if (ClusterMerges.type(e.getValue()) == EntityType.PERSON && !roles(e.getValue()).isEmpty()) {
                people.add(e.getKey());
            }
        }
        Map<Integer, List<Integer>> matches = new LinkedHashMap<>();
        for (int r : people) {
            List<Integer> m = new ArrayList<>();
            for (int o : people) {
                if (o != r && match(clusters.get(r), clusters.get(o))) {
                    m.add(o);
                }
            }
            matches.put(r, m);
        }
        for (int r : people) {
            List<Integer> m = matches.get(r);
            if (m.size() == 1 && r < m.get(0) && matches.get(m.get(0)).equals(List.of(r))) {
                uf.union(r, m.get(0));
            }
        }
    }

    private static boolean match(List<Form> a, List<Form> b) {
        Set<String> shared = roles(a);
        shared.retainAll(roles(b));
        if (shared.isEmpty()) {
            return false;
        }
        for (Form x : a) {
            for (Form y : b) {
                if (givenNameVariant(x.tokens(), y.tokens())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Same tokens after the first, two or more of them in all, first tokens one long vowel apart. */
    static boolean givenNameVariant(List<String> a, List<String> b) {
        if (a.size() != b.size() || a.size() < 2 || !a.subList(1, a.size()).equals(b.subList(1, b.size()))) {
            return false;
        }
        String x = a.get(0);
        String y = b.get(0);
        String longer = x.length() > y.length() ? x : y;
        String shorter = longer == x ? y : x;
        if (!Names.oneDeletion(shorter, longer)) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return LONG_VOWELS.indexOf(longer.charAt(i)) >= 0;
    }

    private static Set<String> roles(List<Form> cluster) {
        Set<String> out = new HashSet<>();
        for (Form f : cluster) {
            for (String d : f.descriptions()) {
                String k = ArabicNormalizer.fold(d).replaceAll("[\\s،,]+", " ").trim();
                if (k.contains(" ")) {
                    out.add(k); // a role of two words or more: رئيس الوزراء, not a bare rank
                }
            }
        }
        return out;
    }
}
