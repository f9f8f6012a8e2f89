package org.isnad.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Count;
import org.isnad.core.model.DateValue;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Event;
import org.isnad.core.model.InputError;
import org.isnad.core.model.Removal;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Story;
import org.isnad.core.stage.DossierWriter;

/**
 * Maps the model onto the JSON of schema {@code isnad.dossier/1}. The mapping is written out field by
 * field rather than left to reflection so that the contract is visible in one place and a renamed
 * record component cannot silently rename a JSON field.
 */
public final class DossierJson implements DossierWriter {
    public static final String FILE = "dossier.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Path write(Dossier dossier, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve(FILE);
        Path tmp = outDir.resolve(FILE + ".tmp");
        MAPPER.writeValue(tmp.toFile(), toJson(dossier));
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** The dossier as a JSON string. */
    public static String toString(Dossier dossier) {
        try {
            return MAPPER.writeValueAsString(toJson(dossier));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize dossier", e);
        }
    }

    public static ObjectNode toJson(Dossier d) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", Dossier.SCHEMA);
        root.put("generatedAt", d.generatedAt().toString());
        ObjectNode prov = root.putObject("provenance");
        new TreeMap<>(d.provenance()).forEach(prov::put);
        Map<String, Story.Report> reportOf = new HashMap<>();
        for (Story s : d.stories()) {
            s.reports().forEach(r -> r.articles().forEach(a -> reportOf.put(a, r)));
        }
        Map<String, String> articleOfClaim = new HashMap<>();
        d.claims().forEach(c -> articleOfClaim.put(c.id(), c.span().article()));
        ArrayNode articles = root.putArray("articles");
        d.articles().forEach(sa -> articles.add(copyOf(article(sa.article(), sa.story()), reportOf.get(sa.article().id()))));
        ArrayNode entities = root.putArray("entities");
        d.entities().forEach(e -> entities.add(entity(e)));
        ArrayNode events = root.putArray("events");
        d.events().forEach(e -> events.add(event(e)));
        ArrayNode claims = root.putArray("claims");
        d.claims().forEach(c -> claims.add(claim(c).put("corroboratingReports",
                corroboratingReports(c, articleOfClaim, reportOf))));
        ArrayNode stories = root.putArray("stories");
        java.util.Map<String, Article> byId = new java.util.HashMap<>();
        d.articles().forEach(sa -> byId.put(sa.article().id(), sa.article()));
        d.stories().forEach(s -> stories.add(story(s, byId)));
        ArrayNode errors = root.putArray("errors");
        for (InputError e : d.errors()) {
            errors.addObject().put("source", e.source()).put("stage", e.stage()).put("reason", e.reason());
        }
        return root;
    }

    /**
     * Marks an article that copies another one's text: {@code copyOf} names the report's first article,
     * {@code agency} the agency the report credits (when named). Nothing is added to an original.
     */
    private static ObjectNode copyOf(ObjectNode article, Story.Report report) {
        if (report != null && report.articles().size() > 1 && !report.original().equals(article.path("id").asText())) {
            article.put("copyOf", report.original());
            if (report.agency() != null) {
                article.put("agency", report.agency());
            }
        }
        return article;
    }

    /** How many independent reports, other than the claim's own, carry a claim that corroborates it. */
    static int corroboratingReports(Claim c, Map<String, String> articleOfClaim, Map<String, Story.Report> reportOf) {
        java.util.Set<String> reports = new java.util.HashSet<>();
        String own = reportId(c.span().article(), reportOf);
        for (String other : c.corroboratedBy()) {
            String article = articleOfClaim.get(other);
            if (article != null) {
                reports.add(reportId(article, reportOf));
            }
        }
        reports.remove(own);
        return reports.size();
    }

    private static String reportId(String article, Map<String, Story.Report> reportOf) {
        Story.Report r = reportOf.get(article);
        return r == null ? article : r.original();
    }

    static ObjectNode article(Article a, String story) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.id());
        o.put("source", a.source());
        o.put("outlet", a.outlet());
        o.put("title", a.title());
        if (a.published() == null) {
            o.putNull("published");
        } else {
            o.set("published", date(a.published()));
        }
        o.put("language", a.language());
        o.put("text", a.text());
        ArrayNode removed = o.putArray("removed");
        for (Removal r : a.removed()) {
            removed.addObject().put("text", r.text()).put("reason", r.reason());
        }
        o.put("story", story);
        return o;
    }

    static ObjectNode date(DateValue d) {
        ObjectNode o = MAPPER.createObjectNode();
        if (d.text() != null) {
            o.put("text", d.text());
        }
        o.put("value", d.value());
        o.put("precision", d.precision().name().toLowerCase(Locale.ROOT));
        return o;
    }

    static ObjectNode span(SourceSpan s) {
        return MAPPER.createObjectNode().put("article", s.article()).put("start", s.start()).put("end", s.end())
                .put("text", s.text());
    }

    private static ArrayNode spans(ObjectNode parent, String field, Collection<SourceSpan> spans) {
        ArrayNode arr = parent.putArray(field);
        spans.forEach(s -> arr.add(span(s)));
        return arr;
    }

    private static void strings(ObjectNode parent, String field, Collection<String> values) {
        ArrayNode arr = parent.putArray(field);
        values.forEach(arr::add);
    }

    static ObjectNode entity(Entity e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("type", e.type().name());
        o.put("name", e.name());
        strings(o, "aliases", e.aliases());
        strings(o, "descriptions", e.descriptions());
        spans(o, "mentions", e.mentions());
        return o;
    }

    static ObjectNode event(Event e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        o.put("type", e.type().name());
        strings(o, "actors", e.actors());
        strings(o, "targets", e.targets());
        o.put("location", e.location());
        if (e.date() == null) {
            o.putNull("date");
        } else {
            o.set("date", date(e.date()));
        }
        ArrayNode counts = o.putArray("counts");
        for (Count c : e.counts()) {
            ObjectNode co = counts.addObject().put("kind", c.kind().name()).put("value", c.value())
                    .put("approximate", c.approximate());
            if (c.text() != null) {
                co.put("text", c.text());
            }
        }
        spans(o, "mentions", e.mentions());
        o.put("story", e.story());
        return o;
    }

    static ObjectNode claim(Claim c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", c.id());
        o.set("span", span(c.span()));
        o.put("speaker", c.speaker());
        if (c.speakerText() != null) {
            o.put("speakerText", c.speakerText());
        }
        o.put("channel", c.channel());
        if (c.cue() != null) {
            o.put("cue", c.cue());
        }
        o.put("stance", c.stance().name());
        strings(o, "corroboratedBy", c.corroboratedBy());
        strings(o, "contradictedBy", c.contradictedBy());
        o.put("story", c.story());
        return o;
    }

    static ObjectNode story(Story s) {
        return story(s, java.util.Map.of());
    }

    /**
     * A story; each contradiction also gets its {@code confidence} and, per side, {@code details}: the
     * article, its outlet and publication time and the side's whole sentence (fields the schema allows
     * beside its own).
     */
    static ObjectNode story(Story s, java.util.Map<String, Article> articles) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", s.id());
        o.put("title", s.title());
        if (s.storyline() != null) {
            o.put("storyline", s.storyline());
        }
        strings(o, "articles", s.articles());
        ArrayNode kps = o.putArray("keyPoints");
        for (Story.KeyPoint kp : s.keyPoints()) {
            ObjectNode k = kps.addObject().put("text", kp.text());
            strings(k, "sources", kp.sources());
            spans(k, "spans", kp.spans());
            k.put("reports", kp.reports());
        }
        ArrayNode reports = o.putArray("reports");
        for (Story.Report r : s.reports()) {
            ObjectNode ro = reports.addObject();
            strings(ro, "articles", r.articles());
            if (r.agency() == null) {
                ro.putNull("agency");
            } else {
                ro.put("agency", r.agency());
            }
        }
        ArrayNode tl = o.putArray("timeline");
        for (Story.TimelineEntry t : s.timeline()) {
            ObjectNode e = tl.addObject();
            e.set("date", date(t.date()));
            e.put("text", t.text());
            strings(e, "events", t.events());
            strings(e, "sources", t.sources());
        }
        ArrayNode cs = o.putArray("contradictions");
        for (Story.Contradiction c : s.contradictions()) {
            ObjectNode co = cs.addObject().put("kind", c.kind().name()).put("topic", c.topic());
            spans(co, "sides", c.sides());
            if (!Double.isNaN(c.confidence())) {
                co.put("confidence", Math.round(c.confidence() * 1000) / 1000.0);
            }
            if (!c.sentences().isEmpty()) {
                ArrayNode details = co.putArray("details");
                for (SourceSpan sentence : c.sentences()) {
                    ObjectNode side = details.addObject().put("article", sentence.article());
                    Article a = articles.get(sentence.article());
                    side.put("outlet", a == null ? null : a.outlet());
                    if (a == null || a.published() == null) {
                        side.putNull("published");
                    } else {
                        side.set("published", date(a.published()));
                    }
                    side.set("sentence", span(sentence));
                }
            }
        }
        return o;
    }

}
