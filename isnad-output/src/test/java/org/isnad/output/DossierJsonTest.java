package org.isnad.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Count;
import org.isnad.core.model.DateValue;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Event;
import org.isnad.core.model.EventType;
import org.isnad.core.model.InputError;
import org.isnad.core.model.Removal;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Span;
import org.isnad.core.model.Stance;
import org.isnad.core.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierJsonTest {
    static final String TEXT_A = "أعلن وزير الداخلية سامر النجار اعتقال ثلاثة مشتبه بهم في مدينة الزهراء <script>alert(1)</script>.";
    static final String TEXT_B = "قال مصدر أمني إن الاشتباكات في الزهراء كانت عنيفة.";

    static Dossier sample() {
        Article a = new Article("a1", "a.txt", "الوكالة", "اعتقال ثلاثة", DateValue.day("2024/03/10", LocalDate.of(2024, 3, 10)),
                "ar", TEXT_A, List.of(new Removal("اترك رد", "comment prompt")));
        Article b = new Article("a2", "b.html", null, "اشتباكات", null, "ar", TEXT_B, List.of());
        SourceSpan name = SourceSpan.of(a, span(TEXT_A, "سامر النجار"));
        SourceSpan town = SourceSpan.of(a, span(TEXT_A, "الزهراء"));
        SourceSpan townB = SourceSpan.of(b, span(TEXT_B, "الزهراء"));
        Entity person = new Entity("e1", EntityType.PERSON, "سامر النجار", List.of("سامر النجار"), List.of("وزير الداخلية"), List.of(name));
        Entity place = new Entity("e2", EntityType.LOCATION, "الزهراء", List.of("الزهراء"), List.of(), List.of(town, townB));
        Event arrest = new Event("ev1", EventType.ARREST, List.of("e1"), List.of(), "e2",
                DateValue.day(null, LocalDate.of(2024, 3, 10)), List.of(new Count(Count.Kind.ARRESTED, 3, false, "ثلاثة")),
                List.of(SourceSpan.of(a, span(TEXT_A, "اعتقال ثلاثة"))), "s1");
        Claim claim = new Claim("c1", SourceSpan.of(b, span(TEXT_B, "الاشتباكات في الزهراء كانت عنيفة")), null,
                "مصدر أمني", null, "قال", Stance.ASSERTS, List.of(), List.of(), "s1");
        Story story = new Story("s1", "اعتقالات في الزهراء", List.of("a1", "a2"),
                List.of(new Story.KeyPoint("اعتقال ثلاثة مشتبه بهم", List.of("a1"))),
                List.of(new Story.TimelineEntry(DateValue.day(null, LocalDate.of(2024, 3, 10)), "اعتقال", List.of("ev1"), List.of("a1"))),
                List.of(new Story.Contradiction(Story.Contradiction.Kind.INTENSITY, "شدة الاشتباكات", List.of(
                        SourceSpan.of(a, span(TEXT_A, "اعتقال")), SourceSpan.of(b, span(TEXT_B, "عنيفة"))))));
        return new Dossier(Instant.parse("2024-03-11T00:00:00Z"),
                List.of(new Dossier.StoriedArticle(a, "s1"), new Dossier.StoriedArticle(b, "s1")),
                List.of(person, place), List.of(arrest), List.of(claim), List.of(story),
                List.of(new InputError("broken.txt", "empty file")), Map.of("ner", "test"));
    }

    static Span span(String text, String part) {
        int i = text.indexOf(part);
        return new Span(i, i + part.length());
    }

    @Test
    void writtenDossierValidatesAgainstTheSharedSchema(@TempDir Path dir) throws Exception {
        Path file = new DossierJson().write(sample(), dir);
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertEquals(List.of(), List.copyOf(SchemaValidator.validate(json)));
        assertEquals("isnad.dossier/1", json.get("schema").asText());
        assertEquals("day", json.at("/articles/0/published/precision").asText());
        assertTrue(json.at("/articles/1/published").isNull());
        assertEquals("s1", json.at("/articles/0/story").asText());
    }

    @Test
    void everySpanTextIsTheSubstringOfItsArticle() throws Exception {
        JsonNode json = new ObjectMapper().readTree(DossierJson.toString(sample()));
        Map<String, String> texts = new java.util.HashMap<>();
        json.get("articles").forEach(a -> texts.put(a.get("id").asText(), a.get("text").asText()));
        List<JsonNode> spans = new java.util.ArrayList<>();
        json.get("entities").forEach(e -> e.get("mentions").forEach(spans::add));
        json.get("events").forEach(e -> e.get("mentions").forEach(spans::add));
        json.get("claims").forEach(c -> spans.add(c.get("span")));
        json.get("stories").forEach(s -> s.get("contradictions").forEach(c -> c.get("sides").forEach(spans::add)));
        assertEquals(7, spans.size());
        for (JsonNode s : spans) {
            assertEquals(texts.get(s.get("article").asText()).substring(s.get("start").asInt(), s.get("end").asInt()),
                    s.get("text").asText());
        }
    }

    @Test
    void schemaRejectsABrokenDossier() throws Exception {
        var json = DossierJson.toJson(sample());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("entities").get(0)).put("type", "WEAPON");
        assertFalse(SchemaValidator.validate(json).isEmpty());
    }
}
