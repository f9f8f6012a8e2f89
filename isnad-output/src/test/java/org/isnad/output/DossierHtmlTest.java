package org.isnad.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierHtmlTest {
    @Test
    void pageIsRightToLeftAndRendersArticleMarkupAsText() {
        String html = DossierHtml.render(DossierJsonTest.sample());
        assertTrue(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assertFalse(html.contains("<script>alert(1)</script>"), "article markup must be escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("اعتقالات في الزهراء"));
        assertTrue(html.contains("وزير الداخلية"), "entity descriptions listed");
        assertTrue(html.contains("<span class=\"tag\">شدة</span>"), "contradictions shown, their kind in Arabic");
        assertTrue(html.contains("<td>اعتقال</td><td>سامر النجار</td><td></td><td>الزهراء</td>")
                && html.contains("معتقلون 3"), "events table with type, actor, place and count, in Arabic");
        assertTrue(html.contains("class=\"speaker-outlet\"") && html.contains("<td>مصدر أمني</td><td></td><td>يؤكد</td>"),
                "speaker × outlet grid: the unnamed source asserts in the second article only");
        assertTrue(html.contains("اترك رد"), "removed lines listed");
        assertFalse(html.contains("http://") || html.contains("https://"), "self-contained: no external resources");
        String shown = html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]+>", " ");
        for (Class<? extends Enum<?>> type : List.of(org.isnad.core.model.EventType.class, org.isnad.core.model.Stance.class,
                org.isnad.core.model.EntityType.class, org.isnad.core.model.Count.Kind.class,
                org.isnad.core.model.Story.Contradiction.Kind.class)) {
            for (Enum<?> c : type.getEnumConstants()) {
                assertFalse(shown.matches("(?s).*\\b" + c.name() + "\\b.*"), c + " shown in English");
                assertTrue(Labels.of(c).matches(".*[\\u0600-\\u06FF].*"), c + " has an Arabic label");
            }
        }
        for (var a : DossierJsonTest.sample().articles()) {
            String src = a.article().source();
            if (src.contains("/")) {
                assertFalse(shown.contains(src), "path shown: " + src);
            }
        }
    }

    @Test
    void topicsLoseInternalIdsAndRemovalReasonsReadInArabic() {
        assertTrue(Labels.topic("مآل اشتباكات (s767ed34ccbae-ev1): تهدئة").equals("مآل اشتباكات: تهدئة"));
        assertTrue(Labels.topic("عدد القتلى (2025)").equals("عدد القتلى (2025)"), "a year in brackets stays");
        assertTrue(Labels.removal("photo caption").equals("تعليق صورة"));
        assertTrue(Labels.removal("page chrome <nav>").matches("[\\u0600-\\u06FF ]+"));
        assertTrue(Labels.removal("something new").matches("[\\u0600-\\u06FF ]+"), "an unknown reason is not shown in English");
    }

    @Test
    void bidiOverridesAndLoneSurrogatesInATitleNeitherLeakNorBreakTheWrite(@TempDir java.nio.file.Path dir) throws Exception {
        org.isnad.core.model.Dossier d = DossierJsonTest.sample();
        org.isnad.core.model.Story s = d.stories().get(0);
        org.isnad.core.model.Story hostile = new org.isnad.core.model.Story(s.id(), "\u202Eاعتقالات\uD800 في الزهراء\u2066",
                s.articles(), s.keyPoints(), s.timeline(), s.contradictions());
        org.isnad.core.model.Dossier withHostile = new org.isnad.core.model.Dossier(d.generatedAt(), d.articles(), d.entities(),
                d.events(), d.claims(), List.of(hostile), d.errors(), d.provenance());
        java.nio.file.Path file = new DossierHtml().write(withHostile, dir);
        String html = java.nio.file.Files.readString(file);
        assertTrue(html.contains("اعتقالات\uFFFD في الزهراء"), "lone surrogate shown as U+FFFD");
        assertFalse(html.contains("\u202E") || html.contains("\u2066"), "no override or isolate left open");
    }

    @Test
    void highlighterKeepsEveryCharacterOnceAcrossOverlaps() {
        String text = "قال سامر النجار إن الوضع هادئ";
        String html = Highlighter.render(text, List.of(
                new Highlighter.Mark(4, 15, "ent-PERSON", "سامر"),
                new Highlighter.Mark(0, 29, "claim", null),
                new Highlighter.Mark(9, 15, "x", "<b>")));
        String stripped = html.replaceAll("<[^>]+>", "");
        org.junit.jupiter.api.Assertions.assertEquals(text, stripped);
        assertTrue(html.contains("class=\"ent-PERSON claim x\""));
        assertTrue(html.contains("&lt;b&gt;"), "titles escaped");
    }
}
