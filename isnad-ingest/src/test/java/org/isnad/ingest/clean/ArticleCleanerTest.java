package org.isnad.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.isnad.core.model.Article;
import org.isnad.core.model.RawArticle;
import org.isnad.core.model.Removal;
import org.isnad.core.stage.BadInputException;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {
    static final String TITLE = "الصحة تعلن احتواء تفشي المرض في ثلاث قرى جنوبية";
    static final String P1 = "أعلنت وزارة الصحة في بيان صدر صباح اليوم أن فرقها الطبية تمكنت من احتواء تفشي المرض في ثلاث "
            + "قرى جنوبية، بعد حملة تطعيم واسعة شملت أكثر من عشرة آلاف شخص.";
    static final String HEADING = "تراجع الإصابات";
    static final String P2 = "وقال المتحدث باسم الوزارة إن عدد الإصابات المسجلة انخفض إلى النصف خلال الأسبوع الماضي، "
            + "داعياً السكان إلى الالتزام بإرشادات الوقاية.";
    static final String P3 = "من جهتها، رحبت منظمة الصحة العالمية بالخطوة، وأكدت استعدادها لتقديم الدعم الفني واللوجستي "
            + "للسلطات المحلية.";

    private final ArticleCleaner cleaner = new ArticleCleaner();

    static String lines(String... lines) {
        return String.join("\n", lines);
    }

    static Map<String, String> reasons(Article article) {
        return article.removed().stream().collect(Collectors.toMap(Removal::text, Removal::reason, (a, b) -> a));
    }

    @Test
    void textPageKeepsEveryParagraphAndRemovesItsBoilerplate() throws BadInputException {
        String page = lines("الوضع الليلي", TITLE, "", "خاص - الصباحالخميس 2024/03/07",
                "طبيب يفحص طفلاً في إحدى القرى (أرشيف)", "حجم الخط", "مشاركة عبر", "", P1, "", HEADING, P2, "",
                "Advertisement", "", P3, "", "اقرأ أيضاً: الوزارة تطلق حملة جديدة للتوعية", "المزيد", "اترك رداً", "",
                "لن يتم نشر عنوان بريدك الإلكتروني.");

        Article article = cleaner.clean(RawArticle.text("page.txt", page), "a1");

        assertEquals(String.join("\n\n", P1, HEADING, P2, P3), article.text());
        assertEquals(TITLE, article.title());
        assertEquals("الصباح", article.outlet());
        assertEquals("2024-03-07", article.published().value());
        assertEquals("ar", article.language());
        assertEquals("a1", article.id());
        assertEquals("page.txt", article.source());
        Map<String, String> reasons = reasons(article);
        assertEquals("interface text", reasons.get("الوضع الليلي"));
        assertEquals("byline", reasons.get("خاص - الصباحالخميس 2024/03/07"));
        assertEquals("photo caption", reasons.get("طبيب يفحص طفلاً في إحدى القرى (أرشيف)"));
        assertEquals("related-article link", reasons.get("اقرأ أيضاً: الوزارة تطلق حملة جديدة للتوعية"));
        assertEquals("comment prompt", reasons.get("لن يتم نشر عنوان بريدك الإلكتروني."));
        assertEquals(10, article.removed().size());
    }

    @Test
    void pageWithoutHeadlineTakesTheFirstSentenceAsTitleAndKeepsTheParagraph() throws BadInputException {
        Article article = cleaner.clean(RawArticle.text("lead.txt", lines(P1, "", P2)), "a1");

        assertEquals(P1.substring(0, P1.length() - 1), article.title());
        assertEquals(P1 + "\n\n" + P2, article.text());
        assertNull(article.published());
        assertNull(article.outlet());
    }

    @Test
    void dateLineInTheHeaderGivesThePublicationDateButBodyDatesDoNot() throws BadInputException {
        String dated = lines("الأحد ١٠ / نوفمبر / ٢٠٢٤", TITLE, "", P1);
        String bodyDateOnly = lines(TITLE, "", "وكانت الوزارة قد أعلنت في 3 يناير 2020 عن أول إصابة بالمرض في "
                + "المنطقة، قبل أن يتسع انتشاره في الأعوام التالية.", "", P2);

        assertEquals("2024-11-10", cleaner.clean(RawArticle.text("d.txt", dated), "a").published().value());
        assertNull(cleaner.clean(RawArticle.text("b.txt", bodyDateOnly), "b").published());
    }

    @Test
    void aiSummaryWidgetIsRemovedWithItsSummary() throws BadInputException {
        String summary = "أعلنت وزارة الصحة احتواء تفشي المرض في ثلاث قرى جنوبية بعد حملة تطعيم واسعة، "
                + "وقال المتحدث إن الإصابات انخفضت إلى النصف.";
        String page = lines(TITLE, "", "ملخص المقال", "", "إنتاج AI", "", summary, "", "النقاط الأساسية", "",
                "  • الوزارة تعلن احتواء تفشي المرض.", "  • الإصابات تنخفض إلى النصف.", "", P1, "", P2, "", P3);

        Article article = cleaner.clean(RawArticle.text("s.txt", page), "a1");

        assertEquals(String.join("\n\n", P1, P2, P3), article.text());
        assertEquals(LineCleaner.SUMMARY, reasons(article).get(summary));
        assertEquals(LineCleaner.SUMMARY, reasons(article).get("• الإصابات تنخفض إلى النصف."));
        assertEquals("AI summary widget", reasons(article).get("ملخص المقال"));
    }

    @Test
    void emptySummaryWidgetDoesNotSwallowTheFirstParagraph() throws BadInputException {
        Article article = cleaner.clean(RawArticle.text("s.txt", lines(TITLE, "", "ملخص المقال", "", P1, "", P3)), "a");

        assertEquals(P1 + "\n\n" + P3, article.text());
    }

    @Test
    void teaserRepeatingALaterLineIsADuplicate() throws BadInputException {
        String page = lines("• " + TITLE, "", TITLE, "", P1, "", P2);

        Article article = cleaner.clean(RawArticle.text("t.txt", page), "a1");

        assertEquals(TITLE, article.title());
        assertEquals(P1 + "\n\n" + P2, article.text());
        assertEquals(LineCleaner.DUPLICATE, reasons(article).get("• " + TITLE));
    }

    @Test
    void shortLinesOutsideTheBodyGoButSectionHeadingsStay() throws BadInputException {
        String page = lines(TITLE, "عاجل", "", P1, "", "ردود فعل", "", P3, "", "الصحة", "العالم");

        Article article = cleaner.clean(RawArticle.text("h.txt", page), "a1");

        assertEquals(String.join("\n\n", P1, "ردود فعل", P3), article.text());
        assertEquals(LineCleaner.SHORT, reasons(article).get("عاجل"));
        assertEquals(LineCleaner.SHORT, reasons(article).get("العالم"));
    }

    @Test
    void learnedRepeatedLinesAreRemovedOnlyWhenLearned() throws BadInputException {
        String slogan = "صوت الناس منذ عام 1950";
        RawArticle raw = RawArticle.text("r.txt", lines(TITLE, "", P1, "", P2, "", slogan));
        List<RawArticle> run = List.of(raw, RawArticle.text("x.txt", lines("خبر آخر عن الطقس", "", P3, "", slogan)),
                RawArticle.text("y.txt", lines("خبر ثالث عن الاقتصاد", "", P2, "", slogan)));

        Article plain = new ArticleCleaner().clean(raw, "a");
        Article learned = new ArticleCleaner(new BoilerplateLearner().learn(run)).clean(raw, "a");

        assertTrue(plain.text().endsWith(slogan));
        assertEquals(P1 + "\n\n" + P2, learned.text());
        assertEquals("repeated across articles", reasons(learned).get(slogan));
    }

    @Test
    void nothingButBoilerplateIsNoArticleText() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> cleaner.clean(RawArticle.text("e.txt", lines("حجم الخط", "Loading...", "اترك رداً")), "a"));
        assertEquals("no article text", e.getMessage());
    }

    @Test
    void statedMetadataWins() throws BadInputException {
        RawArticle raw = new RawArticle("f.jsonl:3", "https://www.example-news.com/health/1", null, TITLE,
                "2024-03-05T09:15:00+02:00", lines(TITLE, "", P1), null);

        Article article = cleaner.clean(raw, "a");

        assertEquals(TITLE, article.title());
        assertEquals("example-news.com", article.outlet());
        assertEquals("2024-03-05", article.published().value());
        assertEquals(P1, article.text(), "a headline line is not repeated in the text");
    }

    @Test
    void sourceLineNamesTheOutletOnlyAsALastResort() throws BadInputException {
        Article article = cleaner.clean(RawArticle.text("s.txt", lines(TITLE, "", P1, "", "المصدر: وكالة الأنباء")), "a");

        assertEquals("وكالة الأنباء", article.outlet());
        assertFalse(article.text().contains("المصدر"));
    }

    @Test
    void nonArabicTextIsNotMarkedArabic() throws BadInputException {
        String english = "The health ministry said on Tuesday that the outbreak in the southern villages was contained "
                + "after a vaccination campaign that reached ten thousand people.";
        String french = "Le ministère de la santé a annoncé que la campagne de vaccination dans les villages du sud est "
                + "terminée et que les cas sont en baisse.";

        assertEquals("en", cleaner.clean(RawArticle.text("en.txt", english), "a").language());
        assertEquals("fr", cleaner.clean(RawArticle.text("fr.txt", french), "b").language());
        String german = "Das Gesundheitsministerium teilte am Dienstag mit, dass der Ausbruch in den südlichen Dörfern "
                + "nach einer Impfkampagne eingedämmt worden sei, die zehntausend Menschen erreichte.";
        assertEquals("de", cleaner.clean(RawArticle.text("de.txt", german), "c").language());
    }
}
