package org.isnad.events;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.arabic.MatchKey;
import org.isnad.arabic.SentenceSplitter;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Span;
import org.isnad.events.text.Affixes;
import org.isnad.events.text.Word;
import org.isnad.events.text.Words;

/**
 * What a story's articles say about its places (package-private), for PLACE contradictions.
 *
 * <p>A mention's chosen location counts as where the event happened only when:
 * <ul>
 * <li>the LOCATION entity is reliable: at least half of the occurrences of its names in the story's
 *     articles are its mentions (a common word the recognizer tagged once, {@code المقاتلين}, is not);</li>
 * <li>it has at least two mentions in the story, or a place-head word right before it ({@code مدينة،
 *     بلدة، قرية، مخيم، ريف، محافظة}, in construct state: {@code المخيم X} is not a head);</li>
 * <li>it is introduced as a location: by a head word, a locative preposition or word ({@code في، بـ،
 *     داخل، قرب، أطراف}), or as the subject of {@code شهد};</li>
 * <li>it is not an origin or a destination ({@code من، إلى، نحو، لـ، من أصل}): people coming from a
 *     country or a visit or handover to a capital do not place the event there.</li>
 * </ul>
 *
 * <p>Two places are compatible (one event can be in both) when they are one entity; when one name
 * contains the other; when one is a country and the other is not ({@link Countries}); or when an
 * article writes one inside the other, directly or through a chain: {@code X بريف Y}, {@code X في Y},
 * {@code X شمال Y}, {@code X بـY}, {@code X، Y}, {@code X التابعة لـY}.
 */
final class PlaceRelations {
    /** Prepositions and words that give where something is. */
    private static final Set<String> LOCATIVE = Words.keys("في", "داخل", "قرب", "عند", "اطراف", "محيط",
            "ضواحي", "وسط", "اراضي", "ارض", "بالقرب", "شهدت", "شهد", "تشهد", "يشهد");
    /** Words before a place that make it an origin or a destination. */
    private static final Set<String> AWAY = Words.keys("من", "إلى", "الى", "نحو", "صوب", "عن", "باتجاه", "اتجاه",
            "اصل", "اصول", "لدى");
    /** Words that may stand between a place and the place that contains it. */
    private static final Set<String> CONTAINER_WORDS = Words.keys("في", "ب", "ضمن", "داخل", "قرب", "تابعه",
            "تابع", "الواقعه", "الواقع", "تقع", "يقع");
    private static final int MAX_GAP = 4;
    private static final SentenceSplitter SENTENCES = new SentenceSplitter();

    private final Map<String, Article> articles = new HashMap<>();
    private final List<Entity> locations;
    private final Map<String, Entity> byId = new HashMap<>();
    private final Set<String> reliable = new HashSet<>();
    private final Map<String, Set<String>> inside = new HashMap<>();

    private PlaceRelations(List<Article> articles, List<Entity> entities) {
        articles.forEach(a -> this.articles.put(a.id(), a));
        this.locations = entities.stream().filter(e -> e.type() == EntityType.LOCATION).toList();
        locations.forEach(e -> byId.put(e.id(), e));
        for (Entity e : locations) {
            if (reliable(e, articles)) {
                reliable.add(e.id());
            }
        }
        for (Article a : articles) {
            for (Span span : SENTENCES.split(a.text())) {
                containment(Sentence.of(a, span, locations));
            }
        }
    }

    /** The places of a story's articles and entities. */
    static PlaceRelations of(List<Article> articles, List<Entity> entities) {
        return new PlaceRelations(articles, entities);
    }

    /** The span of {@code m}'s location when it places the event there, else null. */
    SourceSpan eventPlace(EventMention m) {
        if (m.location() == null || m.locationSpan() == null || !reliable.contains(m.location())) {
            return null;
        }
        Article a = articles.get(m.article());
        if (a == null) {
            return null;
        }
        Sentence s = Sentence.of(a, m.sentence().span(), locations);
        for (Sentence.Named n : s.named) {
            if (n.span().equals(m.locationSpan())) {
                return locatedHere(s, n) ? n.span() : null;
            }
        }
        return null;
    }

    /** Whether one event can have happened in both places. */
    boolean compatible(String a, String b) {
        if (a.equals(b) || reaches(a, b) || reaches(b, a)) {
            return true;
        }
        Entity x = byId.get(a);
        Entity y = byId.get(b);
        if (x == null || y == null) {
            return true;
        }
        if (Countries.is(x.name()) != Countries.is(y.name())) {
            return true;
        }
        for (String nx : names(x)) {
            for (String ny : names(y)) {
                Set<String> kx = key(nx);
                Set<String> ky = key(ny);
                if (!kx.isEmpty() && !ky.isEmpty() && (kx.containsAll(ky) || ky.containsAll(kx))) {
                    return true; // one name inside the other, under any spelling: تورنتو الشمالية / تورونتو ~ تورنتو
                }
            }
        }
        return false;
    }

    /** The canonical name and every alias of a place. */
    private static Set<String> names(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        out.add(e.name());
        out.addAll(e.aliases());
        out.removeIf(n -> n == null || n.isBlank());
        return out;
    }

    private boolean locatedHere(Sentence s, Sentence.Named n) {
        boolean head = isHead(s.folded(n.from() - 1)) || isHead(s.folded(n.from()));
        if (!head && byId.get(n.entity()).mentions().size() < 2) {
            return false;
        }
        // the word that introduces the place (or its head) and the clitics written on it
        int intro = isHead(s.folded(n.from() - 1)) ? n.from() - 2 : n.from() - 1;
        String clitics = isHead(s.folded(n.from() - 1)) ? prefixOf(s.folded(n.from() - 1))
                : s.text().substring(s.words.get(n.from()).start(), n.span().start());
        String before = Affixes.withoutAnd(s.folded(intro));
        boolean near = before.equals("من") && s.folded(intro - 1).endsWith("قرب");
        if (!near && (AWAY.contains(before) || Affixes.withoutAnd(clitics).startsWith("ل"))) {
            return false;
        }
        return head || near || Affixes.withoutAnd(clitics).startsWith("ب") || Affixes.isAny(before, LOCATIVE)
                || Affixes.isAny(before, ArgumentReader.REGION);
    }

    /** A place-head word in construct state (no article), with any proclitic: مدينة، بمحافظة، وريف. */
    private static boolean isHead(String folded) {
        if (folded.isEmpty()) {
            return false;
        }
        for (Affixes.Reading r : Affixes.readings(folded)) {
            boolean head = ArgumentReader.TOWN.contains(r.stem()) || ArgumentReader.REGION.contains(r.stem());
            if (head && !r.prefix().endsWith("ال") && !r.prefix().endsWith("لل")) {
                return true;
            }
        }
        return false;
    }

    /** The proclitics of a head word ({@code ب} of {@code بمدينة}), or "". */
    private static String prefixOf(String folded) {
        for (Affixes.Reading r : Affixes.readings(folded)) {
            if (ArgumentReader.TOWN.contains(r.stem()) || ArgumentReader.REGION.contains(r.stem())) {
                return r.prefix();
            }
        }
        return "";
    }

    /** Records "X inside Y" for two places written one after the other with only containment words between. */
    private void containment(Sentence s) {
        for (int i = 0; i + 1 < s.named.size(); i++) {
            Sentence.Named x = s.named.get(i);
            Sentence.Named y = s.named.get(i + 1);
            if (x.entity().equals(y.entity()) || y.from() - x.to() > MAX_GAP || y.from() < x.to()) {
                continue;
            }
            String yClitics = s.text().substring(s.words.get(y.from()).start(), y.span().start());
            String between = s.text().substring(x.span().end(), s.words.get(y.from()).start());
            boolean marked = between.contains("،") || between.contains(",") || yClitics.startsWith("ب");
            boolean onlyContainers = true;
            for (int k = x.to(); k < y.from(); k++) {
                String w = s.folded(k);
                if (Affixes.isAny(w, CONTAINER_WORDS) || isHead(w) || Affixes.isAny(w, ArgumentReader.REGION)) {
                    marked = true;
                } else {
                    onlyContainers = false;
                }
            }
            if (marked && onlyContainers && !yClitics.startsWith("و")) {
                inside.computeIfAbsent(x.entity(), k -> new HashSet<>()).add(y.entity());
            }
        }
    }

    /** True when {@code from} is written inside {@code to}, directly or through other places. */
    private boolean reaches(String from, String to) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            String p = todo.pop();
            for (String q : inside.getOrDefault(p, Set.of())) {
                if (q.equals(to)) {
                    return true;
                }
                if (seen.add(q)) {
                    todo.push(q);
                }
            }
        }
        return false;
    }

    /** At least half of the occurrences of the entity's names in the articles are its mentions. */
    private static boolean reliable(Entity e, List<Article> articles) {
        Set<String> forms = new LinkedHashSet<>();
        e.mentions().forEach(m -> forms.add(m.text()));
        int tagged = 0;
        int written = 0;
        for (Article a : articles) {
            for (SourceSpan m : e.mentions()) {
                if (m.article().equals(a.id())) {
                    tagged++;
                }
            }
            for (String f : forms) {
                written += occurrences(a.text(), f);
            }
        }
        return tagged > 0 && 2 * tagged >= written;
    }

    /** Occurrences of {@code form} in {@code text} that end a word (a proclitic before is allowed). */
    private static int occurrences(String text, String form) {
        int n = 0;
        for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
            int end = i + form.length();
            int start = i;
            while (start > 0 && i - start < 2 && "وفبلك".indexOf(text.charAt(start - 1)) >= 0) {
                start--;
            }
            boolean wordStart = start == 0 || !Character.isLetter(text.charAt(start - 1));
            if (wordStart && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                n++;
            }
        }
        return n;
    }

    private static Set<String> key(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (Word w : Words.of(name)) {
            out.add(MatchKey.of(w.folded()));
        }
        return out;
    }
}
