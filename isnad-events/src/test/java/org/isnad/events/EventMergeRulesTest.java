package org.isnad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.EventType;
import org.junit.jupiter.api.Test;

/** A truce told twice in one article is one agreement; a lone report joins the widely reported event. */
class EventMergeRulesTest {
    private final LexiconEventExtractor extractor = new LexiconEventExtractor();
    private final CompatibleEventMerger merger = new CompatibleEventMerger();

    private List<EventCluster> merged(List<Article> arts, List<Entity> ents, EventType type) {
        List<EventMention> ms = new ArrayList<>();
        arts.forEach(a -> ms.addAll(extractor.extract(a, ents)));
        return merger.merge("s", ms, 1).stream().filter(c -> c.event().type() == type).toList();
    }

    @Test
    void aTruceToldTwiceInOneArticleIsOneAgreement() {
        Article x = Fixtures.article("m1", "o1", null,
                "توصلت الشرطة إلى اتفاق تهدئة مع عشيرة آل سالم في بلدة الخزامى. "
                        + "وقالت مصادر في محافظة الروابي إن اتفاق تهدئة ينص على تسليم السلاح.");
        List<Article> arts = List.of(x);
        List<Entity> ents = List.of(Fixtures.entity("town", EntityType.LOCATION, arts, "الخزامى"),
                Fixtures.entity("prov", EntityType.LOCATION, arts, "الروابي"));
        List<EventCluster> agreements = merged(arts, ents, EventType.AGREEMENT);
        assertEquals(1, agreements.size(), agreements.toString());
        assertEquals(1, agreements.get(0).mentions().size(), "one report per article: the first telling");
        assertEquals("اتفاق تهدئة", agreements.get(0).mentions().get(0).trigger().text());
        assertEquals(x.text().indexOf("اتفاق"), agreements.get(0).mentions().get(0).trigger().start());
    }

    @Test
    void twoDifferentAgreementsOfOneArticleStayApart() {
        Article x = Fixtures.article("m1", "o1", "2024-05-20",
                "وقعت الحكومة اتفاقية تجارية في مدينة الخزامى أمس. "
                        + "وفي شأن آخر، أعلن عن هدنة في بلدة الروابي منذ أكثر من شهرين.");
        List<Article> arts = List.of(x);
        List<Entity> ents = List.of(Fixtures.entity("town", EntityType.LOCATION, arts, "الخزامى"),
                Fixtures.entity("other", EntityType.LOCATION, arts, "الروابي"));
        assertEquals(2, merged(arts, ents, EventType.AGREEMENT).size());
    }

    @Test
    void aLoneReportInTheCountryJoinsTheClashThatTwoOutletsReport() {
        Article x = Fixtures.article("m1", "o1", "2024-05-20", "اندلعت اشتباكات في بلدة الخزامى أمس.");
        Article y = Fixtures.article("m2", "o2", "2024-05-20", "اندلعت اشتباكات عنيفة في بلدة الخزامى أمس.");
        Article z = Fixtures.article("m3", "o3", "2024-05-20", "اندلعت اشتباكات في الأردن أمس.");
        List<Article> arts = List.of(x, y, z);
        List<Entity> ents = List.of(Fixtures.entity("town", EntityType.LOCATION, arts, "الخزامى"),
                Fixtures.entity("jordan", EntityType.LOCATION, arts, "الأردن"));
        List<EventCluster> clashes = merged(arts, ents, EventType.ARMED_CLASH);
        assertEquals(1, clashes.size());
        assertEquals(Set.of("m1", "m2", "m3"), clashes.get(0).articles());
        assertEquals("town", clashes.get(0).event().location());
        assertEquals(List.of("m1", "m2", "m3"), clashes.get(0).mentions().stream().map(EventMention::article).toList());
    }

    @Test
    void aLoneReportThatComesFirstKeepsMentionAndIdOrder() {
        Article z = Fixtures.article("m3", "o3", "2024-05-20", "اندلعت اشتباكات في الأردن أمس. وأعلنت الشرطة اعتقال مهرب.");
        Article x = Fixtures.article("m1", "o1", "2024-05-20", "اندلعت اشتباكات في بلدة الخزامى أمس.");
        Article y = Fixtures.article("m2", "o2", "2024-05-20", "اندلعت اشتباكات عنيفة في بلدة الخزامى أمس.");
        List<Article> arts = List.of(z, x, y);
        List<Entity> ents = List.of(Fixtures.entity("town", EntityType.LOCATION, arts, "الخزامى"),
                Fixtures.entity("jordan", EntityType.LOCATION, arts, "الأردن"));
        List<EventMention> ms = new ArrayList<>();
        arts.forEach(a -> ms.addAll(extractor.extract(a, ents)));
        List<EventCluster> all = merger.merge("s", ms, 1);
        assertEquals(List.of(EventType.ARMED_CLASH, EventType.ARREST), all.stream().map(c -> c.event().type()).toList());
        assertEquals(List.of("ev1", "ev2"), all.stream().map(c -> c.event().id()).toList());
        assertEquals(List.of("m3", "m1", "m2"), all.get(0).mentions().stream().map(EventMention::article).toList());
    }

    @Test
    void aLoneReportInAnotherTownOrOnAnotherDayStaysApart() {
        Article x = Fixtures.article("m1", "o1", "2024-05-20", "اندلعت اشتباكات في بلدة الخزامى أمس.");
        Article y = Fixtures.article("m2", "o2", "2024-05-20", "اندلعت اشتباكات عنيفة في بلدة الخزامى أمس.");
        Article z = Fixtures.article("m3", "o3", "2024-05-20", "اندلعت اشتباكات في قرية الروابي أمس.");
        Article w = Fixtures.article("m4", "o4", "2024-05-26", "اندلعت اشتباكات في الأردن اليوم.");
        List<Article> arts = List.of(x, y, z, w);
        List<Entity> ents = List.of(Fixtures.entity("town", EntityType.LOCATION, arts, "الخزامى"),
                Fixtures.entity("other", EntityType.LOCATION, arts, "الروابي"),
                Fixtures.entity("jordan", EntityType.LOCATION, arts, "الأردن"));
        List<EventCluster> clashes = merged(arts, ents, EventType.ARMED_CLASH);
        assertEquals(3, clashes.size());
        assertEquals(Set.of("m1", "m2"), clashes.get(0).articles());
    }
}
