package org.isnad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.isnad.core.model.Span;
import org.isnad.core.model.Token;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Offset invariants of every component on real news articles: the first 300 articles of the ANT
 * multi-source corpus (../shared/data/unlabelled, unlabelled text; nothing is tuned on it).
 * Skipped when the data is not there.
 */
class CorpusInvariantsTest {
    private static List<String> articles() throws IOException {
        Path file = Stream.of("../../shared/data/unlabelled/ant-multisource/docs.txt.gz", "../shared/data/unlabelled/ant-multisource/docs.txt.gz")
                .map(Path::of).filter(Files::isRegularFile).findFirst().orElse(null);
        Assumptions.assumeTrue(file != null, "ANT corpus not present");
        List<String> docs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while (docs.size() < 300 && (line = r.readLine()) != null) {
                docs.add(line);
            }
        }
        return docs;
    }

    @Test
    void spansIndexTheOriginalText() throws IOException {
        ArabicTokenizer tokenizer = new ArabicTokenizer();
        SentenceSplitter splitter = new SentenceSplitter();
        int dates = 0;
        int relative = 0;
        int numbers = 0;
        int sentences = 0;
        for (String doc : articles()) {
            for (Token t : tokenizer.tokenize(doc)) {
                assertEquals(t.text(), doc.substring(t.start(), t.end()));
            }
            int prev = 0;
            for (Span s : splitter.split(doc)) {
                assertTrue(s.start() >= prev && s.length() > 0);
                assertEquals(s.of(doc), s.of(doc).strip());
                prev = s.end();
                sentences++;
            }
            for (DateMention d : ArabicDates.find(doc)) {
                assertEquals(d.date().text(), d.span().of(doc));
                dates++;
            }
            for (DateMention d : ArabicDates.findRelative(doc, LocalDate.of(2018, 5, 1))) {
                assertEquals(d.date().text(), d.span().of(doc));
                relative++;
            }
            for (NumberMention n : NumberWords.find(doc)) {
                assertTrue(n.span().end() <= doc.length() && n.value() >= 0);
                numbers++;
            }
            NormalizedText nt = ArabicNormalizer.normalize(doc);
            assertEquals(doc.length(), nt.toOriginal(nt.normalized().length()));
        }
        assertTrue(sentences > 3000 && dates > 50 && relative > 100 && numbers > 500,
                "sentences " + sentences + ", dates " + dates + ", relative " + relative + ", numbers " + numbers);
    }
}
