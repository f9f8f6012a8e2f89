package org.isnad.claims.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.arabic.ArabicNormalizer;
import org.isnad.arabic.ContentWords;
import org.isnad.arabic.NormalizedText;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Span;

/**
 * Finds the occurrences of resolved names that the recognizer missed: every alias of an entity is
 * searched in every article of the story (folded, so hamza and ta marbuta spellings meet), as a
 * whole word or after the proclitics {@code و ف ب ل ك ال لل}; each hit not overlapping a mention
 * already there becomes a mention. For a person, a one-letter-deletion spelling of a surname of
 * five letters or more is taken too, when the letter is a long vowel inside the word (a name written
 * with and without it) and the spelling fits exactly one person of the story; it becomes an alias.
 *
 * <p>Left out as search words: aliases shorter than three letters, stop words, titles, definite
 * relative adjectives naming no person ({@code الفرنسيين}), a person's given name alone (many people share it) and an
 * alias two entities share.
 */
final class MentionRecovery {
    /** Proclitic sequences allowed before a name inside its word (folded). */
    private static final Set<String> PROCLITICS = Set.of("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك");
    /** Proclitic sequences ending in the article, before a name whose article was stripped. */
    private static final Set<String> ARTICLE_PROCLITICS = Set.of("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل",
            "وبال", "فبال", "وكال", "فكال");
    private static final int MIN_SURNAME = 5;

    private MentionRecovery() {
    }

    /** The entities with the mentions found added (ids, order and everything else unchanged). */
    static List<Entity> recover(List<Article> articles, List<Entity> entities) {
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.putIfAbsent(a.id(), a));
        Map<String, List<Span>> taken = new HashMap<>();
        for (Entity e : entities) {
            for (SourceSpan m : e.mentions()) {
                taken.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m.span());
            }
        }
        Map<String, Integer> owners = new HashMap<>();
        for (Entity e : entities) {
            new LinkedHashSet<>(searchNames(e)).forEach(n -> owners.merge(n, 1, Integer::sum));
        }
        Map<String, NormalizedText> folded = new LinkedHashMap<>();
        byId.values().forEach(a -> folded.put(a.id(), ArabicNormalizer.normalize(a.text())));
        Map<String, String> variantOwner = variants(entities, folded, owners);

        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            List<SourceSpan> mentions = new ArrayList<>(e.mentions());
            Set<String> aliases = new LinkedHashSet<>(e.aliases());
            List<String> names = new ArrayList<>(searchNames(e).stream().filter(n -> owners.get(n) == 1).toList());
            variantOwner.forEach((v, id) -> {
                if (id.equals(e.id())) {
                    names.add(v);
                }
            });
            names.sort(Comparator.comparingInt(String::length).reversed()); // the full name before its parts
            for (String name : names) {
                for (Article a : byId.values()) {
                    for (Span s : find(folded.get(a.id()), name, variantOwner.containsKey(name))) {
                        List<Span> t = taken.computeIfAbsent(a.id(), k -> new ArrayList<>());
                        if (t.stream().noneMatch(x -> x.overlaps(s))) {
                            t.add(s);
                            mentions.add(SourceSpan.of(a, s));
                            if (variantOwner.containsKey(name)) {
                                aliases.add(s.of(a.text()));
                            }
                        }
                    }
                }
            }
            mentions.sort(Comparator.comparing((SourceSpan m) -> indexOf(articles, m.article()))
                    .thenComparingInt(SourceSpan::start));
            out.add(new Entity(e.id(), e.type(), e.name(), List.copyOf(aliases), e.descriptions(), mentions));
        }
        return out;
    }

    private static int indexOf(List<Article> articles, String id) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id().equals(id)) {
                return i;
            }
        }
        return articles.size();
    }

    /** The folded aliases of {@code e} worth searching for. */
    private static List<String> searchNames(Entity e) {
        Set<String> givenNames = new LinkedHashSet<>();
        for (String alias : e.aliases()) {
            String[] parts = ArabicNormalizer.fold(alias).trim().split("\\s+");
            if (e.type() == EntityType.PERSON && parts.length >= 2) {
                givenNames.add(parts[0]);
            }
        }
        List<String> out = new ArrayList<>();
        for (String alias : e.aliases()) {
            String f = ArabicNormalizer.fold(alias).trim().replaceAll("\\s+", " ");
            if (f.length() < 3 || givenNames.contains(f) || Names.PARTICLES.contains(f)
                    || (!f.contains(" ") && (ContentWords.isStopWord(f) || Titles.isTitle(f)
                    || (e.type() != EntityType.PERSON && isAdjective(f))))) {
                continue;
            }
            out.add(f);
        }
        return out;
    }

    /** A definite relative adjective or its plural ({@code الفرنسي}, {@code الفرنسيين}): a description more often than a name. */
    private static boolean isAdjective(String f) {
        return f.startsWith("ال") && f.length() >= 6 && (f.endsWith("ي") || f.endsWith("يه") || f.endsWith("يين")
                || f.endsWith("يون"));
    }

    /**
     * Words of the story that are a long-vowel spelling of exactly one person's surname and
     * are no alias of any entity, mapped to that person's id.
     */
    private static Map<String, String> variants(List<Entity> entities, Map<String, NormalizedText> folded,
                                                Map<String, Integer> owners) {
        Map<String, Set<String>> surnames = new LinkedHashMap<>(); // surname -> person ids
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (String alias : e.aliases()) {
                String[] parts = ArabicNormalizer.fold(alias).trim().split("\\s+");
                String last = org.isnad.claims.text.Clitics.stripArticle(parts[parts.length - 1]);
                if (parts.length >= 2 && last.length() >= MIN_SURNAME && !Names.PARTICLES.contains(parts[parts.length - 2])) {
                    surnames.computeIfAbsent(last, k -> new LinkedHashSet<>()).add(e.id());
                }
            }
        }
        Map<String, Set<String>> candidates = new LinkedHashMap<>();
        for (NormalizedText t : folded.values()) {
            for (String word : t.normalized().split("[^\\p{L}\\p{N}]+")) {
                for (String r : org.isnad.claims.text.Clitics.readings(word)) {
                    String reading = org.isnad.claims.text.Clitics.stripArticle(r);
                    if (owners.containsKey(reading) || surnames.containsKey(reading)) {
                        continue;
                    }
                    for (Map.Entry<String, Set<String>> s : surnames.entrySet()) {
                        if (longVowelDropped(reading, s.getKey())) {
                            candidates.computeIfAbsent(reading, k -> new LinkedHashSet<>()).addAll(s.getValue());
                        }
                    }
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        candidates.forEach((v, ids) -> {
            if (ids.size() == 1 && !ContentWords.isStopWord(v)) {
                out.put(v, ids.iterator().next());
            }
        });
        return out;
    }

    /**
     * True when one word is the other with one long vowel ({@code ا و ي}) inside it dropped: not the
     * first or last letter, so a nisba ({@code X-ي}) and its place or people name ({@code X}) stay apart.
     */
    static boolean longVowelDropped(String a, String b) {
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (longer.length() != shorter.length() + 1 || !Names.oneDeletion(shorter, longer)) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return i > 0 && i < longer.length() - 1 && "اوي".indexOf(longer.charAt(i)) >= 0;
    }

    /**
     * Spans of {@code name} (folded) in the text, whole words after allowed proclitics, proclitics
     * left out; with {@code articleOptional} (a surname stored without its article) an {@code ال}
     * before it is taken into the span.
     */
    static List<Span> find(NormalizedText t, String name, boolean articleOptional) {
        String text = t.normalized();
        boolean article = name.startsWith("ال") && name.length() >= 4;
        String bare = article ? name.substring(2) : name;
        List<Span> out = new ArrayList<>();
        for (int p = text.indexOf(bare); p >= 0; p = text.indexOf(bare, p + 1)) {
            int end = p + bare.length();
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            int w = p;
            while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            String prefix = text.substring(w, p);
            int from;
            if (article && ARTICLE_PROCLITICS.contains(prefix)) {
                from = prefix.endsWith("لل") ? p : p - 2; // للX: the name starts after both lams
            } else if (!article && PROCLITICS.contains(prefix)) {
                from = p;
            } else if (articleOptional && ARTICLE_PROCLITICS.contains(prefix)) {
                from = prefix.endsWith("لل") ? p : p - 2;
            } else {
                continue;
            }
            out.add(t.toOriginalSpan(from, end));
        }
        return out;
    }
}
