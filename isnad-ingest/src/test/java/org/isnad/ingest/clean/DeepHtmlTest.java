package org.isnad.ingest.clean;

import static org.isnad.ingest.clean.ArticleCleanerTest.P1;
import static org.isnad.ingest.clean.ArticleCleanerTest.P2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.isnad.core.model.Article;
import org.isnad.core.model.RawArticle;
import org.isnad.core.stage.BadInputException;
import org.junit.jupiter.api.Test;

/** Deeply nested pages: cleaned (in linear time) up to {@link HtmlExtractor#MAX_DEPTH}, rejected beyond. */
class DeepHtmlTest {
    private static final String LINKS = "<ul><li><a href=\"/1\">الوزارة تطلق حملة توعية</a></li>"
            + "<li><a href=\"/2\">افتتاح مستشفى جديد</a></li><li><a href=\"/3\">نقص في الأدوية</a></li></ul>";

    private final ArticleCleaner cleaner = new ArticleCleaner();

    private static String nested(int depth, String inner) {
        return "<div>".repeat(depth) + inner + "</div>".repeat(depth);
    }

    @Test
    void pageNested100000DeepIsRejectedWithItsReason() {
        String html = nested(100_000, "<p>" + P1 + "</p>");
        assertTrue(html.length() > 1_000_000);

        BadInputException e = assertThrows(BadInputException.class,
                () -> cleaner.clean(RawArticle.html("deep.html", html), "a1"));
        assertEquals("HTML nested deeper than 2048 levels", e.getMessage());
    }

    @Test
    void pageNested2000DeepIsCleanedLikeAFlatOne() throws BadInputException {
        String inner = "<p>" + P1 + "</p><div class=\"share-bar\"><a href=\"#\">فيسبوك</a></div>" + LINKS
                + "<p>" + P2 + "</p>";
        Article deep = cleaner.clean(RawArticle.html("deep.html", nested(2_000, inner)), "a1");
        Article flat = cleaner.clean(RawArticle.html("flat.html", nested(1, inner)), "a2");

        assertTrue(deep.text().startsWith(P1) && deep.text().endsWith(P2), deep.text());
        assertTrue(!deep.text().contains("فيسبوك") && !deep.text().contains("نقص في الأدوية"), deep.text());
        assertEquals(flat.text(), deep.text());
        assertEquals(flat.title(), deep.title());
        assertTrue(deep.removed().stream().anyMatch(r -> r.text().equals("فيسبوك")), deep.removed().toString());
        assertTrue(deep.removed().stream().anyMatch(r -> r.reason().equals("link-dense block")
                && r.text().contains("نقص في الأدوية")), deep.removed().toString());
    }

    @Test
    void limitCountsFromTheHtmlElement() throws BadInputException {
        // html 1, body 2, then the divs: the paragraph at the limit is kept, one level deeper is not
        String atLimit = nested(HtmlExtractor.MAX_DEPTH - 3, "<p>" + P1 + "</p>");
        String overLimit = nested(HtmlExtractor.MAX_DEPTH - 2, "<p>" + P1 + "</p>");

        assertTrue(cleaner.clean(RawArticle.html("at.html", atLimit), "a1").text().contains(P1));
        assertThrows(BadInputException.class, () -> cleaner.clean(RawArticle.html("over.html", overLimit), "a2"));
    }

    @Test
    void nestedShareBlocksGoAsOneRemoval() throws BadInputException {
        String share = "<div class=\"share\">".repeat(1_500) + "شارك الخبر" + "</div>".repeat(1_500);
        Article article = cleaner.clean(RawArticle.html("share.html", "<p>" + P1 + "</p>" + share), "a1");

        assertEquals(1, article.removed().stream().filter(r -> r.text().equals("شارك الخبر")).count());
        assertTrue(!article.text().contains("شارك"), article.text());
    }
}
