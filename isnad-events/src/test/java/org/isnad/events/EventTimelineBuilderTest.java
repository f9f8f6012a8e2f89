package org.isnad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Story.TimelineEntry;
import org.junit.jupiter.api.Test;

class EventTimelineBuilderTest {
    private final StoryEventAnalyzer analyzer = new StoryEventAnalyzer();

    @Test
    void lastNightComesFirstThenThePublicationDay() {
        List<Article> arts = Fixtures.clashArticles();
        var r = analyzer.analyze("s1", arts, Fixtures.clashEntities(arts), List.of(), 1);
        List<TimelineEntry> tl = r.timeline();
        assertTrue(tl.size() >= 2, tl.toString());
        TimelineEntry first = tl.get(0);
        assertEquals("2024-03-09", first.date().value());
        assertTrue(first.text().contains("الليلة الماضية"), first.text());
        assertEquals(List.of("a1", "a2", "a3"), first.sources());
        String clashId = r.events().stream().filter(e -> e.type() == org.isnad.core.model.EventType.ARMED_CLASH)
                .findFirst().orElseThrow().id();
        assertEquals(List.of(clashId), first.events());
        for (int i = 1; i < tl.size(); i++) {
            assertTrue(tl.get(i - 1).date().value().compareTo(tl.get(i).date().value()) <= 0, "sorted by date");
        }
        assertTrue(tl.stream().anyMatch(e -> e.date().value().equals("2024-03-10") && e.text().contains("اعتقلت")));
    }

    @Test
    void yesterdayInALaterArticleIsTheSameDayAsThisMorningInAnEarlierOne() {
        List<Article> arts = Fixtures.floodArticles();
        List<TimelineEntry> tl = analyzer.analyze("s2", arts, Fixtures.floodEntities(arts), List.of(), 1).timeline();
        assertEquals("2024-11-05", tl.get(0).date().value());
        assertEquals(List.of("f1", "f2", "f3"), tl.get(0).sources(), tl.toString());
    }

    @Test
    void longSentencesAreCutToTheTriggerClause() {
        String filler = "وسط انتشار كثيف لعناصر الشرطة في الشوارع الرئيسية والفرعية، ";
        Article a = Fixtures.article("t1", "o", "2024-02-01",
                filler.repeat(3) + "اقتحمت قوة أمنية مقر الجمعية صباح اليوم، " + filler.repeat(2) + "بحسب شهود.");
        List<TimelineEntry> tl = new EventTimelineBuilder().build(
                new CompatibleEventMerger().merge("s", new LexiconEventExtractor().extract(a, List.of()), 1));
        assertEquals(1, tl.size());
        assertEquals("اقتحمت قوة أمنية مقر الجمعية صباح اليوم", tl.get(0).text());
        assertEquals("2024-02-01", tl.get(0).date().value());
    }
}
