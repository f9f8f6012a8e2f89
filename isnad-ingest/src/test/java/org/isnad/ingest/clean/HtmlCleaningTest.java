package org.isnad.ingest.clean;

import static org.isnad.ingest.clean.ArticleCleanerTest.P1;
import static org.isnad.ingest.clean.ArticleCleanerTest.P2;
import static org.isnad.ingest.clean.ArticleCleanerTest.P3;
import static org.isnad.ingest.clean.ArticleCleanerTest.TITLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.RawArticle;
import org.isnad.core.model.Removal;
import org.isnad.core.stage.BadInputException;
import org.junit.jupiter.api.Test;

class HtmlCleaningTest {
    private final ArticleCleaner cleaner = new ArticleCleaner();

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="ar" dir="rtl"><head><meta charset="utf-8">
            <title>%1$s - جريدة الصباح</title>
            <meta property="og:site_name" content="جريدة الصباح">
            <meta property="og:title" content="%1$s | جريدة الصباح">
            <meta property="article:published_time" content="2024-03-05T09:15:00+02:00">
            <script>var teaser = "<p>نص داخل سكربت</p>"; alert(1);</script>
            <style>p { color: red }</style>
            </head><body onload="alert(2)">
            <header><nav><a href="/">الرئيسية</a> <a href="/a">سياسة</a> <a href="/b">اقتصاد</a></nav></header>
            <div class="share-bar"><a href="#">فيسبوك</a><a href="#">تويتر</a><a href="#">واتساب</a></div>
            <article>
            <h1>%1$s</h1>
            <p>%2$s</p>
            <img src="x.png" onerror="alert(3)">
            <h2>تراجع الإصابات</h2>
            <p>%3$s</p>
            <noscript>فعّل جافاسكربت لمشاهدة الفيديو</noscript>
            <div class="relatedPosts"><h3>أخبار ذات صلة</h3><ul><li><a href="/1">الوزارة تطلق حملة توعية</a></li>
            <li><a href="/2">افتتاح مستشفى جديد</a></li><li><a href="/3">نقص في الأدوية</a></li></ul></div>
            <p>إعلان</p>
            <p>%4$s<br>وأشارت المنظمة إلى أن فرقها ستبقى في المنطقة حتى نهاية الشهر المقبل لمتابعة الوضع الصحي.</p>
            <ul class="list"><li><a href="/t/1">صحة</a></li><li><a href="/t/2">أوبئة</a></li><li><a href="/t/3">قرى</a></li></ul>
            </article>
            <div id="comments"><p>اترك تعليقك هنا وشاركنا رأيك في الموضوع المطروح</p></div>
            <footer>جميع الحقوق محفوظة © 2024</footer>
            <script>document.write("<p>نص مكتوب بسكربت</p>")</script>
            </body></html>
            """.formatted(TITLE, P1, P2, P3);

    @Test
    void pageGivesCleanTextAndItsMetadata() throws BadInputException {
        Article article = cleaner.clean(RawArticle.html("page.html", PAGE), "a1");

        assertEquals(String.join("\n\n", P1, "تراجع الإصابات", P2, P3,
                "وأشارت المنظمة إلى أن فرقها ستبقى في المنطقة حتى نهاية الشهر المقبل لمتابعة الوضع الصحي."),
                article.text());
        assertEquals(TITLE, article.title());
        assertEquals("جريدة الصباح", article.outlet());
        assertEquals("2024-03-05", article.published().value());
        List<String> reasons = article.removed().stream().map(Removal::reason).toList();
        assertTrue(reasons.contains("share/comment/related/ad block"), reasons.toString());
        assertTrue(reasons.contains("link-dense block"), reasons.toString());
        assertTrue(reasons.contains("page chrome <footer>"), reasons.toString());
        assertTrue(reasons.contains("interface text"), reasons.toString());
    }

    @Test
    void scriptsNeverReachTheText() throws BadInputException {
        Article article = cleaner.clean(RawArticle.html("page.html", PAGE), "a1");

        for (String code : List.of("alert", "سكربت", "document.write", "onerror", "color", "جافاسكربت")) {
            assertFalse(article.text().contains(code), code);
        }
    }

    @Test
    void pageOfScriptsOnlyHasNoArticleText() {
        String html = "<html><head><script>alert(1)</script></head><body><script>alert('xss')</script>"
                + "<img src=x onerror=alert(1)><noscript>فعّل جافاسكربت</noscript><nav><a href=/>الرئيسية</a></nav></body></html>";

        BadInputException e = assertThrows(BadInputException.class, () -> cleaner.clean(RawArticle.html("x.html", html), "a"));
        assertEquals("no article text", e.getMessage());
    }

    @Test
    void titleFallsBackToTheTitleElementWithoutItsOutletSuffix() throws BadInputException {
        String html = "<html><head><title>" + TITLE + " | موقع الأخبار</title></head><body><p>" + P1 + "</p></body></html>";

        Article article = cleaner.clean(RawArticle.html("t.html", html), "a");

        assertEquals(TITLE, article.title());
        assertEquals(P1, article.text());
    }

    @Test
    void jsonLdStatesTheDateAndPublisher() throws BadInputException {
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"" + TITLE + "\",\"datePublished\":\"2023-12-31T22:00:00Z\","
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"وكالة النهار\"}}</script></head>"
                + "<body><h1>" + TITLE + "</h1><p>" + P1 + "</p></body></html>";

        Article article = cleaner.clean(RawArticle.html("ld.html", html), "a");

        assertEquals("2023-12-31", article.published().value());
        assertEquals("وكالة النهار", article.outlet());
        assertEquals(TITLE, article.title());
        assertEquals(P1, article.text());
    }

    @Test
    void pageWrappedInAFormKeepsItsArticle() throws BadInputException {
        String html = "<html><body><form id=\"aspnetForm\"><div class=\"menu\"><a href=/>الرئيسية</a></div><h1>" + TITLE
                + "</h1><p>" + P1 + "</p><p>" + P2 + "</p></form></body></html>";

        Article article = cleaner.clean(RawArticle.html("f.html", html), "a");

        assertEquals(P1 + "\n\n" + P2, article.text());
    }
}
