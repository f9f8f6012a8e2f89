package org.isnad.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.isnad.server.Desk;
import org.isnad.server.geo.Geocoder;
import org.isnad.server.search.SearchHit;

/**
 * Read-only views over the whole desk (see {@link DeskCatalog}): the story list sorted, filtered and
 * paged on the server, the events table and map, entity pages across stories and search results
 * grouped by story with a name's known aliases searched too. Error messages are Arabic: the page
 * shows them as they come.
 */
final class DeskHandlers {
    static final int MAX_PAGE = 100;
    private static final int MAX_POINTS = 5_000;
    private static final int SEARCH_DEPTH = 200;
    private final Desk desk;
    private final DeskCatalog.Cache catalog;

    DeskHandlers(Desk desk) {
        this.desk = desk;
        this.catalog = new DeskCatalog.Cache(desk);
        // built once in the background at start, so that the first reader does not wait for it
        Thread warm = new Thread(() -> {
            try {
                catalog.get();
            } catch (RuntimeException e) {
                System.err.println("isnad: desk catalog not prepared at start (built on first use): " + e);
            }
        }, "isnad-desk-catalog");
        warm.setDaemon(true);
        warm.start();
    }

    /** Query parameters shared by the story list and the events table. */
    record Filters(String from, String to, String outlet, String entity, String type, String country, String story) {
        static Filters of(Context ctx) {
            return new Filters(date(ctx, "from"), date(ctx, "to"), blank(ctx.queryParam("outlet")),
                    blank(ctx.queryParam("entity")), blank(ctx.queryParam("type")), blank(ctx.queryParam("country")),
                    blank(ctx.queryParam("story")));
        }

        /** True when [first, last] meets [from, to] (a story or event without a date passes no date filter). */
        boolean dates(String first, String last) {
            if (from == null && to == null) {
                return true;
            }
            if (first == null) {
                return false;
            }
            return (from == null || last.compareTo(from) >= 0) && (to == null || first.compareTo(to) <= 0);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String date(Context ctx, String name) {
        String v = blank(ctx.queryParam(name));
        if (v != null && !v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw ApiException.badRequest("التاريخ يُكتب YYYY-MM-DD (" + name + ")");
        }
        return v;
    }

    private static int number(Context ctx, String name, int fallback, int min, int max) {
        String v = blank(ctx.queryParam(name));
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiException.badRequest("القيمة " + name + " بين " + min + " و" + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("القيمة " + name + " عدد");
        }
    }

    /** Referent ids named by {@code entity}: an entity id, or every referent one of whose spellings has that key. */
    private static Set<String> referentsNamed(DeskCatalog c, String entity) {
        if (entity == null) {
            return null;
        }
        DeskCatalog.Referent byId = c.referent(entity);
        if (byId != null) {
            return Set.of(byId.id());
        }
        String key = Geocoder.key(entity);
        return c.referents.values().stream().filter(r -> Geocoder.key(r.name()).equals(key)
                || r.aliases().stream().anyMatch(a -> Geocoder.key(a).equals(key))).map(DeskCatalog.Referent::id)
                .collect(Collectors.toSet());
    }

    void stories(Context ctx) {
        DeskCatalog c = catalog.get();
        Filters f = Filters.of(ctx);
        String sort = ctx.queryParam("sort") == null ? "recent" : ctx.queryParam("sort");
        int size = number(ctx, "size", 20, 1, MAX_PAGE);
        int page = number(ctx, "page", 1, 1, Integer.MAX_VALUE);
        Set<String> named = referentsNamed(c, f.entity());
        Predicate<DeskCatalog.StoryRow> keep = s -> f.dates(s.first(), s.last())
                && (f.outlet() == null || s.outlets().contains(f.outlet()))
                && (named == null || s.referents().stream().anyMatch(named::contains))
                && (f.type() == null || s.eventTypes().contains(f.type()))
                && (f.country() == null || s.countries().contains(f.country()));
        Comparator<DeskCatalog.StoryRow> recent = Comparator.comparing(DeskCatalog.StoryRow::last,
                Comparator.nullsLast(Comparator.reverseOrder()));
        Comparator<DeskCatalog.StoryRow> order = switch (sort) {
            case "recent" -> recent.thenComparing(s -> -s.articles());
            case "size" -> Comparator.comparingInt((DeskCatalog.StoryRow s) -> -s.articles()).thenComparing(recent);
            case "outlets" -> Comparator.comparingInt((DeskCatalog.StoryRow s) -> -s.outlets().size())
                    .thenComparingInt(s -> -s.articles()).thenComparing(recent);
            default -> throw ApiException.badRequest("الترتيب: recent أو size أو outlets");
        };
        List<DeskCatalog.StoryRow> rows = c.stories.stream().filter(keep).sorted(order).toList();
        ArrayNode arr = Json.MAPPER.createArrayNode();
        for (DeskCatalog.StoryRow s : page(rows, page, size)) {
            ObjectNode o = arr.addObject().put("id", s.id()).put("title", s.title()).put("storyline", s.storyline())
                    .put("first", s.first()).put("last", s.last()).put("articles", s.articles())
                    .put("contradictions", s.contradictions()).put("claims", s.claims()).put("events", s.events());
            s.outlets().forEach(o.putArray("outlets")::add);
            ArrayNode top = o.putArray("top");
            for (String r : s.top()) {
                referent(top.addObject(), c.referents.get(r), r);
            }
            s.eventTypes().forEach(o.putArray("eventTypes")::add);
            ArrayNode countries = o.putArray("countries");
            s.countries().forEach(cc -> country(countries.addObject(), cc));
        }
        ObjectNode body = Json.object().put("total", rows.size()).put("page", page).put("size", size).put("sort", sort)
                .put("dirty", desk.isDirty());
        body.set("stories", arr);
        ObjectNode facets = body.putObject("facets");
        counted(facets.putArray("outlets"), c.stories.stream().flatMap(s -> s.outlets().stream()).toList());
        counted(facets.putArray("eventTypes"), c.stories.stream().flatMap(s -> s.eventTypes().stream()).toList());
        ArrayNode countries = facets.putArray("countries");
        Map<String, Long> cc = c.stories.stream().flatMap(s -> s.countries().stream())
                .collect(Collectors.groupingBy(x -> x, TreeMap::new, Collectors.counting()));
        cc.forEach((k, n) -> country(countries.addObject(), k).put("count", n));
        Json.send(ctx, body);
    }

    void events(Context ctx) {
        DeskCatalog c = catalog.get();
        Filters f = Filters.of(ctx);
        int size = number(ctx, "size", 50, 1, MAX_PAGE);
        int page = number(ctx, "page", 1, 1, Integer.MAX_VALUE);
        Set<String> named = referentsNamed(c, f.entity());
        List<DeskCatalog.EventRow> rows = c.events.stream().filter(e -> {
            String day = e.day();
            return f.dates(day.isEmpty() ? null : day, day)
                    && (f.outlet() == null || e.sources().stream().anyMatch(s -> f.outlet().equals(s.outlet())))
                    && (named == null || e.referents().stream().anyMatch(named::contains))
                    && (f.type() == null || e.type().equals(f.type()))
                    && (f.country() == null || e.geo() != null && e.geo().country().equals(f.country()))
                    && (f.story() == null || e.story().equals(f.story()));
        }).sorted(Comparator.comparing(DeskCatalog.EventRow::day, Comparator.reverseOrder())).toList();
        ObjectNode body = Json.object().put("total", rows.size()).put("page", page).put("size", size);
        ArrayNode arr = body.putArray("events");
        page(rows, page, size).forEach(e -> event(arr.addObject(), e));
        ArrayNode points = body.putArray("points");
        rows.stream().filter(e -> e.geo() != null).limit(MAX_POINTS).forEach(e -> {
            ObjectNode p = points.addObject().put("id", e.id()).put("story", e.story()).put("type", e.type())
                    .put("place", e.place()).put("lat", e.geo().lat()).put("lon", e.geo().lon()).put("day", e.day());
            p.set("source", span(e.sources().get(0)));
        });
        ObjectNode facets = body.putObject("facets");
        counted(facets.putArray("eventTypes"), c.events.stream().map(DeskCatalog.EventRow::type).toList());
        ArrayNode countries = facets.putArray("countries");
        c.events.stream().filter(e -> e.geo() != null).collect(Collectors.groupingBy(e -> e.geo().country(), TreeMap::new,
                Collectors.counting())).forEach((k, n) -> country(countries.addObject(), k).put("count", n));
        Json.send(ctx, body);
    }

    void entity(Context ctx) {
        DeskCatalog c = catalog.get();
        String id = ctx.pathParam("id");
        DeskCatalog.Referent r = c.referent(id);
        if (r == null) {
            throw ApiException.notFound("لا كيان بهذا المعرّف في المكتب");
        }
        ObjectNode body = referent(Json.object(), r, r.id());
        r.aliases().forEach(body.putArray("aliases")::add);
        r.entities().forEach(body.putArray("entities")::add);
        Map<String, DeskCatalog.StoryRow> byId = c.stories.stream().collect(Collectors.toMap(DeskCatalog.StoryRow::id, s -> s));
        ArrayNode stories = body.putArray("stories");
        r.mentionsByStory().entrySet().stream().filter(e -> byId.containsKey(e.getKey()))
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> byId.get(e.getKey()).last(),
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .forEach(e -> {
                    DeskCatalog.StoryRow s = byId.get(e.getKey());
                    stories.addObject().put("id", s.id()).put("title", s.title()).put("first", s.first()).put("last", s.last())
                            .put("articles", s.articles()).put("mentions", e.getValue());
                });
        ArrayNode claims = body.putArray("claims");
        c.claims.stream().filter(x -> r.id().equals(x.speaker())).forEach(x -> {
            ObjectNode o = claims.addObject().put("id", x.id()).put("story", x.story()).put("storyTitle", x.storyTitle())
                    .put("speakerText", x.speakerText()).put("stance", x.stance() == null ? null : x.stance().name())
                    .put("cue", x.cue()).put("corroborated", x.corroborated()).put("contradicted", x.contradicted());
            o.set("source", span(x.source()));
        });
        ArrayNode events = body.putArray("events");
        c.events.stream().filter(e -> e.referents().contains(r.id())).forEach(e -> event(events.addObject(), e));
        Json.send(ctx, body);
    }

    /**
     * Search results grouped by story. A query that is a known name is searched with all its known
     * spellings ({@code expanded}); with {@code story=ID} only that story's articles are answered,
     * with every highlight (the page marks them in the dossier).
     */
    void search(Context ctx) {
        String q = blank(ctx.queryParam("q"));
        if (q == null) {
            throw ApiException.badRequest("اكتب ما تبحث عنه");
        }
        DeskCatalog c = catalog.get();
        List<String> aliases = new ArrayList<>(c.aliasesOf(q));
        StringBuilder query = new StringBuilder(q);
        for (String a : aliases) {
            query.append(" \"").append(a.replace("\"", " ")).append('"');
        }
        List<SearchHit> hits;
        try {
            hits = desk.search(query.toString(), SEARCH_DEPTH);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("تعذّر فهم البحث: " + e.getMessage());
        }
        String only = blank(ctx.queryParam("story"));
        Map<String, DeskCatalog.StoryRow> byId = c.stories.stream().collect(Collectors.toMap(DeskCatalog.StoryRow::id, s -> s));
        Map<String, List<SearchHit>> groups = new LinkedHashMap<>();
        for (SearchHit h : hits) {
            String story = c.storyOf.get(h.article());
            if (story != null && (only == null || only.equals(story))) {
                groups.computeIfAbsent(story, k -> new ArrayList<>()).add(h);
            }
        }
        ObjectNode body = Json.object().put("query", q).put("total", hits.size());
        aliases.forEach(body.putArray("expanded")::add);
        ArrayNode arr = body.putArray("stories");
        for (var g : groups.entrySet()) {
            DeskCatalog.StoryRow s = byId.get(g.getKey());
            ObjectNode o = arr.addObject().put("id", g.getKey()).put("title", s == null ? null : s.title())
                    .put("first", s == null ? null : s.first()).put("last", s == null ? null : s.last());
            ArrayNode list = o.putArray("hits");
            for (SearchHit h : g.getValue()) {
                ObjectNode x = list.addObject().put("article", h.article()).put("title", PublicView.label(h.title()))
                        .put("score", h.score());
                x.set("snippet", h.snippet() == null ? null : Json.MAPPER.valueToTree(h.snippet()));
                x.set("highlights", Json.MAPPER.valueToTree(h.highlights()));
            }
        }
        Json.send(ctx, body);
    }

    private static <T> List<T> page(List<T> rows, int page, int size) {
        long from = (long) (page - 1) * size;
        if (from >= rows.size()) {
            return List.of();
        }
        return rows.subList((int) from, (int) Math.min(rows.size(), from + size));
    }

    private static void counted(ArrayNode out, List<String> values) {
        Map<String, Long> n = values.stream().filter(v -> v != null)
                .collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()));
        n.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.addObject().put("value", e.getKey()).put("count", e.getValue()));
    }

    private static ObjectNode country(ObjectNode o, String cc) {
        return o.put("code", cc).put("name", Geocoder.standard().byId(cc).map(Geocoder.Place::arabic).orElse(cc));
    }

    private static ObjectNode referent(ObjectNode o, DeskCatalog.Referent r, String id) {
        return o.put("id", id).put("name", r == null ? id : PublicView.label(r.name()))
                .put("type", r == null ? null : r.type().name());
    }

    private static ObjectNode span(DeskCatalog.Source s) {
        ObjectNode o = Json.object().put("article", s.article()).put("start", s.span().start()).put("end", s.span().end())
                .put("text", s.span().text()).put("outlet", PublicView.label(s.outlet())).put("published", s.published());
        return o;
    }

    private static void event(ObjectNode o, DeskCatalog.EventRow e) {
        o.put("id", e.id()).put("story", e.story()).put("storyTitle", e.storyTitle()).put("type", e.type());
        e.actors().forEach(o.putArray("actors")::add);
        e.targets().forEach(o.putArray("targets")::add);
        o.put("place", e.place());
        if (e.geo() != null) {
            ObjectNode g = o.putObject("geo").put("id", e.geo().id()).put("lat", e.geo().lat()).put("lon", e.geo().lon());
            country(g.putObject("country"), e.geo().country());
            g.put("admin1", e.geo().admin1().isEmpty() ? null
                    : Geocoder.standard().byId(e.geo().admin1()).map(Geocoder.Place::arabic).orElse(null));
        }
        if (e.date() != null) {
            o.putObject("date").put("value", e.date().value()).put("precision", e.date().precision().name())
                    .put("text", e.date().text());
        }
        o.put("day", e.day());
        ArrayNode counts = o.putArray("counts");
        e.counts().forEach(n -> counts.addObject().put("kind", n.kind().name()).put("value", n.value())
                .put("approximate", n.approximate()));
        ArrayNode sources = o.putArray("sources");
        e.sources().forEach(s -> sources.add(span(s)));
    }
}
