package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import org.isnad.core.model.InputError;
import org.isnad.core.model.RawArticle;
import org.isnad.core.stage.BadInputException;
import org.isnad.ingest.clean.ArticleCleaner;
import org.isnad.ingest.clean.BoilerplateLearner;
import org.isnad.ingest.read.FileArticleSource;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.isnad.core.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo corpus (../shared/corpus/seeds: five real saved pages, boilerplate included) as a fixture.
 * No line of the pages is written here: paragraphs are taken from the files themselves, by length.
 */
class SeedCorpusTest {
    /** Lines of at least this many words are paragraphs of the article and must survive verbatim. */
    private static final int LONG_WORDS = 15;
    /** The one long line that is not article text, an AI summary widget's summary: file prefix, line number. */
    private static final Map<String, Set<Integer>> NOT_ARTICLE_TEXT = Map.of("004_", Set.of(13));
    private static final List<String> BOILERPLATE = List.of("اترك رد", "لن يتم نشر عنوان بريدك الإلكتروني",
            "Loading...", "Advertisement", "حجم الخط", "مشاركة عبر", "اشترك في قائمتنا البريدية", "إشترك في النشرة",
            "الوضع المظلم", "Logo", "ملخص المقال", "إنتاج AI", "النقاط الأساسية", "فريق التحرير", "(إنترنت)",
            "المصدر:", "أيضاً:", "تابعنا عبر");

    private static Path seeds;
    private static List<Article> articles;

    @BeforeAll
    static void ingestSeeds() {
        seeds = Stream.of(Path.of("..", "..", "shared", "corpus", "seeds"), Path.of("..", "shared", "corpus", "seeds"))
                .filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(seeds != null, "the shared seed corpus is not beside the project");
        List<InputError> errors = new ArrayList<>();
        List<RawArticle> raws = new FileArticleSource().read(List.of(seeds), errors::add);
        ArticleCleaner cleaner = new ArticleCleaner(new BoilerplateLearner().learn(raws));
        articles = new ArrayList<>();
        for (RawArticle raw : raws) {
            try {
                articles.add(cleaner.clean(raw, "a" + articles.size()));
            } catch (BadInputException e) {
                errors.add(new InputError(raw.source(), e.getMessage()));
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void everySeedIsAnArabicArticle() {
        assertEquals(5, articles.size());
        for (Article a : articles) {
            assertEquals("ar", a.language(), a.source());
            assertFalse(a.title().isBlank(), a.source());
        }
    }

    @Test
    void noBoilerplateRemainsInAnyText() {
        for (Article a : articles) {
            for (String phrase : BOILERPLATE) {
                assertFalse(a.text().contains(phrase), a.source() + " still holds " + phrase);
            }
        }
    }

    @Test
    void everyLongParagraphIsKeptVerbatim() throws IOException {
        int checked = 0;
        for (Article a : articles) {
            String name = Path.of(a.source()).getFileName().toString();
            Set<Integer> skip = NOT_ARTICLE_TEXT.entrySet().stream().filter(e -> name.startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(Set.of());
            List<String> lines = Files.readAllLines(Path.of(a.source()), StandardCharsets.UTF_8);
            int kept = 0;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).replaceAll("^[\\s\\u00A0]+|[\\s\\u00A0]+$", ""); // pages end lines with no-break spaces
                if (skip.contains(i + 1)) {
                    assertFalse(a.text().contains(line), name + ":" + (i + 1) + " is not article text");
                } else if (line.split("\\s+").length >= LONG_WORDS) {
                    assertTrue(a.text().contains(line), name + ":" + (i + 1) + " lost");
                    kept++;
                }
            }
            assertTrue(kept >= 5, name + " has only " + kept + " long paragraphs");
            checked += kept;
        }
        assertTrue(checked >= 40, "checked " + checked);
    }

    @Test
    void paragraphsAreSeparatedByBlankLines() {
        for (Article a : articles) {
            assertFalse(a.text().contains("\n\n\n"), a.source());
            for (String paragraph : a.text().split("\n\n")) {
                assertFalse(paragraph.isBlank() || paragraph.contains("\n"), a.source());
            }
        }
    }

    @Test
    void datedPagesGetTheirPublicationDayAndTheOthersNone() {
        for (Article a : articles) {
            String name = Path.of(a.source()).getFileName().toString();
            if (name.startsWith("001_") || name.startsWith("003_")) {
                assertEquals("2025-10-22", a.published() == null ? null : a.published().value(), name);
            } else {
                assertNull(a.published(), name);
            }
        }
    }

    @Test
    void removedLinesCarryTheirReasons() {
        for (Article a : articles) {
            a.removed().forEach(r -> assertFalse(r.reason().isBlank() || r.text().isBlank(), a.source()));
        }
        assertTrue(articles.stream().mapToInt(a -> a.removed().size()).sum() >= 30);
    }
}
