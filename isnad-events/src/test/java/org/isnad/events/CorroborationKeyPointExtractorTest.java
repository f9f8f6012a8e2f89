package org.isnad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Story.KeyPoint;
import org.isnad.events.copies.WireTexts;
import org.junit.jupiter.api.Test;

class CorroborationKeyPointExtractorTest {
    private final StoryEventAnalyzer analyzer = new StoryEventAnalyzer();

    private static void checkShape(List<KeyPoint> kps, List<Article> arts) {
        assertTrue(kps.size() >= 3, kps.toString());
        for (int i = 1; i < kps.size(); i++) {
            assertTrue(kps.get(i - 1).reports() >= kps.get(i).reports(), "most independent reports first");
        }
        for (KeyPoint k : kps) {
            assertEquals(k.sources(), k.spans().stream().map(SourceSpan::article).toList(), "one cited sentence per source");
            for (SourceSpan sp : k.spans()) {
                Article a = arts.stream().filter(x -> x.id().equals(sp.article())).findFirst().orElseThrow();
                assertEquals(a.text().substring(sp.start(), sp.end()), sp.text(), "a cited sentence is exact");
            }
        }
        assertEquals(kps.size(), new HashSet<>(kps.stream().map(KeyPoint::text).toList()).size(), "no repeats");
        for (KeyPoint k : kps) {
            assertTrue(k.sources().stream().anyMatch(id -> arts.stream()
                    .anyMatch(a -> a.id().equals(id) && a.text().contains(k.text()))), "extractive: " + k.text());
        }
    }

    @Test
    void floodPointsAreCorroboratedAndNotRedundant() {
        List<Article> arts = Fixtures.floodArticles();
        List<Entity> ents = Fixtures.floodEntities(arts);
        List<KeyPoint> kps = analyzer.analyze("s2", arts, ents, List.of(), 1).keyPoints();
        checkShape(kps, arts);
        // f1 and f2 both say the rescuers pulled the victims out of the rubble: one point, two sources
        List<KeyPoint> rescue = kps.stream().filter(k -> k.text().contains("انتشلت")).toList();
        assertEquals(1, rescue.size(), kps.toString());
        assertTrue(rescue.get(0).sources().containsAll(List.of("f1", "f2")));
        // f1 and f3 both report the schools closing
        assertTrue(kps.stream().anyMatch(k -> k.text().contains("تعليق الدوام") && k.sources().containsAll(List.of("f1", "f3"))));
    }

    @Test
    void clashPointsLeadWithWhatAllThreeOutletsSay() {
        List<Article> arts = Fixtures.clashArticles();
        List<KeyPoint> kps = analyzer.analyze("s1", arts, Fixtures.clashEntities(arts), List.of(), 1).keyPoints();
        checkShape(kps, arts);
        // the three outlets tell the clash in their own words: no sentence of one restates another's, so
        // no point is credited to an article that does not state it (b says nothing of arrests or of 5 killed)
        assertTrue(kps.stream().noneMatch(k -> k.text().contains("مقتل 5") && k.sources().contains("a2")), kps.toString());
        assertTrue(kps.stream().allMatch(k -> k.reports() == k.sources().size()), "three outlets, three reports");
    }

    @Test
    void threeCopiesOfOneAgencyTextAndAnOwnReportAreTwoIndependentReports() {
        String ownWithTheFact = WireTexts.OWN + " وأعلنت وزارة الصحة العراقية ارتفاع عدد المصابين بالتسمم في محافظة "
                + "البصرة إلى أكثر من ألف شخص بعد تلوث مياه الشرب.";
        List<Article> arts = List.of(WireTexts.article("w1", "o1", WireTexts.AGENCY),
                WireTexts.article("w2", "o2", WireTexts.WITH_BOILERPLATE),
                WireTexts.article("w3", "o3", WireTexts.EDITED),
                WireTexts.article("w4", "o4", ownWithTheFact));
        List<KeyPoint> kps = new CorroborationKeyPointExtractor().extract(arts, List.of(), List.of());
        KeyPoint top = kps.get(0);
        assertTrue(top.text().contains("ارتفاع عدد المصابين"), kps.toString());
        assertEquals(List.of("w1", "w2", "w3", "w4"), top.sources(), "every article states it");
        assertEquals(2, top.reports(), "three copies of one agency text and one own report");
        assertTrue(top.spans().get(3).text().startsWith("وأعلنت وزارة الصحة"), "the own report's own sentence is cited");
        KeyPoint copiesOnly = kps.stream().filter(k -> k.text().contains("فرقا طبية")).findFirst().orElseThrow();
        assertEquals(1, copiesOnly.reports(), "a point only the copies carry has one report: " + copiesOnly);
    }

    @Test
    void aSingleArticleStillGivesPointsFromItsOwnSentences() {
        Article a = Fixtures.article("k1", "o", "2024-01-01",
                "افتتحت البلدية جسرا جديدا فوق النهر الكبير بحضور المحافظ والأهالي. "
                + "ويربط الجسر الجديد ضفتي النهر ويختصر المسافة بين القرى المجاورة. "
                + "وقالت البلدية إن كلفة المشروع بلغت مليوني دولار من موازنة المحافظة.");
        List<KeyPoint> kps = new CorroborationKeyPointExtractor().extract(List.of(a), List.of(), List.of());
        assertEquals(3, kps.size());
        assertTrue(kps.stream().allMatch(k -> k.sources().equals(List.of("k1"))));
    }
}
