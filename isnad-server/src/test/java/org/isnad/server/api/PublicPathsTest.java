package org.isnad.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.isnad.server.DataDir;
import org.isnad.server.FileIngest;
import org.isnad.server.SourceNames;
import org.isnad.server.TestArticles;
import org.isnad.server.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles ingested from files: no answer or export of the server names the directory they came from. */
class PublicPathsTest {
    @TempDir
    Path dir;

    @Test
    void noResponseOrExportCarriesTheIngestDirectory() throws Exception {
        Path in = Files.createDirectories(dir.resolve("وارد").resolve("feeds"));
        Files.writeString(in.resolve("clash-a.txt"), TestArticles.CLASH_A);
        Files.writeString(in.resolve("clash-b.txt"), TestArticles.CLASH_B);
        // a JSONL line without outlet or url: its source is PATH:LINE
        Files.writeString(in.resolve("weather.jsonl"), Json.object().put("title", "أمطار غزيرة")
                .put("text", TestArticles.WEATHER).toString() + "\n");
        Path data = dir.resolve("desk");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = FileIngest.run(List.of(in), new DataDir(data), TestServer.pipeline(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()), o -> { });
        assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(in.toString()),
                "the ingest report on the server's console keeps the full path");

        Set<String> forbidden = new LinkedHashSet<>(List.of(in.toString(), dir.toString(),
                in.toRealPath().toString(), dir.toRealPath().toString()));
        List<TestServer.Reply> replies = new ArrayList<>();
        try (TestServer s = new TestServer(data)) {
            JsonNode list = get(s, "/api/stories", replies).json();
            Set<String> outlets = new LinkedHashSet<>();
            Set<String> sources = new LinkedHashSet<>();
            for (JsonNode st : list.get("stories")) {
                st.get("outlets").forEach(o -> outlets.add(o.asText()));
                String id = st.get("id").asText();
                JsonNode d = get(s, "/api/stories/" + id, replies).json();
                for (JsonNode a : d.get("articles")) {
                    sources.add(get(s, "/api/articles/" + a.get("id").asText(), replies).json().get("source").asText());
                }
                for (JsonNode e : d.get("entities")) {
                    get(s, "/api/entities/" + ApiTest.enc(e.get("id").asText()), replies);
                }
                get(s, "/api/stories/" + id + "/graph", replies);
                for (String format : List.of("json", "csv", "gexf", "md")) {
                    get(s, "/api/stories/" + id + "/export?format=" + format, replies);
                }
            }
            get(s, "/api/search?q=" + ApiTest.enc("قمطور"), replies);
            get(s, "/api/search?q=" + ApiTest.enc("الأرصاد"), replies);
            get(s, "/api/health", replies);
            assertEquals(Set.of("clash-a.txt", "clash-b.txt", "weather.jsonl:1"), sources);
            assertTrue(outlets.containsAll(sources), "an article without outlet is listed by its file name: " + outlets);
        }
        assertTrue(replies.size() > 10, "every kind of answer was read");
        for (TestServer.Reply r : replies) {
            assertEquals(200, r.status(), r.body());
            for (String path : forbidden) {
                assertFalse(r.body().contains(path), "a server path in " + r.raw().uri() + ": " + r.body());
                assertFalse(r.body().contains(path.replace("/", "\\/")), "an escaped server path in " + r.raw().uri());
            }
        }
    }

    @Test
    void publicNamesKeepFileNamesAndUrls() {
        assertEquals("a.txt", SourceNames.publicName("/srv/أخبار/2025/a.txt"));
        assertEquals("a.jsonl:12", SourceNames.publicName("/srv/feeds/a.jsonl:12"));
        assertEquals("b.html", SourceNames.publicName("C:\\Users\\desk\\b.html"));
        assertEquals("a.txt", SourceNames.publicName("file:///home/desk/a.txt"));
        assertEquals("relative.txt", SourceNames.publicName("relative.txt"));
        assertEquals("https://example.org/news/1", SourceNames.publicName("https://example.org/news/1"));
        assertEquals("api:2025-01-01T00:00:00Z", SourceNames.publicName("api:2025-01-01T00:00:00Z"));
    }

    @Test
    void diagnosticsNamePathsInsideTheirTextByFileName() {
        assertEquals("story s1 (a.txt and 2 more)", SourceNames.publicText("story s1 (/srv/أخبار/2025/a.txt and 2 more)"));
        assertEquals("cannot read b.html: permission denied", SourceNames.publicText("cannot read C:\\Users\\desk\\b.html: permission denied"));
        assertEquals("internal error in stage ner (boom)", SourceNames.publicText("internal error in stage ner (boom)"));
    }

    private static TestServer.Reply get(TestServer s, String path, List<TestServer.Reply> into) {
        TestServer.Reply r = s.get(path);
        into.add(r);
        return r;
    }
}
