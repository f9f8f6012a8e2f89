package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.isnad.pipeline.Pipeline;
import org.isnad.server.DataDir;
import org.isnad.server.Desk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile inputs, generated here, beside the seeds: every bad input is reported with its
 * reason, good ones are analysed, the run exits 0, and the seeds come out exactly as when alone; the
 * same inputs ingested into a desk leave it opening with every good article.
 */
class BadInputCorpusTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String GOOD = "أعلنت هيئة الأرصاد الجوية أن موجة حر شديدة ستضرب المناطق الساحلية خلال الأسبوع المقبل، "
            + "ودعت السكان إلى تجنب التعرض لأشعة الشمس في ساعات الظهيرة.";

    /** Bad inputs and the words their error must contain. */
    static Map<String, String> writeCorpus(Path dir) throws Exception {
        Map<String, String> bad = new LinkedHashMap<>();
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        bad.put("empty.txt", "empty file");
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        Files.write(dir.resolve("noise.txt"), noise);
        bad.put("noise.txt", "");
        byte[] png = new byte[600];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, 0, png, 0, 12);
        Files.write(dir.resolve("picture.html"), png);
        bad.put("picture.html", "binary content");
        byte[] zip = new byte[600];
        System.arraycopy(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}, 0, zip, 0, 10);
        Files.write(dir.resolve("archive.txt"), zip);
        bad.put("archive.txt", "binary content");
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        bad.put("huge.txt", "file too large");
        Files.write(dir.resolve("utf16-no-bom.txt"), GOOD.getBytes(StandardCharsets.UTF_16LE));
        bad.put("utf16-no-bom.txt", "binary content");
        Files.writeString(dir.resolve("deep.html"), "<html><body>" + "<div>".repeat(100_000) + "<p>" + GOOD + "</p>"
                + "</div>".repeat(100_000) + "</body></html>");
        bad.put("deep.html", "nested deeper");
        Files.writeString(dir.resolve("feed.jsonl"), "{\"title\": \"موجة حر\", \"text\": \"" + GOOD + "\u2028" + GOOD + "\"}\n"
                + "{\"title\": \"مقطوع\", \"text\": \"نص لم يكتمل\n");
        bad.put("feed.jsonl:2", "invalid JSON");
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("deleted-before-reading.txt"));
        bad.put("gone.txt", "dangling symbolic link");
        if (new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start().waitFor() == 0) {
            bad.put("pipe.txt", "not a regular file");
        }
        // good, if unusual: legacy encoding without declaration, mixed scripts with bidi controls, broken markup
        Files.write(dir.resolve("legacy.txt"), (GOOD + "\n" + GOOD).getBytes(Charset.forName("windows-1256")));
        Files.writeString(dir.resolve("bidi.txt"), "\u202Eقال المتحدث\u202C إن شركة \u2066Acme Corp\u2069 ستفتح مصنعا جديدا "
                + "في المنطقة الصناعية بتكلفة 40 مليون دولار، وإن الإنتاج يبدأ العام المقبل.");
        Files.writeString(dir.resolve("malformed.html"), "<html><body><p>" + GOOD + "<div><p><b>نص غير مغلق <i>وتداخل خاطئ</b></i>");
        return bad;
    }

    static JsonNode analyze(Path out, String... inputs) throws Exception {
        List<String> args = new ArrayList<>(List.of("analyze"));
        args.addAll(List.of(inputs));
        args.addAll(List.of("--out", out.toString(), "--quiet"));
        CommandRun.Result r = CommandRun.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return JSON.readTree(out.resolve("dossier.json").toFile());
    }

    /** The stories holding any of {@code articles}, with their entities, claims and events, as JSON text. */
    static String partOf(JsonNode d, Set<String> articles) {
        Set<String> stories = new HashSet<>();
        StringBuilder sb = new StringBuilder();
        for (JsonNode s : d.get("stories")) {
            for (JsonNode a : s.get("articles")) {
                if (articles.contains(a.asText())) {
                    stories.add(s.get("id").asText());
                }
            }
        }
        for (String layer : List.of("stories", "claims", "events")) {
            for (JsonNode x : d.get(layer)) {
                String story = layer.equals("stories") ? x.get("id").asText() : x.get("story").asText();
                if (stories.contains(story)) {
                    sb.append(x).append('\n');
                }
            }
        }
        for (JsonNode e : d.get("entities")) {
            if (stories.stream().anyMatch(s -> e.get("id").asText().startsWith(s + "-"))) {
                sb.append(e).append('\n');
            }
        }
        for (JsonNode a : d.get("articles")) {
            if (articles.contains(a.get("id").asText())) {
                sb.append(a).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void badInputsAreListedGoodOnesAnalysedAndTheSeedsComeOutAsAlone(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Map<String, String> bad = writeCorpus(corpus);
        JsonNode alone = analyze(tmp.resolve("alone"), AnalyzeCommandTest.SEEDS.toString());
        JsonNode mixed = analyze(tmp.resolve("mixed"), corpus.toString(), AnalyzeCommandTest.SEEDS.toString());

        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode e : mixed.get("errors")) {
            String source = e.get("source").asText();
            errors.merge(source.substring(source.lastIndexOf('/') + 1), e.get("reason").asText(), (x, y) -> x + "; " + y);
        }
        for (var b : bad.entrySet()) {
            assertTrue(errors.containsKey(b.getKey()), b.getKey() + " not reported: " + errors);
            assertTrue(errors.get(b.getKey()).contains(b.getValue()), b.getKey() + ": " + errors.get(b.getKey()));
        }
        Set<String> sources = new HashSet<>();
        mixed.get("articles").forEach(a -> sources.add(a.get("source").asText().substring(a.get("source").asText().lastIndexOf('/') + 1)));
        assertTrue(sources.containsAll(List.of("legacy.txt", "bidi.txt", "malformed.html", "feed.jsonl:1")), sources.toString());
        assertEquals(alone.get("articles").size() + 4, mixed.get("articles").size());

        Set<String> seedIds = new HashSet<>();
        alone.get("articles").forEach(a -> seedIds.add(a.get("id").asText()));
        assertEquals(partOf(alone, seedIds), partOf(mixed, seedIds), "the seeds' part of the dossier is unchanged");

        Path data = tmp.resolve("desk");
        CommandRun.Result ingest = CommandRun.run("ingest", corpus.toString(), AnalyzeCommandTest.SEEDS.toString(),
                "--data", data.toString(), "--quiet");
        assertEquals(0, ingest.exit(), ingest.err());
        try (Desk desk = Desk.open(new DataDir(data), Pipeline.standard())) {
            Set<String> stored = desk.articleIds();
            for (JsonNode a : mixed.get("articles")) {
                assertTrue(stored.contains(a.get("id").asText()), "stored on the desk: " + a.get("source"));
            }
            assertEquals(mixed.get("articles").size(), stored.size());
        }
    }
}
