package org.isnad.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.core.model.InputError;
import org.isnad.core.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileArticleSourceTest {
    static final String NEWS = "أعلنت السلطات المحلية إعادة فتح الطريق الدولي بعد إغلاقه ثلاثة أيام بسبب السيول، "
            + "وقالت إن فرق الصيانة أنهت إصلاح الجسور المتضررة.";

    @TempDir
    Path dir;

    private final FileArticleSource source = new FileArticleSource();
    private final List<InputError> errors = new ArrayList<>();

    private Map<String, String> errorsByFile() {
        Map<String, String> byFile = new LinkedHashMap<>();
        errors.forEach(e -> byFile.put(dir.relativize(Path.of(e.source().replaceAll(":\\d+$", ""))) + lineOf(e),
                e.reason()));
        return byFile;
    }

    private static String lineOf(InputError e) {
        var m = java.util.regex.Pattern.compile(":(\\d+)$").matcher(e.source());
        return m.find() ? ":" + m.group(1) : "";
    }

    @Test
    void badFilesAreReportedAndTheOthersStillRead() throws IOException {
        Files.writeString(dir.resolve("a-good.txt"), NEWS);
        Files.write(dir.resolve("b-cp1256.txt"), (NEWS + "\n" + NEWS).getBytes(Charset.forName("windows-1256")));
        Files.write(dir.resolve("c-utf16.txt"), withUtf16Bom(NEWS));
        Files.write(dir.resolve("d-empty.txt"), new byte[0]);
        Files.write(dir.resolve("e-binary.txt"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 0, 1, 2, 3});
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("f-big.txt").toFile(), "rw")) {
            big.setLength(20L * 1024 * 1024);
        }
        Files.write(dir.resolve("g-invalid.txt"), new byte[] {(byte) 0x93, (byte) 0xA4, (byte) 0xB7, (byte) 0x8F,
            (byte) 0xA9, (byte) 0x9C, (byte) 0xB1, (byte) 0x85});
        Files.writeString(dir.resolve("h-notes.xyz"), NEWS);
        Files.writeString(dir.resolve(".hidden.txt"), NEWS);
        Files.createDirectories(dir.resolve("nested"));
        Files.writeString(dir.resolve("nested/page.html"), "<html><body><p>" + NEWS + "</p></body></html>");
        Files.writeString(dir.resolve("i-spaces.txt"), " \n\t\n");

        List<RawArticle> articles = source.read(List.of(dir, dir.resolve("missing.txt")), errors::add);

        assertEquals(List.of("a-good.txt", "b-cp1256.txt", "c-utf16.txt", "nested/page.html"),
                articles.stream().map(a -> dir.relativize(Path.of(a.source())).toString()).toList());
        assertEquals(NEWS, articles.get(0).text());
        assertEquals(NEWS + "\n" + NEWS, articles.get(1).text());
        assertEquals(NEWS, articles.get(2).text());
        assertTrue(articles.get(3).isHtml());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("d-empty.txt", "empty file");
        expected.put("e-binary.txt", "binary content, not text");
        expected.put("f-big.txt", "file too large (20 MB > 10 MB limit)");
        expected.put("g-invalid.txt", "invalid UTF-8 and no legacy Arabic encoding detected");
        expected.put("h-notes.xyz", "unsupported file type .xyz");
        expected.put("i-spaces.txt", "empty file (only whitespace)");
        expected.put("missing.txt", "no such file or directory");
        assertEquals(expected, errorsByFile());
    }

    @Test
    void jsonlKeepsItsGoodLinesAndNamesTheBadOnes() throws IOException {
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"url\": \"https://news.example.org/1\", \"outlet\": \"الصباح\", \"title\": \"فتح الطريق\", "
                        + "\"published\": \"2024-02-01\", \"text\": \"" + NEWS + "\"}",
                "{\"url\": \"https://news.example.org/2\", \"text\": \"سطر مقطوع",
                "",
                "{\"title\": \"بلا نص\"}",
                "[1, 2]",
                "{\"html\": \"<p>" + NEWS + "</p>\", \"title\": 5}"), StandardCharsets.UTF_8);

        List<RawArticle> articles = source.read(List.of(file), errors::add);

        assertEquals(2, articles.size());
        RawArticle first = articles.get(0);
        assertEquals(file + ":1", first.source());
        assertEquals("https://news.example.org/1", first.url());
        assertEquals("الصباح", first.outlet());
        assertEquals("فتح الطريق", first.title());
        assertEquals("2024-02-01", first.published());
        assertEquals(NEWS, first.text());
        assertEquals(file + ":6", articles.get(1).source());
        assertTrue(articles.get(1).isHtml());
        assertEquals("5", articles.get(1).title());
        assertNull(articles.get(1).outlet());
        assertEquals(List.of("feed.jsonl:2", "feed.jsonl:4", "feed.jsonl:5"), List.copyOf(errorsByFile().keySet()));
        assertTrue(errors.get(0).reason().startsWith("invalid JSON: "), errors.get(0).reason());
        assertEquals("no \"text\" or \"html\" field with content", errors.get(1).reason());
        assertEquals("not a JSON object", errors.get(2).reason());
    }

    @Test
    void explicitFilesAreReadInTheOrderGivenAndFoldersSorted() throws IOException {
        Files.createDirectories(dir.resolve("z"));
        Files.writeString(dir.resolve("z/b.txt"), NEWS);
        Files.writeString(dir.resolve("z/a.txt"), NEWS);
        Files.writeString(dir.resolve("first.txt"), NEWS);

        List<RawArticle> articles = source.read(List.of(dir.resolve("first.txt"), dir.resolve("z")), errors::add);

        assertEquals(List.of("first.txt", "z/a.txt", "z/b.txt"),
                articles.stream().map(a -> dir.relativize(Path.of(a.source())).toString()).toList());
        assertEquals(List.of(), errors);
    }

    @Test
    void strayControlAndInvalidBytesAreRepairedWithANoteNotRejected() throws IOException {
        byte[] news = NEWS.getBytes(StandardCharsets.UTF_8);
        byte[] withNul = java.util.Arrays.copyOf(news, news.length + 1);
        withNul[news.length / 2] = 0; // a NUL in the middle, in place of one byte of a space
        withNul[news.length] = '\n';
        byte[] withFf = java.util.Arrays.copyOf(news, news.length + 1);
        withFf[news.length] = (byte) 0xFF;
        Files.write(dir.resolve("a-nul.txt"), withNul);
        Files.write(dir.resolve("b-ff.txt"), withFf);

        List<RawArticle> articles = source.read(List.of(dir), errors::add);

        assertEquals(2, articles.size(), errors.toString());
        assertTrue(articles.get(1).text().endsWith("\uFFFD"));
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.stream().allMatch(e -> e.stage().equals("repair") && e.reason().endsWith("the article is kept")), errors.toString());
    }

    @Test
    void jsonLinesEndOnlyAtLineFeedsAndLoneSurrogatesAreReplaced() throws IOException {
        String line1 = "{\"title\": \"عنوان\", \"text\": \"" + NEWS.replace("\n", " ") + "\u2028" + "سطر آخر\u0085في النص\"}";
        String line2 = "{\"title\": \"عنوان ثان \\uD800\", \"text\": \"" + NEWS.replace("\n", " ") + "\"}";
        Files.writeString(dir.resolve("feed.jsonl"), line1 + "\n" + line2 + "\r\n");

        List<RawArticle> articles = source.read(List.of(dir), errors::add);

        assertEquals(List.of(), errors);
        assertEquals(2, articles.size());
        assertTrue(articles.get(0).text().contains("\u2028سطر آخر\u0085في النص"));
        assertEquals("عنوان ثان \uFFFD", articles.get(1).title());
    }

    @Test
    void specialFilesInAFolderAreReported() throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), NEWS);
        Files.createSymbolicLink(dir.resolve("b-dangling.txt"), dir.resolve("nowhere.txt"));
        Files.createDirectories(dir.resolve("c-loop"));
        Files.createSymbolicLink(dir.resolve("c-loop/back"), dir);
        boolean fifo = new ProcessBuilder("mkfifo", dir.resolve("d-pipe.txt").toString()).start().waitFor() == 0;

        List<RawArticle> articles = source.read(List.of(dir), errors::add);

        assertEquals(1, articles.size());
        Map<String, String> byFile = errorsByFile();
        assertEquals("dangling symbolic link (its target does not exist); skipped", byFile.get("b-dangling.txt"));
        assertTrue(byFile.values().stream().anyMatch(r -> r.contains("symbolic link loop")), byFile.toString());
        if (fifo) {
            assertEquals("not a regular file (a FIFO, socket or device); skipped", byFile.get("d-pipe.txt"));
        }
    }

    private static byte[] withUtf16Bom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        return bytes;
    }
}
