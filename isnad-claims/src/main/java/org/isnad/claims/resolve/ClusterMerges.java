package org.isnad.claims.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.isnad.core.model.EntityType;

/**
 * Joins clusters of forms that name one referent without the text saying so: spelling variants,
 * given-name spelling variants that carry the same role ({@link RoleVariants}), short forms and organization head variants. Each rule joins a cluster only to the one cluster
 * of the same type it matches; a cluster that matches two is left alone.
 */
final class ClusterMerges {
    private ClusterMerges() {
    }

    static void apply(List<Form> forms, UnionFind uf) {
        joinUnique(forms, uf, t -> true, (small, large) -> small.stream().anyMatch(s -> large.stream()
                .anyMatch(l -> Names.spellingVariant(s, l))), false, Form::tokens);
        joinUnique(forms, uf, t -> t != EntityType.OTHER, (small, large) -> small.stream().anyMatch(s -> large.stream()
                .anyMatch(l -> Names.transliterationVariant(s, l))), false, Form::tokens);
        joinUnique(forms, uf, t -> t == EntityType.GROUP, (small, large) -> small.stream().anyMatch(s -> large.stream()
                .anyMatch(l -> sameGroup(s, l))), false, Form::tokens);
        RoleVariants.apply(forms, uf);
        joinUnique(forms, uf, t -> t == EntityType.PERSON, ClusterMerges::shortForm, true, Form::tokens);
        joinUnique(forms, uf, t -> t == EntityType.ORGANIZATION, (small, large) -> small.stream().allMatch(s -> large
                .stream().anyMatch(l -> OrgNames.shortOrgName(s, l))), true, Form::tokens);
        joinUnique(forms, uf, t -> t == EntityType.LOCATION, (small, large) -> small.stream().allMatch(s -> large
                .stream().anyMatch(l -> OrgNames.placeWithHead(s, l))), true, Form::tokens);
        // a bare name ("X") matches both «فرقة X» and كتيبة X until those two have joined: go again
        for (int round = 0; round < 3; round++) {
            if (joinUnique(forms, uf, t -> t == EntityType.ORGANIZATION, (small, large) -> small.stream().anyMatch(s -> large
                    .stream().anyMatch(l -> OrgNames.sameUnit(s, l))), true, Form::withAttributes) == 0) {
                break;
            }
        }
    }

    /** The most frequent type among recognizer mentions (synthetic aliases do not vote); ties go to the first. */
    static EntityType type(List<Form> c) {
        Map<EntityType, Integer> votes = new LinkedHashMap<>();
        for (Form f : c) {
            votes.merge(f.type(), f.synthetic() ? 0 : 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /**
     * Two names of a people that differ only in the plural's case ending or the article:
     * {@code الفلسطينيون} / {@code فلسطينيين}.
     */
    static boolean sameGroup(List<String> a, List<String> b) {
        return a.size() == 1 && b.size() == 1 && !a.equals(b) && plural(a.get(0)).equals(plural(b.get(0)));
    }

    private static String plural(String w) {
        return w.length() > 4 && w.endsWith("ون") ? w.substring(0, w.length() - 2) + "ين" : w;
    }

    /** Every name of {@code small} is a short form of a name of {@code large}. */
    private static boolean shortForm(Set<List<String>> small, Set<List<String>> large) {
        int maxSmall = small.stream().mapToInt(List::size).max().orElse(0);
        int maxLarge = large.stream().mapToInt(List::size).max().orElse(0);
        if (maxSmall >= maxLarge) {
            return false;
        }
        return small.stream().allMatch(s -> large.stream().anyMatch(l -> Names.shortFormOf(s, l)));
    }

    /**
     * Joins clusters of the types {@code types} accepts. With {@code directed}, {@code match(r, o)} is
     * tried only where r's largest name is smaller than o's (or equal and r first), and r joins o when
     * o is its only match; otherwise the match must be unique from both sides. Returns how many joins were made.
     */
    private static int joinUnique(List<Form> forms, UnionFind uf, java.util.function.Predicate<EntityType> types,
                                   BiPredicate<Set<List<String>>, Set<List<String>>> match, boolean directed,
                                   java.util.function.Function<Form, List<String>> name) {
        Map<Integer, List<Form>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            clusters.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(forms.get(i));
        }
        List<Integer> roots = new ArrayList<>(clusters.keySet());
        Map<Integer, EntityType> type = new LinkedHashMap<>();
        Map<Integer, Set<List<String>>> names = new LinkedHashMap<>();
        Map<Integer, Integer> size = new LinkedHashMap<>();
        for (int r : roots) {
            type.put(r, type(clusters.get(r)));
            Set<List<String>> n = new LinkedHashSet<>();
            clusters.get(r).forEach(f -> n.add(name.apply(f)));
            names.put(r, n);
            size.put(r, n.stream().mapToInt(List::size).max().orElse(0));
        }
        Map<Integer, List<Integer>> matches = new LinkedHashMap<>();
        for (int r : roots) {
            List<Integer> m = new ArrayList<>();
            if (types.test(type.get(r))) {
                for (int o : roots) {
                    boolean smaller = size.get(r) < size.get(o) || (size.get(r).equals(size.get(o)) && r < o);
                    if (o != r && type.get(o) == type.get(r) && (!directed || smaller)
                            && match.test(names.get(r), names.get(o))) {
                        m.add(o);
                    }
                }
            }
            matches.put(r, m);
        }
        List<int[]> joins = new ArrayList<>();
        for (int r : roots) {
            List<Integer> m = matches.get(r);
            if (m.size() != 1) {
                continue;
            }
            int o = m.get(0);
            if (directed || (matches.get(o).equals(List.of(r)) && r < o)) {
                joins.add(new int[] {r, o});
            }
        }
        joins.forEach(j -> uf.union(j[0], j[1]));
        return joins.size();
    }
}
