package org.isnad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.core.model.Article;
import org.isnad.core.model.Count;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Event;
import org.isnad.core.model.EventType;
import org.junit.jupiter.api.Test;

class CompatibleEventMergerTest {
    private final LexiconEventExtractor extractor = new LexiconEventExtractor();
    private final CompatibleEventMerger merger = new CompatibleEventMerger();

    private List<EventMention> mentions(List<Article> arts, List<Entity> ents) {
        List<EventMention> out = new ArrayList<>();
        arts.forEach(a -> out.addAll(extractor.extract(a, ents)));
        return out;
    }

    private static List<EventCluster> ofType(List<EventCluster> cs, EventType t) {
        return cs.stream().filter(c -> c.event().type() == t).toList();
    }

    @Test
    void oneClashToldByThreeOutletsIsOneEvent() {
        List<Article> arts = Fixtures.clashArticles();
        List<EventCluster> cs = merger.merge("s7", mentions(arts, Fixtures.clashEntities(arts)), 1);
        List<EventCluster> clashes = ofType(cs, EventType.ARMED_CLASH);
        assertEquals(1, clashes.size());
        Event clash = clashes.get(0).event();
        assertEquals(Set.of("a1", "a2", "a3"), clashes.get(0).articles());
        assertTrue(clash.mentions().size() >= 3);
        assertEquals("ev1", clash.id());
        assertEquals("s7", clash.story());
        assertEquals("town", clash.location());
        assertEquals("2024-03-09", clash.date().value(), "the written day wins over publication days");
        assertTrue(clash.actors().containsAll(List.of("army", "falcons")));
        assertTrue(clash.counts().stream().anyMatch(c -> c.kind() == Count.Kind.KILLED && c.value() == 5));
        assertTrue(clash.counts().stream().anyMatch(c -> c.kind() == Count.Kind.KILLED && c.value() == 7));
        clash.mentions().forEach(m -> Fixtures.assertExact(m, arts));
    }

    @Test
    void arrestsAndAgreementMergeAcrossOutletsButThreatsAndNegationsDoNot() {
        List<Article> arts = Fixtures.clashArticles();
        List<EventCluster> cs = merger.merge("s1", mentions(arts, Fixtures.clashEntities(arts)), 1);
        assertEquals(1, ofType(cs, EventType.ARREST).size());
        assertEquals(Set.of("a1", "a3"), ofType(cs, EventType.ARREST).get(0).articles());
        assertEquals(Set.of("a2", "a3"), ofType(cs, EventType.AGREEMENT).get(0).articles());
        for (EventCluster c : cs) {
            assertTrue(c.mentions().stream().allMatch(m -> m.modality().isReal()));
        }
        // the only RAID mention that is real is a1's attempt; a2's threatened raid stays out
        assertEquals(Set.of("a1"), ofType(cs, EventType.RAID_OR_SIEGE).get(0).articles());
    }

    @Test
    void idsAreDeterministicAndStartWhereTold() {
        List<Article> arts = Fixtures.clashArticles();
        List<EventMention> ms = mentions(arts, Fixtures.clashEntities(arts));
        List<EventCluster> a = merger.merge("s1", ms, 5);
        List<EventCluster> b = merger.merge("s1", ms, 5);
        assertEquals("ev5", a.get(0).event().id());
        assertEquals(a.stream().map(c -> c.event().id() + c.event().type()).toList(),
                b.stream().map(c -> c.event().id() + c.event().type()).toList());
        for (int i = 0; i < a.size(); i++) {
            assertEquals("ev" + (5 + i), a.get(i).event().id());
        }
    }

    @Test
    void clashesInTwoUnrelatedTownsStaySeparate() {
        Article x = Fixtures.article("b1", "o1", "2024-06-01", "اندلعت اشتباكات بين الشرطة ومهربين في بلدة عين الصفا.");
        Article y = Fixtures.article("b2", "o2", "2024-06-01", "اندلعت اشتباكات بين الشرطة ومهربين في قرية تل الريم.");
        List<Article> arts = List.of(x, y);
        List<Entity> ents = List.of(Fixtures.entity("p1", EntityType.LOCATION, arts, "عين الصفا"),
                Fixtures.entity("p2", EntityType.LOCATION, arts, "تل الريم"));
        assertEquals(2, ofType(merger.merge("s", mentions(arts, ents), 1), EventType.ARMED_CLASH).size());
    }

    @Test
    void townAndItsProvinceNamedTogetherAreOnePlace() {
        Article x = Fixtures.article("b1", "o1", "2024-06-01", "اندلعت اشتباكات في بلدة عين الصفا بريف محافظة السهل.");
        Article y = Fixtures.article("b2", "o2", "2024-06-01", "قالت مصادر إن اشتباكات اندلعت في محافظة السهل.");
        List<Article> arts = List.of(x, y);
        List<Entity> ents = List.of(Fixtures.entity("p1", EntityType.LOCATION, arts, "عين الصفا"),
                Fixtures.entity("p2", EntityType.LOCATION, arts, "السهل"));
        List<EventCluster> clashes = ofType(merger.merge("s", mentions(arts, ents), 1), EventType.ARMED_CLASH);
        assertEquals(1, clashes.size());
        assertEquals("p1", clashes.get(0).mentions().get(0).location());
    }

    @Test
    void anArrestMonthsAgoIsNotTodaysArrest() {
        Article x = Fixtures.article("b1", "o1", "2024-06-10",
                "اعتقلت الشرطة اثنين من المهربين فجر اليوم. وكانت الشرطة اعتقلت ثلاثة آخرين منذ أكثر من شهرين.");
        List<EventCluster> arrests = ofType(merger.merge("s", extractor.extract(x, List.of()), 1), EventType.ARREST);
        assertEquals(2, arrests.size());
        assertEquals("2024-06-10", arrests.get(0).event().date().value());
        assertEquals("2024-04", arrests.get(1).event().date().value());
    }
}
