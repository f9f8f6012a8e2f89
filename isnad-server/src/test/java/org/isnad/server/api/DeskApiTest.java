package org.isnad.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.isnad.server.DeskArticles;
import org.isnad.server.TestArticles;
import org.isnad.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk-wide read views (/api/desk/...) over invented articles: list, events, entities, search. */
class DeskApiTest {
    @TempDir
    static Path dir;
    static TestServer s;
    static String clash;
    static String fair;
    static String other;
    static String namesake;

    @BeforeAll
    static void start() {
        s = new TestServer(dir.resolve("desk"));
        String[] ids = DeskArticles.postAll(s);
        clash = ids[0];
        fair = ids[1];
        other = s.storyOf(DeskArticles.post(s, "موقع الطقس", "أمطار غزيرة", "2024-01-02", TestArticles.WEATHER));
        // a farmer who shares the minister's first name only
        namesake = s.storyOf(DeskArticles.post(s, DeskArticles.NORTH, "مزارع يفوز بجائزة", "2024-06-02",
                "فاز المزارع منصور الحربي بجائزة أفضل محصول قمح في مسابقة المزارعين السنوية.\n"
                        + "وقال الحربي إن الأمطار الوفيرة ساعدته هذا العام."));
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> ids(JsonNode stories) {
        List<String> out = new ArrayList<>();
        stories.forEach(x -> out.add(x.get("id").asText()));
        return out;
    }

    @Test
    void storiesAreSortedByLastUpdateSizeOrOutletsAndShowDatesCountsAndTopEntities() {
        assertNotEquals(clash, fair, "two stories");
        JsonNode recent = s.get("/api/desk/stories").json();
        assertEquals(4, recent.get("total").asInt());
        assertEquals(List.of(namesake, fair, clash, other), ids(recent.get("stories")), "latest publication first");
        JsonNode row = recent.get("stories").get(2);
        assertEquals("2024-03-11", row.get("first").asText());
        assertEquals("2024-03-11", row.get("last").asText());
        assertEquals(2, row.get("articles").asInt());
        assertEquals(2, row.get("outlets").size());
        List<String> top = new ArrayList<>();
        row.get("top").forEach(t -> top.add(t.get("name").asText()));
        assertTrue(top.contains(DeskArticles.MINISTER) && top.contains(DeskArticles.PLACE), top.toString());
        assertEquals("SY", row.get("countries").get(0).get("code").asText());
        assertEquals("سوريا", row.get("countries").get(0).get("name").asText());

        assertEquals(java.util.Set.of(fair, clash), java.util.Set.copyOf(ids(s.get("/api/desk/stories?sort=size").json()
                .get("stories")).subList(0, 2)), "the two-article stories first");
        assertEquals(java.util.Set.of(fair, clash), java.util.Set.copyOf(ids(s.get("/api/desk/stories?sort=outlets").json()
                .get("stories")).subList(0, 2)), "the two-outlet stories first");
        assertEquals(400, s.get("/api/desk/stories?sort=colour").status());
    }

    @Test
    void storiesAreFilteredAndPagedOnTheServer() {
        assertEquals(List.of(clash), ids(s.get("/api/desk/stories?country=SY").json().get("stories")));
        assertEquals(List.of(clash), ids(s.get("/api/desk/stories?type=ARMED_CLASH").json().get("stories")));
        assertEquals(List.of(namesake, fair, clash), ids(s.get("/api/desk/stories?outlet=" + q(DeskArticles.NORTH)).json().get("stories")));
        assertEquals(List.of(fair, clash), ids(s.get("/api/desk/stories?entity=" + q(DeskArticles.MINISTER)).json().get("stories")));
        assertEquals(List.of(namesake, fair), ids(s.get("/api/desk/stories?from=2024-04-01").json().get("stories")));
        assertEquals(List.of(fair), ids(s.get("/api/desk/stories?from=2024-04-01&to=2024-05-31").json().get("stories")));
        assertEquals(List.of(clash, other), ids(s.get("/api/desk/stories?to=2024-04-01").json().get("stories")));
        assertEquals(400, s.get("/api/desk/stories?from=yesterday").status());
        assertTrue(s.get("/api/desk/stories?from=yesterday").json().get("error").asText().matches(".*[\\u0600-\\u06FF].*"),
                "errors are Arabic");

        JsonNode p1 = s.get("/api/desk/stories?size=2").json();
        JsonNode p2 = s.get("/api/desk/stories?size=2&page=2").json();
        assertEquals(4, p1.get("total").asInt());
        assertEquals(List.of(namesake, fair), ids(p1.get("stories")));
        assertEquals(List.of(clash, other), ids(p2.get("stories")));
        assertEquals(0, s.get("/api/desk/stories?size=2&page=3").json().get("stories").size());
    }

    @Test
    void eventsCarryTheirPlaceFromTheGazetteer() {
        JsonNode events = s.get("/api/desk/events?country=SY").json();
        assertTrue(events.get("total").asInt() > 0, events.toString());
        JsonNode e = events.get("events").get(0);
        assertEquals(clash, e.get("story").asText());
        assertEquals(DeskArticles.PLACE, e.get("place").asText());
        assertEquals(34.7268, e.get("geo").get("lat").asDouble(), 1e-4);
        assertEquals(36.7234, e.get("geo").get("lon").asDouble(), 1e-4);
        assertEquals("محافظة حمص", e.get("geo").get("admin1").asText());
        JsonNode source = e.get("sources").get(0);
        String text = s.get("/api/articles/" + source.get("article").asText()).json().get("text").asText();
        assertEquals(text.substring(source.get("start").asInt(), source.get("end").asInt()), source.get("text").asText());
        assertEquals(events.get("total").asInt(), events.get("points").size(), "every located event is a point on the map");
        assertEquals(0, s.get("/api/desk/events?country=FR").json().get("total").asInt());
    }

    @Test
    void theAcledExportHasCountryAdmin1AndCoordinates() throws Exception {
        String csv = s.get("/api/stories/" + clash + "/export?format=csv").body();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv)).getRecords();
        CSVRecord located = rows.stream().filter(r -> !r.get("latitude").isEmpty()).findFirst().orElseThrow();
        assertEquals("Syria", located.get("country"));
        assertEquals("Homs Governorate", located.get("admin1"));
        assertEquals(DeskArticles.PLACE, located.get("location"));
        assertEquals("34.7268", located.get("latitude"));
        assertEquals("36.7234", located.get("longitude"));
        assertEquals("1", located.get("geo_precision"));
    }

    @Test
    void anEntityPageSpansStoriesWithoutMergingNamesakes() {
        JsonNode row = s.get("/api/desk/stories?entity=" + q(DeskArticles.MINISTER)).json().get("stories").get(0);
        String id = null;
        for (JsonNode t : row.get("top")) {
            if (t.get("name").asText().equals(DeskArticles.MINISTER)) {
                id = t.get("id").asText();
            }
        }
        assertNotNull(id);
        JsonNode page = s.get("/api/desk/entities/" + q(id)).json();
        assertEquals(DeskArticles.MINISTER, page.get("name").asText());
        assertEquals("PERSON", page.get("type").asText());
        assertEquals(List.of(fair, clash), ids(page.get("stories")), "one referent, two stories");
        assertTrue(page.get("claims").size() >= 2, page.toString());
        for (JsonNode c : page.get("claims")) {
            String text = s.get("/api/articles/" + c.get("source").get("article").asText()).json().get("text").asText();
            assertEquals(text.substring(c.get("source").get("start").asInt(), c.get("source").get("end").asInt()),
                    c.get("source").get("text").asText());
        }
        // every linked entity id opens the same page
        for (JsonNode e : page.get("entities")) {
            assertEquals(id, s.get("/api/desk/entities/" + q(e.asText())).json().get("id").asText());
        }
        assertEquals(404, s.get("/api/desk/entities/nobody").status());
    }

    @Test
    void aPersonSharingAFirstNameIsAnotherReferent() {
        JsonNode list = s.get("/api/desk/stories?entity=" + q(DeskArticles.MINISTER)).json();
        assertEquals(List.of(fair, clash), ids(list.get("stories")), "the farmer is not the minister");
    }

    @Test
    void searchGroupsHitsByStoryAndSearchesANamesKnownSpellings() {
        JsonNode r = s.get("/api/desk/search?q=" + q("العتيبي")).json();
        List<String> expanded = new ArrayList<>();
        r.get("expanded").forEach(x -> expanded.add(x.asText()));
        assertTrue(expanded.contains(DeskArticles.MINISTER), expanded.toString());
        List<String> stories = ids(r.get("stories"));
        assertTrue(stories.contains(clash) && stories.contains(fair), stories.toString());
        for (JsonNode g : r.get("stories")) {
            for (JsonNode h : g.get("hits")) {
                assertEquals(g.get("id").asText(), s.get("/api/articles/" + h.get("article").asText()).json().get("story").asText());
            }
        }
        JsonNode inOne = s.get("/api/desk/search?q=" + q("العتيبي") + "&story=" + clash).json();
        assertEquals(List.of(clash), ids(inOne.get("stories")));
        assertEquals(2, inOne.get("stories").get(0).get("hits").size(), "both articles of the clash name him");
        assertEquals(400, s.get("/api/desk/search?q=").status());
    }
}
