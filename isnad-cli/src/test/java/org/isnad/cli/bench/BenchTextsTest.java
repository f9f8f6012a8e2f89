package org.isnad.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.isnad.core.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark reads only the stream's allowed part, from the line asked for, and the baseline counts real tokens. */
class BenchTextsTest {
    @Test
    void readsTheLinesAskedForAndRefusesTheReservedPart(@TempDir Path dir) throws IOException {
        Path stream = dir.resolve("s.jsonl.gz");
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(stream)), StandardCharsets.UTF_8)) {
            for (int line = 1; line <= BenchTexts.FIRST_ALLOWED_LINE + 2; line++) {
                w.write("{\"id\": \"A-" + line + "\", \"outlet\": \"وكالة\", \"title\": \"عنوان " + line
                        + "\", \"published\": \"2018-06-21T10:00:00+00:00\", \"text\": \"قال الوزير إن المحادثات ستستأنف غدا " + line + "\"}\n");
            }
        }
        assertThrows(IOException.class, () -> BenchTexts.fromStream(stream, BenchTexts.FIRST_ALLOWED_LINE - 1, 1));
        List<RawArticle> raws = BenchTexts.fromStream(stream, BenchTexts.FIRST_ALLOWED_LINE + 1, 5);
        assertEquals(2, raws.size(), "only the lines the file still has");
        assertEquals("A-" + (BenchTexts.FIRST_ALLOWED_LINE + 1), raws.get(0).source());
        assertEquals("وكالة", raws.get(0).outlet());
        assertTrue(raws.get(1).text().endsWith(Integer.toString(BenchTexts.FIRST_ALLOWED_LINE + 2)));
    }

    @Test
    void luceneBaselineCountsArabicTokensWithoutStopWords() {
        LuceneArabicBaseline lucene = new LuceneArabicBaseline();
        lucene.load();
        // في and إن are stop words of Lucene's Arabic list; the other five words stay
        assertEquals(5, lucene.process("قال الوزير إن المحادثات ستستأنف في القاهرة"));
    }
}
