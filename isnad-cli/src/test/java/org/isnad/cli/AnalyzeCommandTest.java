package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.isnad.output.SchemaValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end through the command line on the seed corpus: the contract of issue 2. */
class AnalyzeCommandTest {
    static final Path SEEDS = Path.of("..", "..", "shared", "corpus", "seeds");
    static JsonNode dossier;
    static String stdout;
    static int exit;

    @BeforeAll
    static void analyzeSeeds(@TempDir Path out) throws Exception {
        CommandRun.Result r = CommandRun.run("analyze", SEEDS.toString(), "--out", out.toString(), "--quiet");
        exit = r.exit();
        stdout = r.out();
        dossier = new ObjectMapper().readTree(Files.readString(out.resolve("dossier.json")));
        assertTrue(Files.readString(out.resolve("dossier.html")).contains("dir=\"rtl\""));
    }

    @Test
    void dossierIsValidAgainstTheSchema() throws Exception {
        assertEquals(0, exit);
        assertEquals(List.of(), List.copyOf(SchemaValidator.validate(dossier)));
        assertEquals(5, dossier.get("articles").size());
        assertEquals("", stdout, "--quiet prints nothing on stdout");
    }

    @Test
    void theFiveSeedsFormOneStory() {
        assertEquals(1, dossier.get("stories").size());
        assertEquals(5, dossier.at("/stories/0/articles").size());
    }

    @Test
    void boilerplateIsGoneFromEveryArticle() {
        List<String> banned = List.of("اترك رد", "لن يتم نشر عنوان بريدك الإلكتروني", "Loading...", "Advertisement",
                "حجم الخط", "مشاركة عبر", "اشترك في قائمتنا البريدية");
        for (JsonNode a : dossier.get("articles")) {
            String text = a.get("text").asText();
            for (String b : banned) {
                assertFalse(text.contains(b), a.get("source").asText() + " still contains " + b);
            }
        }
    }

    @Test
    void newsParagraphsAreKept() throws Exception {
        Map<String, String> textBySource = new HashMap<>();
        Map<String, Set<String>> summariesBySource = new HashMap<>();
        for (JsonNode a : dossier.get("articles")) {
            String name = Path.of(a.get("source").asText()).getFileName().toString();
            textBySource.put(name, a.get("text").asText());
            Set<String> summaries = new HashSet<>();
            // a summary widget repeats the body: removing it loses no news
            a.get("removed").forEach(r -> {
                if (r.get("reason").asText().contains("summary") || r.get("reason").asText().contains("duplicate")) {
                    summaries.add(r.get("text").asText().strip());
                }
            });
            summariesBySource.put(name, summaries);
        }
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path seed : files.toList()) {
                String text = textBySource.get(seed.getFileName().toString());
                // every long line of the page is a news paragraph (boilerplate lines are short)
                for (String line : Files.readAllLines(seed)) {
                    String l = line.replace('\u00a0', ' ').strip();
                    if (l.length() >= 120 && !l.startsWith("إقرأ أيضاً") && !l.startsWith("اقرأ أيضا")
                            && !summariesBySource.get(seed.getFileName().toString()).contains(l)) {
                        assertTrue(text.contains(l) || textContainsOnce(text, l), seed + " lost: " + l);
                    }
                }
            }
        }
    }

    private static boolean textContainsOnce(String text, String line) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").contains(line.replaceAll("\\s+", " "));
    }

    @Test
    void printedDatesBecomePublished() {
        int dated = 0;
        for (JsonNode a : dossier.get("articles")) {
            JsonNode p = a.get("published");
            if (!p.isNull()) {
                assertEquals("2025-10-22", p.get("value").asText(), a.get("source").asText());
                dated++;
            }
        }
        assertEquals(2, dated, "two seeds print their date");
    }

    @Test
    void everySpanIsExact() {
        Map<String, String> texts = new HashMap<>();
        dossier.get("articles").forEach(a -> texts.put(a.get("id").asText(), a.get("text").asText()));
        List<JsonNode> spans = new ArrayList<>();
        dossier.get("entities").forEach(e -> e.get("mentions").forEach(spans::add));
        dossier.get("events").forEach(e -> e.get("mentions").forEach(spans::add));
        dossier.get("claims").forEach(c -> spans.add(c.get("span")));
        dossier.get("stories").forEach(s -> s.get("contradictions").forEach(c -> c.get("sides").forEach(spans::add)));
        for (JsonNode s : spans) {
            String text = texts.get(s.get("article").asText());
            assertEquals(text.substring(s.get("start").asInt(), s.get("end").asInt()), s.get("text").asText());
        }
    }

    @Test
    void badInputsAreReportedAndTheRestIsAnalysed(@TempDir Path in, @TempDir Path out) throws Exception {
        Files.copy(SEEDS.resolve(firstSeed()), in.resolve("good.txt"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, (byte) 0xff, 0, 7, 0, 0});
        CommandRun.Result r = CommandRun.run("analyze", in.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        JsonNode d = new ObjectMapper().readTree(Files.readString(out.resolve("dossier.json")));
        assertEquals(1, d.get("articles").size());
        Set<String> failed = new HashSet<>();
        d.get("errors").forEach(e -> failed.add(Path.of(e.get("source").asText()).getFileName().toString()));
        assertEquals(Set.of("empty.txt", "binary.txt"), failed);
        assertTrue(r.err().contains("empty.txt") && r.err().contains("binary.txt"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack traces: " + r.err());
    }

    @Test
    void nothingAnalysableExitsNonZero(@TempDir Path in, @TempDir Path out) throws Exception {
        Files.write(in.resolve("empty.txt"), new byte[0]);
        CommandRun.Result r = CommandRun.run("analyze", in.toString(), "--out", out.toString(), "--quiet");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("empty.txt"));
    }

    @Test
    void helpOnEveryCommand() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"analyze", "--help"},
                new String[] {"train", "--help"}, new String[] {"eval", "--help"}, new String[] {"bench", "--help"})) {
            CommandRun.Result r = CommandRun.run(args);
            assertEquals(0, r.exit(), String.join(" ", args));
            assertTrue(r.out().contains("Usage:"), r.out());
        }
    }

    private static String firstSeed() throws Exception {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }
}
