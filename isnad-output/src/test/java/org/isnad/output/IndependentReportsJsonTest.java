package org.isnad.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Span;
import org.isnad.core.model.Stance;
import org.isnad.core.model.Story;
import org.junit.jupiter.api.Test;

/** Copies of one text in dossier.json: reports per story, copyOf and agency per article, counts over reports. */
class IndependentReportsJsonTest {
    private static final String WIRE = "بغداد (رويترز) - قال مسؤول في وزارة الكهرباء إن الشبكة عادت للعمل في معظم الأحياء.";
    private static final String OWN = "قال سكان في حي الرشيد إن الكهرباء عادت للعمل في معظم الأحياء بعد انقطاع طويل.";

    private static Dossier dossier() {
        Article a1 = new Article("a1", "1.txt", "o1", "t", null, "ar", WIRE, List.of());
        Article a2 = new Article("a2", "2.txt", "o2", "t", null, "ar", WIRE + " ", List.of());
        Article a3 = new Article("a3", "3.txt", "o3", "t", null, "ar", WIRE + "  ", List.of());
        Article a4 = new Article("a4", "4.txt", "o4", "t", null, "ar", OWN, List.of());
        String content = "الشبكة عادت للعمل في معظم الأحياء";
        Span inWire = DossierJsonTest.span(WIRE, content);
        Claim c1 = claim("c1", a1, inWire, List.of("c2", "c3", "c4"));
        Claim c2 = claim("c2", a2, inWire, List.of("c1", "c4"));
        Claim c3 = claim("c3", a3, inWire, List.of("c1", "c4"));
        Claim c4 = claim("c4", a4, DossierJsonTest.span(OWN, "الكهرباء عادت للعمل في معظم الأحياء"), List.of("c1", "c2", "c3"));
        Story.KeyPoint kp = new Story.KeyPoint(content, List.of("a1", "a2", "a3"),
                List.of(SourceSpan.of(a1, inWire), SourceSpan.of(a2, inWire), SourceSpan.of(a3, inWire)), 1);
        Story story = new Story("s1", "t", List.of("a1", "a2", "a3", "a4"), List.of(kp), List.of(), List.of())
                .withReports(List.of(new Story.Report(List.of("a1", "a2", "a3"), "رويترز"), new Story.Report(List.of("a4"), null)));
        return new Dossier(Instant.EPOCH, List.of(new Dossier.StoriedArticle(a1, "s1"), new Dossier.StoriedArticle(a2, "s1"),
                new Dossier.StoriedArticle(a3, "s1"), new Dossier.StoriedArticle(a4, "s1")),
                List.of(), List.of(), List.of(c1, c2, c3, c4), List.of(story), List.of(), Map.of());
    }

    private static Claim claim(String id, Article a, Span s, List<String> corroboratedBy) {
        return new Claim(id, SourceSpan.of(a, s), null, "مسؤول", null, "قال", Stance.ASSERTS, corroboratedBy, List.of(), "s1");
    }

    @Test
    void copiesAreShownAsOneReportAndCountOnce() throws Exception {
        JsonNode json = new ObjectMapper().readTree(DossierJson.toString(dossier()));
        assertEquals(List.of(), List.copyOf(SchemaValidator.validate(json)));
        assertFalse(json.at("/articles/0").has("copyOf"), "the original is not a copy");
        assertEquals("a1", json.at("/articles/1/copyOf").asText());
        assertEquals("رويترز", json.at("/articles/2/agency").asText());
        assertFalse(json.at("/articles/3").has("copyOf"));
        assertEquals(2, json.at("/stories/0/reports").size());
        assertEquals("رويترز", json.at("/stories/0/reports/0/agency").asText());
        assertEquals(1, json.at("/stories/0/keyPoints/0/reports").asInt());
        assertEquals(3, json.at("/stories/0/keyPoints/0/spans").size());
        // the own report's claim is backed by three claims that are one report; each copy by the own report only
        assertEquals(1, json.at("/claims/3/corroboratingReports").asInt());
        assertEquals(1, json.at("/claims/0/corroboratingReports").asInt());
    }

    @Test
    void thePageNamesTheCopiesAndCountsReports() {
        String html = DossierHtml.render(dossier());
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("نسخ من نص واحد (رويترز): o1، o2، o3"), html);
        org.junit.jupiter.api.Assertions.assertTrue(html.contains("o1، o2، o3 · 1 تقارير مستقلة"), html);
    }
}
