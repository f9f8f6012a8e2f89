package org.isnad.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.isnad.output.SchemaValidator;
import org.isnad.server.TestArticles;
import org.isnad.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The HTTP API against a real server on a free port. */
class ApiTest {
    @TempDir
    static Path dir;
    static TestServer s;
    static String clashA;
    static String clashB;
    static String storyOfAWhenAlone;

    @BeforeAll
    static void start() {
        s = new TestServer(dir.resolve("desk"));
        TestServer.Reply a = s.postArticle("وكالة الشمال", "اشتباكات في تل السنابل", TestArticles.CLASH_A);
        assertEquals(201, a.status(), a.body());
        clashA = a.json().get("id").asText();
        storyOfAWhenAlone = s.storyOf(a);
        TestServer.Reply b = s.post("/api/articles", "text/plain; charset=utf-8", TestArticles.CLASH_B, TestServer.TOKEN);
        assertEquals(201, b.status(), b.body());
        clashB = b.json().get("id").asText();
        assertEquals(201, s.postArticle("نشرة الطقس", "أمطار غزيرة", TestArticles.WEATHER).status());
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static void assertError(TestServer.Reply r, int status, String reasonPart) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
        JsonNode j = r.json();
        assertEquals(status, j.get("status").asInt());
        assertTrue(j.get("error").asText().contains(reasonPart), j.get("error").asText());
    }

    @Test
    void theSameArticleIsStoredOnceWithTheSameId() {
        TestServer.Reply again = s.postArticle("وكالة الشمال", "اشتباكات في تل السنابل", TestArticles.CLASH_A);
        assertEquals(200, again.status(), again.body());
        assertEquals(clashA, again.json().get("id").asText());
        assertEquals("duplicate", again.json().get("status").asText());
        assertFalse(again.json().get("created").asBoolean());
        List<String> found = s.get("/api/search?q=" + enc("قمطور") + "&limit=100").json().findValuesAsText("article");
        assertEquals(1, found.stream().filter(clashA::equals).count(), "indexed once: " + found);
        JsonNode article = s.get("/api/articles/" + clashA).json();
        // cleaning may re-space paragraphs; the words are the ones posted
        assertEquals(TestArticles.CLASH_A.replaceAll("\\s+", " ").strip(), article.get("text").asText().replaceAll("\\s+", " ").strip());
    }

    @Test
    void aNewReportOfAKnownStoryJoinsItAndTheStoryKeepsItsId() {
        String storyA = s.get("/api/articles/" + clashA).json().get("story").asText();
        String storyB = s.get("/api/articles/" + clashB).json().get("story").asText();
        assertEquals(storyA, storyB, "the second report of the clash joined the first one's story");
        assertEquals(storyOfAWhenAlone, storyA, "the story id did not change when the article joined");
        String weather = s.get("/api/search?q=" + enc("الأرصاد")).json().get("hits").get(0).get("story").asText();
        assertFalse(weather.equals(storyA), "an unrelated article is another story");
    }

    @Test
    void theStoryListComesAPageAtATime() {
        JsonNode all = s.get("/api/stories").json();
        int total = all.get("total").asInt();
        assertTrue(total >= 3, all.toString());
        assertEquals(total, all.get("stories").size(), "a small desk fits one default page");
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < total; offset += 2) {
            JsonNode page = s.get("/api/stories?offset=" + offset + "&limit=2").json();
            assertEquals(total, page.get("total").asInt());
            page.get("stories").forEach(st -> paged.add(st.get("id").asText()));
        }
        List<String> whole = new ArrayList<>();
        all.get("stories").forEach(st -> whole.add(st.get("id").asText()));
        assertEquals(whole, paged, "pages in order make the whole list");
        assertEquals(0, s.get("/api/stories?offset=" + total).json().get("stories").size());
        assertError(s.get("/api/stories?limit=0"), 400, "limit must be between");
        assertError(s.get("/api/stories?offset=x"), 400, "offset must be a number");
    }

    @Test
    void storiesListEveryArticleAndEachDossierIsSchemaValid() throws Exception {
        JsonNode list = s.get("/api/stories").json();
        assertFalse(list.get("dirty").asBoolean());
        Set<String> seen = new HashSet<>();
        int articles = 0;
        for (JsonNode st : list.get("stories")) {
            TestServer.Reply r = s.get("/api/stories/" + st.get("id").asText());
            assertEquals(200, r.status());
            JsonNode d = r.json();
            assertEquals(Set.of(), SchemaValidator.validate(d), "dossier of story " + st.get("id"));
            assertEquals(1, d.get("stories").size());
            assertEquals(st.get("id").asText(), d.get("stories").get(0).get("id").asText());
            for (JsonNode a : d.get("articles")) {
                assertTrue(seen.add(a.get("id").asText()), "each article in one story");
                assertEquals(st.get("id").asText(), a.get("story").asText());
                articles++;
            }
            assertEquals(st.get("articles").asInt(), d.get("articles").size());
        }
        assertEquals(s.get("/api/health").json().get("articles").asInt(), articles);
        assertTrue(seen.containsAll(List.of(clashA, clashB)));
    }

    @Test
    void aNameSpelledWithHamzaFindsTheArticleThatWritesItWithout() {
        JsonNode res = s.get("/api/search?q=" + enc("أحمد")).json();
        JsonNode hitA = null;
        for (JsonNode h : res.get("hits")) {
            if (h.get("article").asText().equals(clashA)) {
                hitA = h;
            }
        }
        assertNotNull(hitA, "article writing احمد is found: " + res);
        String text = s.get("/api/articles/" + clashA).json().get("text").asText();
        JsonNode hl = hitA.get("highlights").get(0);
        assertEquals("احمد", hl.get("text").asText());
        assertEquals(hl.get("text").asText(), text.substring(hl.get("start").asInt(), hl.get("end").asInt()));
        assertEquals(s.get("/api/articles/" + clashA).json().get("story").asText(), hitA.get("story").asText());
        JsonNode none = s.get("/api/search?q=" + enc("زلزال")).json();
        assertEquals(0, none.get("hits").size());
    }

    @Test
    void entitiesAreServedWithAliasesAndStories() {
        String story = s.get("/api/articles/" + clashA).json().get("story").asText();
        JsonNode d = s.get("/api/stories/" + story).json();
        assertTrue(d.get("entities").size() > 0, "entities recognized in the clash story");
        JsonNode first = d.get("entities").get(0);
        JsonNode e = s.get("/api/entities/" + enc(first.get("id").asText())).json();
        assertEquals(first.get("name").asText(), e.get("name").asText());
        assertTrue(e.get("aliases").isArray());
        assertTrue(e.get("stories").toString().contains(story));
        assertError(s.get("/api/entities/no-such-entity"), 404, "no entity");
    }

    @Test
    void exportsParse() throws Exception {
        String story = s.get("/api/articles/" + clashA).json().get("story").asText();
        JsonNode d = s.get("/api/stories/" + story).json();

        TestServer.Reply json = s.get("/api/stories/" + story + "/export?format=json");
        assertEquals(200, json.status());
        assertTrue(json.header("Content-Disposition").contains(".json"));
        assertEquals(Set.of(), SchemaValidator.validate(json.json()));

        TestServer.Reply csv = s.get("/api/stories/" + story + "/export?format=csv");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body()))) {
            assertTrue(p.getHeaderNames().containsAll(List.of("event_id_cnty", "event_date", "event_type",
                    "sub_event_type", "actor1", "actor2", "admin1", "location", "fatalities", "notes", "source")));
            List<CSVRecord> rows = p.getRecords();
            assertEquals(d.get("events").size(), rows.size());
            for (int i = 0; i < rows.size(); i++) {
                CSVRecord r = rows.get(i);
                assertEquals(d.get("events").get(i).get("id").asText(), r.get("event_id_cnty"));
                assertTrue(r.get("fatalities").matches("\\d+"));
                assertFalse(r.get("event_type").isEmpty());
                assertTrue(r.get("event_date").isEmpty() || r.get("event_date").matches("\\d{4}-\\d{2}-\\d{2}"));
            }
        }

        TestServer.Reply gexf = s.get("/api/stories/" + story + "/export?format=gexf");
        assertEquals(200, gexf.status());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(gexf.body().getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("gexf", root.getLocalName());
        assertEquals("http://gexf.net/1.3", root.getNamespaceURI());
        assertEquals("1.3", root.getAttribute("version"));
        NodeList nodes = doc.getElementsByTagNameNS("http://gexf.net/1.3", "node");
        assertEquals(d.get("entities").size(), nodes.getLength());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        NodeList edges = doc.getElementsByTagNameNS("http://gexf.net/1.3", "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(ids.contains(e.getAttribute("source")) && ids.contains(e.getAttribute("target")));
        }
        JsonNode graph = s.get("/api/stories/" + story + "/graph").json();
        assertEquals(graph.get("edges").size(), edges.getLength());

        TestServer.Reply md = s.get("/api/stories/" + story + "/export?format=md");
        assertEquals(200, md.status());
        assertTrue(md.body().startsWith("# "));
        assertTrue(md.body().contains("## Contradictions") && md.body().contains("## Sources"));
        assertTrue(md.body().contains(clashA));

        assertError(s.get("/api/stories/" + story + "/export?format=pdf"), 400, "format must be one of");
    }

    @Test
    void plainTextWithoutACharsetIsReadAsUtf8AndHtmlIsCleaned() {
        String text = "افتتحت بلدية المرج الأخضر سوقًا شعبية جديدة للخضار والفواكه يوم الخميس.";
        TestServer.Reply r = s.post("/api/articles", "text/plain", text, TestServer.TOKEN);
        assertEquals(201, r.status(), r.body());
        assertTrue(s.get("/api/articles/" + r.json().get("id").asText()).json().get("text").asText().contains("سوقًا شعبية"));
        String html = "<html><head><title>سوق جديدة</title><script>var x = 1;</script></head><body><article><p>"
                + "أعلنت جمعية المزارعين في قرية الندى عن موسم قطاف مبكر للزيتون هذا العام بسبب الأمطار.</p></article></body></html>";
        TestServer.Reply h = s.post("/api/articles", "text/html; charset=utf-8", html, TestServer.TOKEN);
        assertEquals(201, h.status(), h.body());
        String stored = s.get("/api/articles/" + h.json().get("id").asText()).json().get("text").asText();
        assertTrue(stored.contains("موسم قطاف مبكر"), stored);
        assertFalse(stored.contains("var x"), "scripts are not article text: " + stored);
    }

    @Test
    void writesNeedTheToken() {
        assertError(s.post("/api/articles", "text/plain", TestArticles.WEATHER, null), 401, "missing bearer token");
        assertError(s.post("/api/articles", "text/plain", TestArticles.WEATHER, "wrong"), 401, "invalid token");
        assertEquals(200, s.get("/api/stories").status(), "reads are public by default");
    }

    @Test
    void badInputIsA400WithTheReason() {
        String t = TestServer.TOKEN;
        assertError(s.post("/api/articles", "application/json", "", t), 400, "empty body");
        assertError(s.post("/api/articles", "application/json", "{\"text\": ", t), 400, "invalid JSON");
        assertError(s.post("/api/articles", "application/json", "[1, 2]", t), 400, "invalid JSON");
        assertError(s.post("/api/articles", "application/json", "{\"title\": \"x\"}", t), 400, "missing text");
        assertError(s.post("/api/articles", "application/json", "{\"text\": \"   \"}", t), 400, "empty text");
        assertError(s.post("/api/articles", "application/json", "{\"text\": 5}", t), 400, "must be a string");
        assertError(s.post("/api/articles", "application/pdf", "%PDF", t), 415, "unsupported content type");
        assertError(s.get("/api/search"), 400, "missing query");
        assertError(s.get("/api/search?q=x&limit=0"), 400, "limit");
        assertError(s.get("/api/stories/no-such-story"), 404, "no story");
        assertError(s.get("/api/no/such/route"), 404, "not found");
    }

    /**
     * Before the limit, 512 words made Lucene throw TooManyClauses (three fields per word, over its
     * 1024 clauses) and the API answered 500. Short Arabic words keep the URL under Jetty's 8 kB
     * request-line limit so that the query really reaches the search.
     */
    @Test
    void queriesOverTheWordLimitAre400NotLuceneFailures() {
        String[] words = {"يد", "قط", "دب", "نهر", "جبل", "بحر", "سوق", "باب"};
        // 512 distinct two-letter words (Lucene merges repeated ones, which would hide the failure)
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 512; i++) {
            many.append(letters.charAt(i / letters.length())).append(letters.charAt(i % letters.length())).append(' ');
        }
        assertError(s.get("/api/search?q=" + enc(many.toString())), 400, "query too long: at most 64 words");
        StringBuilder words65 = new StringBuilder();
        StringBuilder words64 = new StringBuilder();
        for (int i = 0; i < 65; i++) {
            words65.append(words[i % words.length]).append(' ');
            if (i < 64) {
                words64.append(words[i % words.length]).append(' ');
            }
        }
        assertError(s.get("/api/search?q=" + enc(words65.toString())), 400, "query too long");
        assertEquals(200, s.get("/api/search?q=" + enc(words64.toString())).status(), "64 words are searched");
        // one "word" of 300 terms for the analyzer (letters joined by dots), under the character limit
        String chained = String.join(".", java.util.Collections.nCopies(300, "ب"));
        assertError(s.get("/api/search?q=" + enc(chained)), 400, "query too long");
        assertError(s.get("/api/search?q=" + enc("قمطور ".repeat(100).strip())), 400, "query too long");
        String longWord = "ا".repeat(1001);
        assertError(s.get("/api/search?q=" + enc(longWord)), 400, "1000 characters");
        // fuzzy words stay one clause each: 64 of them are searched, not expanded past Lucene's limit
        StringBuilder fuzzy = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            fuzzy.append(i % 2 == 0 ? "قمطور~ " : "الاشتباك~ ");
        }
        TestServer.Reply f = s.get("/api/search?q=" + enc(fuzzy.toString()));
        assertEquals(200, f.status(), f.body());
        assertTrue(f.json().findValuesAsText("article").contains(clashA), "fuzzy words still find: " + f.body());
    }

    /**
     * Bidi embedding, override and isolate controls in a posted title, outlet or text do not reach
     * the labels the page shows (an unterminated U+202E reverses what follows it); the article
     * text keeps them, since every offset indexes into it.
     */
    @Test
    void bidiControlsAreRemovedFromLabelsButKeptInTheText() {
        String rlo = "\u202E";
        String title = rlo + "افتتاح جسر" + "\u202C" + " جديد فوق نهر الزيتون";
        String outlet = "\u2067" + "وكالة الجنوب" + "\u2069";
        String text = "افتتح محافظ مدينة الزيتون الجسر الجديد فوق النهر يوم الأربعاء، وقال المهندس " + rlo
                + "سمير الخياط" + "\u202C" + " إن الجسر سيخفف الازدحام في وسط المدينة.\n"
                + "وأضاف " + "\u2066" + "سمير الخياط" + "\u2069" + " أن أعمال الصيانة ستبدأ في الربيع.";
        TestServer.Reply posted = s.postArticle(outlet, title, text);
        assertEquals(201, posted.status(), posted.body());
        String id = posted.json().get("id").asText();
        String story = s.storyOf(posted);

        JsonNode article = s.get("/api/articles/" + id).json();
        assertEquals("افتتاح جسر جديد فوق نهر الزيتون", article.get("title").asText());
        assertEquals("وكالة الجنوب", article.get("outlet").asText());
        assertTrue(article.get("text").asText().contains(rlo + "سمير الخياط"), "the text is as posted");
        assertNoBidiControls(article, "article");

        JsonNode list = s.get("/api/stories").json();
        assertNoBidiControls(list, "stories");
        assertTrue(list.toString().contains("وكالة الجنوب"), list.toString());
        JsonNode d = s.get("/api/stories/" + story).json();
        assertNoBidiControls(d, "dossier");
        assertNoBidiControls(s.get("/api/stories/" + story + "/graph").json(), "graph");
        for (JsonNode e : d.get("entities")) {
            assertNoBidiControls(s.get("/api/entities/" + enc(e.get("id").asText())).json(), "entity");
        }
        JsonNode hits = s.get("/api/search?q=" + enc("جسر الزيتون")).json();
        assertTrue(hits.findValuesAsText("article").contains(id), hits.toString());
        assertNoBidiControls(hits, "search");
        String md = s.get("/api/stories/" + story + "/export?format=md").body();
        assertTrue(md.contains("افتتاح جسر جديد فوق نهر الزيتون"), md);
    }

    /** No bidi control in any string of {@code n} except the article text and spans cut from it. */
    static void assertNoBidiControls(JsonNode n, String where) {
        if (n.isObject()) {
            n.fields().forEachRemaining(f -> {
                boolean ofTheText = f.getKey().equals("text") && (n.has("start") || n.has("language"))
                        || f.getKey().equals("removed");
                if (!ofTheText) {
                    assertNoBidiControls(f.getValue(), where + "." + f.getKey());
                }
            });
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                assertNoBidiControls(n.get(i), where + "[" + i + "]");
            }
        } else if (n.isTextual()) {
            assertFalse(n.asText().matches("(?s).*[\\u202A-\\u202E\\u2066-\\u2069].*"), where + ": " + n.asText());
        }
    }

    @Test
    void bodiesOverTheLimitAre413() {
        String big = "ا".repeat(6 * 1024 * 1024); // 12 MB in UTF-8
        assertError(s.post("/api/articles", "text/plain", big, TestServer.TOKEN), 413, "too large");
    }

    @Test
    void theOpenApiDocumentDescribesEveryRoute() {
        JsonNode api = s.get("/api/openapi.json").json();
        assertTrue(api.get("openapi").asText().startsWith("3."));
        for (String path : List.of("/api/articles", "/api/stories", "/api/stories/{id}", "/api/entities/{id}",
                "/api/search", "/api/stories/{id}/export")) {
            assertTrue(api.get("paths").has(path), path);
        }
    }

    @Test
    void responsesForbidInlineScripts() {
        String csp = s.get("/").header("Content-Security-Policy");
        assertNotNull(csp);
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
    }

    @Test
    void aServerNeedsATokenUnlessReadOnly(@TempDir Path other) {
        assertThrows(IllegalArgumentException.class, () -> TestServer.settings(null, false, false));
        try (TestServer ro = new TestServer(other.resolve("ro"), TestServer.settings(null, true, false))) {
            assertError(ro.post("/api/articles", "text/plain", TestArticles.WEATHER, "anything"), 403, "read-only");
            assertEquals(200, ro.get("/api/stories").status());
        }
    }

    @Test
    void privateReadsNeedTheTokenToo(@TempDir Path other) {
        try (TestServer pr = new TestServer(other.resolve("pr"), TestServer.settings("secret-2", false, true))) {
            assertError(pr.get("/api/stories"), 401, "missing bearer token");
            assertEquals(200, pr.get("/api/stories", "secret-2").status());
        }
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
