package org.isnad.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DossierHtmlTest {
    @Test
    void pageIsRightToLeftAndRendersArticleMarkupAsText() {
        String html = DossierHtml.render(DossierJsonTest.sample());
        assertTrue(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assertFalse(html.contains("<script>alert(1)</script>"), "article markup must be escaped");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("اعتقالات في الزهراء"));
        assertTrue(html.contains("وزير الداخلية"), "entity descriptions listed");
        assertTrue(html.contains("INTENSITY"), "contradictions shown");
        assertTrue(html.contains("<td>ARREST</td><td>سامر النجار</td><td></td><td>الزهراء</td>")
                && html.contains("ARRESTED 3"), "events table with actor, place and count");
        assertTrue(html.contains("class=\"speaker-outlet\"") && html.contains("<td>مصدر أمني</td><td></td><td>ASSERTS</td>"),
                "speaker × outlet grid: the unnamed source asserts in the second article only");
        assertTrue(html.contains("اترك رد"), "removed lines listed");
        assertFalse(html.contains("http://") || html.contains("https://"), "self-contained: no external resources");
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
