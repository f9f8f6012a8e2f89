package org.isnad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Story.KeyPoint;
import org.junit.jupiter.api.Test;

class CorroborationKeyPointExtractorTest {
    private final StoryEventAnalyzer analyzer = new StoryEventAnalyzer();

    private static void checkShape(List<KeyPoint> kps, List<Article> arts) {
        assertTrue(kps.size() >= 3, kps.toString());
        assertTrue(kps.get(0).sources().size() >= 2, "the first point is corroborated");
        for (int i = 1; i < kps.size(); i++) {
            assertTrue(kps.get(i - 1).sources().size() >= kps.get(i).sources().size(), "most corroborated first");
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
        assertEquals(List.of("a1", "a2", "a3"), kps.get(0).sources());
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
