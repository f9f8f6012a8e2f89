package org.isnad.server.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Count;
import org.isnad.core.model.DateValue;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Event;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Stance;
import org.isnad.core.model.Story;
import org.isnad.server.Desk;
import org.isnad.server.geo.Geocoder;

/**
 * What the desk's list, events, map and entity pages read: one row per story, event and claim of
 * the whole desk and the desk-level referents of its entities, made from the story dossiers as
 * the API answers them ({@link PublicView}). Built once per analysis and kept while the desk's
 * stories stay the same (see {@link Cache}).
 *
 * <p><b>Referents.</b> Story entities are linked across stories when they are the same entity id,
 * or of the same type with the same name (word-by-word match key), or when one's alias is the
 * other's name. Aliases never link two entities whose only common form is an alias of both, and a
 * person's one-word alias ({@code محمد}) links nothing: two people are never merged through a
 * shared first name or a name that two resolutions both saw.
 */
final class DeskCatalog {
    record Source(String article, String outlet, String published, SourceSpan span) {
    }

    record StoryRow(String id, String title, String storyline, String first, String last, int articles,
                    List<String> outlets, List<String> top, Set<String> eventTypes, Set<String> countries,
                    Set<String> referents, int contradictions, int claims, int events) {
    }

    record EventRow(String id, String story, String storyTitle, String type, List<String> actors,
                    List<String> targets, String place, Geocoder.Place geo, DateValue date, List<Count> counts,
                    List<Source> sources, Set<String> referents) {
        String day() {
            if (date != null && date.value().length() >= 4) {
                return AcledCsv.firstDay(date.value());
            }
            return sources.stream().map(Source::published).filter(Objects::nonNull).findFirst().orElse("");
        }
    }

    record ClaimRow(String id, String story, String storyTitle, String speaker, String speakerText, Stance stance,
                    String cue, Source source, int corroborated, int contradicted) {
    }

    /** Entities of the desk that are one referent: a representative id, name, type, every alias. */
    record Referent(String id, String name, EntityType type, Set<String> aliases, Set<String> entities,
                    Map<String, Integer> mentionsByStory) {
    }

    final List<StoryRow> stories;
    final List<EventRow> events;
    final List<ClaimRow> claims;
    final Map<String, Referent> referents;
    /** entity id to referent id */
    final Map<String, String> referentOf;
    /** article id to story id */
    final Map<String, String> storyOf;

    private DeskCatalog(List<StoryRow> stories, List<EventRow> events, List<ClaimRow> claims,
                        Map<String, Referent> referents, Map<String, String> referentOf, Map<String, String> storyOf) {
        this.storyOf = storyOf;
        this.stories = List.copyOf(stories);
        this.events = List.copyOf(events);
        this.claims = List.copyOf(claims);
        this.referents = referents;
        this.referentOf = referentOf;
    }

    /** The catalog of {@code dossiers} (one per story). */
    static DeskCatalog of(List<Dossier> dossiers) {
        Map<String, String> referentOf = new HashMap<>();
        Map<String, Referent> referents = link(dossiers, referentOf);
        List<StoryRow> stories = new ArrayList<>();
        List<EventRow> events = new ArrayList<>();
        List<ClaimRow> claims = new ArrayList<>();
        Map<String, String> storyOf = new HashMap<>();
        for (Dossier d : dossiers) {
            Story s = d.stories().get(0);
            s.articles().forEach(a -> storyOf.putIfAbsent(a, s.id()));
            Map<String, Entity> entities = d.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
            Map<String, Article> articles = d.articles().stream().map(Dossier.StoriedArticle::article)
                    .collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
            Function<String, String> name = id -> entities.containsKey(id) ? entities.get(id).name() : id;
            Function<SourceSpan, Source> source = sp -> {
                Article a = articles.get(sp.article());
                return new Source(sp.article(), outlet(a), published(a), sp);
            };
            Set<String> countries = new TreeSet<>();
            Set<String> types = new TreeSet<>();
            for (Event e : d.events()) {
                Entity place = e.location() == null ? null : entities.get(e.location());
                Geocoder.Place geo = place == null ? null : AcledCsv.place(place).orElse(null);
                if (geo != null) {
                    countries.add(geo.country());
                }
                types.add(e.type().name());
                Set<String> refs = new LinkedHashSet<>();
                for (String id : concat(e.actors(), e.targets(), e.location() == null ? List.of() : List.of(e.location()))) {
                    refs.add(referentOf.getOrDefault(id, id));
                }
                Map<String, SourceSpan> firstPerArticle = new LinkedHashMap<>();
                e.mentions().forEach(m -> firstPerArticle.putIfAbsent(m.article(), m));
                events.add(new EventRow(e.id(), s.id(), s.title(), e.type().name(), e.actors().stream().map(name).toList(),
                        e.targets().stream().map(name).toList(), place == null ? null : place.name(), geo, e.date(),
                        e.counts(), firstPerArticle.values().stream().map(source).toList(), refs));
            }
            if (countries.isEmpty()) {
                d.entities().stream().filter(e -> e.type() == EntityType.LOCATION)
                        .max(Comparator.comparingInt(e -> e.mentions().size()))
                        .flatMap(AcledCsv::place).ifPresent(p -> countries.add(p.country()));
            }
            for (Claim c : d.claims()) {
                claims.add(new ClaimRow(c.id(), s.id(), s.title(),
                        c.speaker() == null ? null : referentOf.getOrDefault(c.speaker(), c.speaker()),
                        c.speakerText() != null ? c.speakerText() : c.speaker() == null ? null : name.apply(c.speaker()),
                        c.stance(), c.cue(), source.apply(c.span()), c.corroboratedBy().size(), c.contradictedBy().size()));
            }
            List<String> dates = articles.values().stream().map(DeskCatalog::published).filter(Objects::nonNull).sorted().toList();
            Set<String> outlets = new LinkedHashSet<>();
            for (String id : s.articles()) {
                outlets.add(outlet(articles.get(id)));
            }
            List<String> top = d.entities().stream().sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size()))
                    .limit(4).map(Entity::id).map(id -> referentOf.getOrDefault(id, id)).distinct().toList();
            Set<String> refs = new LinkedHashSet<>();
            d.entities().forEach(e -> refs.add(referentOf.getOrDefault(e.id(), e.id())));
            stories.add(new StoryRow(s.id(), s.title(), s.storyline(), dates.isEmpty() ? null : dates.get(0),
                    dates.isEmpty() ? null : dates.get(dates.size() - 1), s.articles().size(), List.copyOf(outlets), top,
                    types, countries, refs, s.contradictions().size(), d.claims().size(), d.events().size()));
        }
        return new DeskCatalog(stories, events, claims, referents, referentOf, storyOf);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> out = new ArrayList<>();
        for (List<String> l : lists) {
            out.addAll(l);
        }
        return out;
    }

    /** The outlet, else the public file name of the source (never a path). */
    static String outlet(Article a) {
        if (a == null) {
            return null;
        }
        return a.outlet() != null ? a.outlet() : a.source();
    }

    /** The publication day (YYYY-MM-DD), or null. */
    static String published(Article a) {
        if (a == null || a.published() == null) {
            return null;
        }
        String v = a.published().value();
        return v.length() >= 10 ? v.substring(0, 10) : v;
    }

    /** Desk-level linking of the story entities (see the class comment). */
    private static Map<String, Referent> link(List<Dossier> dossiers, Map<String, String> referentOf) {
        Map<String, Entity> all = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> mentions = new HashMap<>();
        for (Dossier d : dossiers) {
            String story = d.stories().get(0).id();
            for (Entity e : d.entities()) {
                all.putIfAbsent(e.id(), e);
                mentions.computeIfAbsent(e.id(), k -> new LinkedHashMap<>()).merge(story, e.mentions().size(), Integer::sum);
            }
        }
        Map<String, String> parent = new HashMap<>();
        all.keySet().forEach(id -> parent.put(id, id));
        Map<String, String> byName = new HashMap<>();
        for (Entity e : all.values()) {
            String k = e.type() + "|" + Geocoder.key(e.name());
            String other = byName.putIfAbsent(k, e.id());
            if (other != null) {
                union(parent, other, e.id());
            }
        }
        for (Entity e : all.values()) {
            for (String alias : e.aliases()) {
                if (e.type() == EntityType.PERSON && alias.strip().split("\\s+").length < 2) {
                    continue;
                }
                String other = byName.get(e.type() + "|" + Geocoder.key(alias));
                if (other != null) {
                    union(parent, other, e.id());
                }
            }
        }
        Map<String, List<Entity>> groups = new LinkedHashMap<>();
        for (Entity e : all.values()) {
            groups.computeIfAbsent(find(parent, e.id()), k -> new ArrayList<>()).add(e);
        }
        Map<String, Referent> out = new LinkedHashMap<>();
        for (List<Entity> g : groups.values()) {
            Entity best = g.stream().max(Comparator.comparingInt(e -> mentions.get(e.id()).values().stream().mapToInt(i -> i).sum()))
                    .orElseThrow();
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> ids = new LinkedHashSet<>();
            Map<String, Integer> byStory = new LinkedHashMap<>();
            for (Entity e : g) {
                aliases.add(e.name());
                aliases.addAll(e.aliases());
                ids.add(e.id());
                mentions.get(e.id()).forEach((s, n) -> byStory.merge(s, n, Integer::sum));
                referentOf.put(e.id(), best.id());
            }
            aliases.remove(best.name());
            out.put(best.id(), new Referent(best.id(), best.name(), best.type(), aliases, ids, byStory));
        }
        return out;
    }

    private static String find(Map<String, String> parent, String id) {
        String p = parent.get(id);
        while (!p.equals(parent.get(p))) {
            p = parent.get(p);
        }
        parent.put(id, p);
        return p;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }

    /** The referent of an entity id (itself a referent id or any linked entity's id). */
    Referent referent(String entityId) {
        String r = referentOf.get(entityId);
        return r == null ? null : referents.get(r);
    }

    /** Every known spelling of the referents named {@code text} (their names or aliases), without {@code text}. */
    Set<String> aliasesOf(String text) {
        String key = Geocoder.key(text);
        Set<String> out = new LinkedHashSet<>();
        if (key.isEmpty()) {
            return out;
        }
        for (Referent r : referents.values()) {
            Set<String> forms = new LinkedHashSet<>(r.aliases());
            forms.add(r.name());
            if (forms.stream().anyMatch(f -> Geocoder.key(f).equals(key))) {
                forms.stream().filter(f -> !Geocoder.key(f).equals(key)).forEach(out::add);
            }
        }
        return out;
    }

    /**
     * One catalog per analysis: rebuilt when the desk's stories change (a new analysis that leaves
     * every story as it was leaves their rows as they were too). Each story's dossier is kept with the
     * story record it was read for, so a rebuild reads from the store only the stories the writer
     * changed since the last one (the incremental desk changes a few stories per batch).
     *
     * <p>Rebuilds run one at a time. A reader waits for the first catalog; later, when the desk has
     * changed, it waits for the new one only where the last rebuild was quick (under
     * {@link #QUICK_BUILD_MS}; then at most {@link #FRESH_WAIT_MS}), and otherwise reads the last one at
     * once while the new one is built: a desk of 20,000 stories takes seconds to rebuild, and a reader
     * never waits for that.
     */
    static final class Cache {
        static final long QUICK_BUILD_MS = 500;
        static final long FRESH_WAIT_MS = 5_000;
        private final Desk desk;
        private final Map<String, Map.Entry<Story, Dossier>> dossierOf = new HashMap<>();
        private volatile Built current;
        private java.util.concurrent.CompletableFuture<Built> building;

        private record Built(List<Story> key, DeskCatalog catalog, long millis) {
        }

        Cache(Desk desk) {
            this.desk = desk;
        }

        DeskCatalog get() {
            List<Story> stories = desk.stories();
            Built now = current;
            if (now != null && now.key().equals(stories)) {
                return now.catalog();
            }
            long wait = now == null || now.millis() < QUICK_BUILD_MS ? FRESH_WAIT_MS : 0;
            long deadline = System.nanoTime() + wait * 1_000_000L;
            while (true) {
                java.util.concurrent.CompletableFuture<Built> next = rebuild();
                Built last = current;
                Built b;
                try {
                    if (last == null) {
                        b = next.join(); // no catalog yet: wait for the first
                    } else {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            return last.catalog();
                        }
                        b = next.get(left, java.util.concurrent.TimeUnit.NANOSECONDS);
                    }
                } catch (java.util.concurrent.TimeoutException e) {
                    return current.catalog();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return current.catalog();
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CompletionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
                }
                if (b.key().equals(stories)) {
                    return b.catalog();
                }
                // a build begun before the desk changed: the next round starts one over the new stories
            }
        }

        /** The rebuild under way, or a new one (on a thread of its own) when none is or the last is done. */
        private synchronized java.util.concurrent.CompletableFuture<Built> rebuild() {
            if (building == null || building.isDone()) {
                building = java.util.concurrent.CompletableFuture.supplyAsync(this::build, runnable -> {
                    Thread t = new Thread(runnable, "isnad-desk-catalog-build");
                    t.setDaemon(true);
                    t.start();
                });
            }
            return building;
        }

        /** Runs on one thread at a time (see {@link #rebuild}); re-reads only the changed stories. */
        private Built build() {
            long t0 = System.nanoTime();
            List<Story> stories = desk.stories();
            Map<String, Map.Entry<Story, Dossier>> kept = new HashMap<>();
            List<Dossier> dossiers = new ArrayList<>();
            for (Story s : stories) {
                Map.Entry<Story, Dossier> known = dossierOf.get(s.id());
                if (known == null || !known.getKey().equals(s)) {
                    known = desk.storyDossier(s.id()).map(PublicView::dossier).map(d -> Map.entry(s, d)).orElse(null);
                }
                if (known != null) {
                    kept.put(s.id(), known);
                    dossiers.add(known.getValue());
                }
            }
            dossierOf.clear();
            dossierOf.putAll(kept);
            Built built = new Built(stories, DeskCatalog.of(dossiers), (System.nanoTime() - t0) / 1_000_000);
            current = built;
            return built;
        }
    }
}
