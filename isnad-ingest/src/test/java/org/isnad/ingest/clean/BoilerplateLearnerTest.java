package org.isnad.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.core.model.RawArticle;
import org.junit.jupiter.api.Test;

class BoilerplateLearnerTest {
    static final String SLOGAN = "الصباح صوت الناس منذ عام 1950";
    static final String WIRE = "قالت وكالة الأنباء الرسمية إن مجلس الوزراء وافق في جلسته الأسبوعية على مشروع قانون "
            + "الموازنة العامة للعام المقبل وأحاله إلى البرلمان.";

    private static RawArticle article(String source, String outlet, String... lines) {
        return new RawArticle(source, null, outlet, null, null, String.join("\n", lines), null);
    }

    @Test
    void shortLineInThreeDocumentsOfAnOutletIsLearned() {
        List<RawArticle> run = List.of(
                article("1", "الصباح", "خبر أول", SLOGAN),
                article("2", "الصباح", "خبر ثان", "  " + SLOGAN + "  "),
                article("3", "الصباح", "خبر ثالث", SLOGAN, SLOGAN),
                article("4", "المساء", "خبر رابع", SLOGAN));

        RepeatedLines repeated = new BoilerplateLearner().learn(run);

        assertTrue(repeated.isRepeated(run.get(0), SLOGAN));
        assertFalse(repeated.isRepeated(run.get(3), SLOGAN), "another outlet's line is not this outlet's boilerplate");
        assertFalse(repeated.isRepeated(run.get(0), "خبر أول"));
        assertEquals(1, repeated.size());
    }

    @Test
    void twoDocumentsAreNotEnoughAndLongLinesAreNeverLearned() {
        List<RawArticle> run = List.of(article("1", null, WIRE, "سطر مكرر مرتين"), article("2", null, WIRE, "سطر مكرر مرتين"),
                article("3", null, WIRE));

        RepeatedLines repeated = new BoilerplateLearner().learn(run);

        assertEquals(0, repeated.size());
        assertTrue(new BoilerplateLearner(2).learn(run).isRepeated(run.get(0), "سطر مكرر مرتين"));
    }

    @Test
    void htmlPagesAreLearnedFromTheirText() {
        String page = "<html><body><p>" + SLOGAN + "</p><p>" + WIRE + "</p></body></html>";
        List<RawArticle> run = List.of(RawArticle.html("a", page), RawArticle.html("b", page), RawArticle.html("c", page));

        assertTrue(new BoilerplateLearner().learn(run).isRepeated(run.get(0), SLOGAN));
    }

    @Test
    void fewerThanTwoDocumentsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BoilerplateLearner(1));
    }
}
