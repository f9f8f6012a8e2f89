package org.isnad.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.isnad.core.model.Article;
import org.isnad.core.model.RawArticle;
import org.isnad.core.model.Removal;
import org.isnad.core.stage.BadInputException;

/**
 * Coverage-guided fuzz test of HTML cleaning: any page either becomes an article with text or is
 * refused with a {@link BadInputException}. In a normal build only the inputs under
 * {@code HtmlFuzzTestInputs/cleanHtml/} run; see docs/fuzzing.md.
 */
class HtmlFuzzTest {
    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    @FuzzTest(maxDuration = "30s")
    void cleanHtml(byte[] data) {
        String html = new String(data, StandardCharsets.UTF_8);
        Article article;
        try {
            article = CLEANER.clean(RawArticle.html("fuzz.html", html), "a1");
        } catch (BadInputException refused) {
            assertNotNull(refused.getMessage());
            return;
        }
        assertEquals("a1", article.id());
        assertFalse(article.text().isBlank(), "an article needs text");
        assertFalse(article.text().contains("\n\n\n"), "paragraphs are separated by one blank line");
        for (Removal r : article.removed()) {
            assertNotNull(r.reason());
        }
    }
}
