package org.isnad.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.RawArticle;
import org.isnad.core.model.Story;
import org.isnad.output.DossierJson;
import org.isnad.server.Desk;
import org.isnad.server.search.SearchHit;

/** The endpoints of the API (see {@code openapi.json} for the contract). */
final class Handlers {
    private static final int MAX_LIMIT = 100;
    /** The story of a posted article the desk's writer has not applied yet. */
    static final String PENDING = "pending";
    private final Desk desk;

    Handlers(Desk desk) {
        this.desk = desk;
    }

    /**
     * Stores the article and answers at once: the desk's writer groups and analyses it afterwards, so
     * {@code story} is {@code "pending"} for a new article (its story once applied, for a duplicate).
     */
    void postArticle(Context ctx) {
        RawArticle raw = ArticleInput.parse(ctx.contentType(), ctx.body(), "api:" + Instant.now());
        Desk.Outcome o = desk.submit(List.of(raw), x -> { }).get(0);
        if (o.status() == Desk.Outcome.Status.REJECTED) {
            throw ApiException.badRequest(o.reason());
        }
        boolean created = o.status() == Desk.Outcome.Status.STORED;
        ObjectNode body = Json.object().put("id", o.id()).put("status", created ? "stored" : "duplicate")
                .put("created", created);
        var story = created ? java.util.Optional.<String>empty() : desk.storyOf(o.id());
        body.put("story", story.orElse(PENDING));
        ArrayNode failed = body.putArray("failed");
        if (story.isPresent()) {
            for (var e : desk.analysisErrors(story.get())) {
                if (e.source().equals(o.source())) {
                    failed.addObject().put("stage", e.stage()).put("reason", e.reason());
                }
            }
        }
        ctx.header("Location", "/api/articles/" + o.id());
        Json.send(ctx, created ? 201 : 200, body);
    }

    /** What failed in the last analysis: article or story (file names only), stage, reason. */
    void listErrors(Context ctx) {
        ArrayNode errors = Json.MAPPER.createArrayNode();
        for (var e : desk.analysisErrors()) {
            errors.addObject().put("source", org.isnad.server.SourceNames.publicName(org.isnad.server.SourceNames.publicText(e.source()))).put("stage", e.stage())
                    .put("reason", org.isnad.server.SourceNames.publicText(e.reason()));
        }
        Json.send(ctx, 200, Json.object().set("errors", errors));
    }

    void getArticle(Context ctx) {
        String id = ctx.pathParam("id");
        var a = desk.article(id).orElseThrow(() -> ApiException.notFound("no article " + id));
        Json.send(ctx, SchemaJson.article(PublicView.article(a), desk.storyOf(id).orElse(null)));
    }

    /** The desk's stories in desk order, a page at a time ({@code offset}, {@code limit} ≤ 1,000, default 500). */
    void listStories(Context ctx) {
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = intParam(ctx, "limit", 500, 1, 1000);
        List<Story> all = desk.stories();
        int from = Math.min(offset, all.size());
        List<Story> page = all.subList(from, from + Math.min(limit, all.size() - from));
        Map<String, Set<String>> outlets = desk.outletsByStory();
        ArrayNode stories = Json.MAPPER.createArrayNode();
        for (Story s : page) {
            ObjectNode o = stories.addObject().put("id", s.id()).put("title", PublicView.label(s.title()))
                    .put("storyline", s.storyline())
                    .put("articles", s.articles().size()).put("contradictions", s.contradictions().size())
                    .put("keyPoints", s.keyPoints().size());
            ArrayNode outs = o.putArray("outlets");
            outlets.getOrDefault(s.id(), Set.of()).stream().map(PublicView::label).distinct().forEach(outs::add);
        }
        ObjectNode body = Json.object().put("dirty", desk.isDirty()).put("total", all.size()).put("offset", offset)
                .put("limit", limit);
        body.set("stories", stories);
        Json.send(ctx, body);
    }

    /** The story's dossier as answered and exported: see {@link PublicView}. */
    private Dossier dossier(Context ctx) {
        String id = ctx.pathParam("id");
        return PublicView.dossier(desk.storyDossier(id).orElseThrow(() -> ApiException.notFound("no story " + id)));
    }

    void getStory(Context ctx) {
        Json.send(ctx, DossierJson.toJson(dossier(ctx)));
    }

    void getGraph(Context ctx) {
        EntityGraph g = EntityGraph.of(dossier(ctx));
        Json.send(ctx, Json.MAPPER.valueToTree(g));
    }

    void export(Context ctx) {
        String format = ctx.queryParam("format");
        if (format == null || format.isBlank()) {
            format = "json";
        }
        Dossier d = dossier(ctx);
        String name = "story-" + d.stories().get(0).id().replaceAll("[^A-Za-z0-9_-]", "_");
        switch (format) {
            case "json" -> attach(ctx, name + ".json", Json.CONTENT_TYPE, DossierJson.toString(d));
            case "csv" -> attach(ctx, name + ".csv", "text/csv; charset=utf-8", AcledCsv.write(d));
            case "gexf" -> attach(ctx, name + ".gexf", "application/gexf+xml; charset=utf-8",
                    GexfExport.write(EntityGraph.of(d), d.stories().get(0).title()));
            case "md" -> attach(ctx, name + ".md", "text/markdown; charset=utf-8", MarkdownBrief.write(d));
            default -> throw ApiException.badRequest("format must be one of json, csv, gexf, md (got '" + format + "')");
        }
    }

    private static void attach(Context ctx, String file, String type, String content) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.contentType(type).result(content.getBytes(StandardCharsets.UTF_8));
    }

    void getEntity(Context ctx) {
        String id = ctx.pathParam("id");
        Desk.EntityView v = desk.entity(id).orElseThrow(() -> ApiException.notFound("no entity " + id));
        ObjectNode body = SchemaJson.entity(PublicView.entity(v.entity()));
        ArrayNode stories = body.putArray("stories");
        v.stories().forEach(stories::add);
        Json.send(ctx, body);
    }

    /** An integer query parameter in [min, max], or {@code otherwise} when absent; a bad value is a 400. */
    private static int intParam(Context ctx, String name, int otherwise, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return otherwise;
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a number");
        }
        if (n < min || n > max) {
            throw ApiException.badRequest(name + " must be between " + min + " and " + max);
        }
        return n;
    }

    void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("missing query: /api/search?q=WORDS");
        }
        int limit = intParam(ctx, "limit", 20, 1, MAX_LIMIT);
        List<SearchHit> hits;
        try {
            hits = desk.search(q, limit);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        ArrayNode arr = Json.MAPPER.createArrayNode();
        for (SearchHit h : hits) {
            ObjectNode o = arr.addObject().put("article", h.article()).put("title", PublicView.label(h.title()))
                    .put("score", h.score());
            o.put("story", desk.storyOf(h.article()).orElse(null));
            o.set("snippet", h.snippet() == null ? null : Json.MAPPER.valueToTree(h.snippet()));
            o.set("highlights", Json.MAPPER.valueToTree(h.highlights()));
        }
        ObjectNode body = Json.object().put("query", q);
        body.set("hits", arr);
        Json.send(ctx, body);
    }

    void health(Context ctx) {
        Json.send(ctx, Json.object().put("status", "ok").put("articles", desk.articleIds().size())
                .put("stories", desk.stories().size()).put("dirty", desk.isDirty()));
    }

    void openapi(Context ctx) throws IOException {
        try (InputStream in = Handlers.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json missing from the jar");
            }
            ctx.contentType(Json.CONTENT_TYPE).result(in.readAllBytes());
        }
    }
}
