package org.isnad.events.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Story;
import org.junit.jupiter.api.Test;

class CopyDetectorTest {
    private final CopyDetector detector = new CopyDetector();

    @Test
    void threeOutletsCarryingOneAgencyTextAndOneOwnReportAreTwoIndependentReports() {
        List<Article> arts = List.of(
                WireTexts.article("a1", "outlet1", WireTexts.AGENCY),
                WireTexts.article("a2", "outlet2", WireTexts.OWN),
                WireTexts.article("a3", "outlet3", WireTexts.WITH_BOILERPLATE),
                WireTexts.article("a4", "outlet4", WireTexts.EDITED));
        List<Story.Report> reports = detector.reports(arts);
        assertEquals(2, reports.size(), reports.toString());
        assertEquals(List.of("a1", "a3", "a4"), reports.get(0).articles());
        assertEquals("فرانس برس", reports.get(0).agency(), "the dateline names the agency");
        assertEquals(List.of("a2"), reports.get(1).articles());
        assertNull(reports.get(1).agency(), "the own report credits no agency");
    }

    @Test
    void aCopyInAnotherEncodingWithDifferentBoilerplateIsFound() {
        String other = WireTexts.otherEncoding(WireTexts.WITH_BOILERPLATE);
        assertNotEquals(WireTexts.AGENCY, other);
        assertTrue(other.chars().anyMatch(c -> c >= 0xFE70), "presentation forms present");
        List<Article> arts = List.of(WireTexts.article("a1", "o1", WireTexts.AGENCY), WireTexts.article("a2", "o2", other));
        List<CopyDetector.Pair> pairs = detector.pairs(arts, CopyDetector.THRESHOLD);
        assertEquals(1, pairs.size());
        assertTrue(pairs.get(0).jaccard() > 0.8, "near-identical once normalized: " + pairs.get(0).jaccard());
        assertEquals(1, detector.reports(arts).size());
    }

    @Test
    void twoReportsOfOneEventInTheirOwnWordsAreNotCopies() {
        List<Article> arts = List.of(WireTexts.article("a1", "o1", WireTexts.AGENCY), WireTexts.article("a2", "o2", WireTexts.OWN));
        assertEquals(0, detector.pairs(arts, 0.1).size());
        assertEquals(2, detector.reports(arts).size());
    }

    @Test
    void copiesAreGroupedTransitively() {
        // b copies a's first half and c's second half is b's: a-b and b-c are copies, so all three are one report
        String b = WireTexts.EDITED;
        List<Article> arts = List.of(WireTexts.article("a", "o1", WireTexts.AGENCY),
                WireTexts.article("b", "o2", b),
                WireTexts.article("c", "o3", WireTexts.otherEncoding(b) + " " + WireTexts.OWN.substring(0, 120)));
        assertEquals(1, detector.reports(arts).size());
    }

    @Test
    void shortFormulasAreNotCopies() {
        List<Article> arts = List.of(WireTexts.article("a", "o1", "تابعونا على تويتر وفيسبوك"),
                WireTexts.article("b", "o2", "تابعونا على تويتر وفيسبوك"));
        assertEquals(2, detector.reports(arts).size());
    }

    @Test
    void theAgencyIsTakenFromTheDatelineOrCreditLineNotFromAQuoteInTheMiddle() {
        assertEquals("رويترز", Agencies.credited("القاهرة (رويترز) - قال مسؤول إن الاجتماع انتهى."));
        assertEquals("الأناضول", Agencies.credited("أنقرة/ الأناضول\nأعلن مسؤول تركي أن الاجتماع انتهى."));
        String middle = "قال مسؤول في الوزارة إن الاجتماع انتهى دون نتائج واضحة بعد ساعات من النقاش. ".repeat(5)
                + "وقال المسؤول لوكالة رويترز إن الجولة المقبلة ستعقد الشهر المقبل. " + "وأضاف أن الوفدين تبادلا الوثائق. ".repeat(8);
        assertNull(Agencies.credited(middle));
        assertEquals("سانا", Agencies.credited("دمشق-سانا\nافتتح وزير التعليم المعرض السنوي للكتاب."));
        assertNull(Agencies.credited("وسانا الطفل أمه وسط المدينة."), "a word containing an agency's name is not one");
    }
}
