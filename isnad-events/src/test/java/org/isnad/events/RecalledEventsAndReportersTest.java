package org.isnad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Count;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Event;
import org.isnad.core.model.EventType;
import org.isnad.core.model.Story.Contradiction;
import org.junit.jupiter.api.Test;

/**
 * Defects seen on real multi-outlet news, replayed on invented reports: figures of an earlier event
 * recalled for context, "dozens" against a number, a reporter taken for the doer, and a place called by
 * a longer name under another spelling.
 */
class RecalledEventsAndReportersTest {
    private final LexiconEventExtractor extractor = new LexiconEventExtractor();
    private final LexiconContradictionFinder finder = new LexiconContradictionFinder();

    private List<EventMention> real(Article a, List<Entity> ents) {
        return extractor.extract(a, ents).stream().filter(m -> m.modality().isReal()).toList();
    }

    private static List<Long> killed(List<EventMention> ms) {
        List<Long> out = new ArrayList<>();
        for (EventMention m : ms) {
            m.counts().stream().filter(c -> c.count().kind() == Count.Kind.KILLED && !c.unquantified())
                    .forEach(c -> out.add(c.count().value()));
        }
        return out;
    }

    @Test
    void figuresOfAnEarlierAttackRecalledWithSinceAreNotThisEventsFigures() {
        Article a = Fixtures.article("r1", "o1", "2024-05-02",
                "قتل 12 شخصا في هجوم انتحاري استهدف سوقا في مدينة رأس الغيمة. "
                        + "ويعد الهجوم الأعنف منذ مقتل 80 شخصا في هجوم استهدف مبنى البلدية في يناير.");
        List<Long> found = killed(real(a, List.of()));
        assertTrue(found.contains(12L), found.toString());
        assertFalse(found.contains(80L), found.toString());
    }

    @Test
    void aSimilarAttackAWeekAgoKeepsItsOwnToll() {
        Article a = Fixtures.article("r1", "o1", "2024-05-02",
                "انفجرت سيارة مفخخة قرب مقر المحافظة في مدينة رأس الغيمة ما أسفر عن مقتل 7 أشخاص. "
                        + "ويأتي ذلك بعد أسبوع من هجوم مماثل على مجمع الوزارة أسفر عن مقتل 9 أشخاص على الأقل.");
        List<Long> found = killed(real(a, List.of()));
        assertTrue(found.contains(7L), found.toString());
        assertFalse(found.contains(9L), found.toString());
    }

    @Test
    void aKillingDatedByAPastYearOrLastYearIsBackground() {
        Article a = Fixtures.article("r1", "o1", "2024-05-02",
                "دهست شاحنة عددا من المارة في شارع النخلة وأسفر ذلك عن مقتل 10 أشخاص. "
                        + "وأبدى السائق إعجابه برجل قتل ستة طلاب قبل أن ينتحر عام 2016. "
                        + "وسجلت المدينة 40 جريمة قتل العام الماضي.");
        List<EventMention> ms = real(a, List.of());
        List<Long> found = killed(ms);
        assertTrue(found.contains(10L), found.toString());
        assertFalse(found.contains(6L), found.toString());
        assertFalse(ms.stream().anyMatch(m -> m.trigger().start() > a.text().indexOf("وأبدى")), ms.toString());
    }

    @Test
    void dozensOfDeadAgreeWithThirtyOneButFiveDisagrees() {
        Article x = Fixtures.article("d1", "o1", "2024-05-02", "قتل 31 شخصا في هجوم انتحاري على مركز انتخابي في بلدة الزيزفون.");
        Article y = Fixtures.article("d2", "o2", "2024-05-02", "أدى هجوم انتحاري على مركز انتخابي في بلدة الزيزفون إلى سقوط عشرات القتلى.");
        Article z = Fixtures.article("d3", "o3", "2024-05-02", "قتل 5 أشخاص في هجوم انتحاري على مركز انتخابي في بلدة الزيزفون.");
        assertEquals(0, countContradictions(List.of(x, y)).size());
        assertEquals(1, countContradictions(List.of(x, z)).size());
    }

    private List<Contradiction> countContradictions(List<Article> arts) {
        List<EventMention> ms = new ArrayList<>();
        for (Article a : arts) {
            real(a, List.of()).stream().filter(m -> m.type() == EventType.ATTACK).forEach(ms::add);
        }
        Event e = new Event("ev1", EventType.ATTACK, List.of(), List.of(), null, null, List.of(),
                ms.stream().map(EventMention::trigger).toList(), "s");
        return finder.find(arts, List.of(), List.of(new EventCluster(e, ms)), List.of()).stream()
                .filter(c -> c.kind() == Contradiction.Kind.COUNT).toList();
    }

    @Test
    void anOfficialWhoAnnouncesTheDeathsIsNotTheirAgent() {
        Article a = Fixtures.article("k1", "o1", "2024-05-02",
                "كشف قائد شرطة المدينة، سليم النجار، عن مقتل أربعة أشخاص في الحادث.");
        List<Entity> ents = List.of(Fixtures.entity("chief", EntityType.PERSON, List.of(a), "سليم النجار"));
        List<EventMention> ms = real(a, ents);
        assertFalse(ms.isEmpty());
        assertTrue(ms.stream().noneMatch(m -> m.actors().contains("chief")), ms.toString());
    }

    @Test
    void aGroupClaimingResponsibilityStaysTheAgent() {
        Article a = Fixtures.article("k1", "o1", "2024-05-02", "أعلنت جبهة الوشق مسؤوليتها عن الهجوم على الثكنة.");
        List<Entity> ents = List.of(Fixtures.entity("lynx", EntityType.ORGANIZATION, List.of(a), "جبهة الوشق"));
        List<EventMention> ms = real(a, ents);
        assertTrue(ms.stream().anyMatch(m -> m.type() == EventType.ATTACK && m.actors().contains("lynx")), ms.toString());
    }

    @Test
    void aSpeakerOutsideTheQuotesIsNotTheAgentOfWhatIsQuoted() {
        Article a = Fixtures.article("k1", "o1", "2024-05-02", "وقال المقدم فادي الزين \"سمعنا الانفجار الآن قرب الميناء\".");
        List<Entity> ents = List.of(Fixtures.entity("major", EntityType.PERSON, List.of(a), "فادي الزين"));
        List<EventMention> ms = real(a, ents);
        assertFalse(ms.isEmpty());
        assertTrue(ms.stream().noneMatch(m -> m.actors().contains("major")), ms.toString());
    }

    @Test
    void aSuspectsHomeSuburbSpelledOtherwiseIsNoSecondPlace() {
        Article x = Fixtures.article("p1", "o1", "2024-05-02",
                "وتمكنت الشرطة من اعتقال شخص في مسرح الهجوم من إحدى ضواحي بورتلندا الشمالية. ويقطن المشتبه به في بورتلندا الشمالية منذ سنوات.");
        Article y = Fixtures.article("p2", "o2", "2024-05-02", "قتل عشرة أشخاص في الهجوم الذي وقع بمدينة بورتلاندا. وقال شهود إن بورتلندا لم تشهد مثله.");
        List<Article> arts = List.of(x, y);
        List<Entity> ents = List.of(Fixtures.entity("city", EntityType.LOCATION, arts, "بورتلاندا", "بورتلندا"),
                Fixtures.entity("north", EntityType.LOCATION, arts, "بورتلندا الشمالية"));
        List<EventMention> ms = new ArrayList<>();
        for (Article a : arts) {
            real(a, ents).stream().filter(m -> m.type() == EventType.ATTACK).forEach(ms::add);
        }
        Event e = new Event("ev1", EventType.ATTACK, List.of(), List.of(), null, null, List.of(),
                ms.stream().map(EventMention::trigger).toList(), "s");
        List<Contradiction> places = finder.find(arts, ents, List.of(new EventCluster(e, ms)), List.of()).stream()
                .filter(c -> c.kind() == Contradiction.Kind.PLACE).toList();
        assertEquals(List.of(), places);
    }

    @Test
    void chargesOfMurderAreNotDead() {
        Article a = Fixtures.article("c1", "o1", "2024-05-02",
                "قتل عشرة أشخاص في هجوم بشاحنة في بلدة الزيزفون. ووجهت للمشتبه به سبع تهم بالقتل و13 تهمة بالشروع في القتل في الهجوم.");
        List<Long> found = killed(real(a, List.of()));
        assertTrue(found.contains(10L), found.toString());
        assertFalse(found.contains(13L), found.toString());
        assertFalse(found.contains(7L), found.toString());
    }

    @Test
    void itStruckHimWithGriefIsNoInjury() {
        Article a = Fixtures.article("c1", "o1", "2024-05-02",
                "وقال رئيس الحكومة إن \"الهجوم المأساوي\" أصابه بحزن كبير، وإن إصابة عدد من المارة مؤلمة.");
        List<EventMention> ms = real(a, List.of());
        assertFalse(ms.isEmpty());
        List<String> injured = new ArrayList<>();
        ms.forEach(m -> m.counts().stream().filter(c -> c.count().kind() == Count.Kind.INJURED)
                .forEach(c -> injured.add(c.count().text())));
        assertFalse(injured.contains("أصابه"), injured.toString());
    }

    @Test
    void anAgreementAnnouncedInOneCityAboutAnotherHasNoPlaceConflict() {
        Article x = Fixtures.article("g1", "o1", "2024-05-02", "أعلن الوسطاء في مدينة برج الندى التوصل إلى اتفاق لإجلاء الجرحى.");
        Article y = Fixtures.article("g2", "o2", "2024-05-02", "جرى التوصل في بلدة كفر السرو إلى اتفاق لإجلاء الجرحى.");
        List<Article> arts = List.of(x, y);
        List<Entity> ents = List.of(Fixtures.entity("capital", EntityType.LOCATION, arts, "برج الندى"),
                Fixtures.entity("town", EntityType.LOCATION, arts, "كفر السرو"));
        List<EventMention> ms = new ArrayList<>();
        for (Article a : arts) {
            real(a, ents).stream().filter(m -> m.type() == EventType.AGREEMENT).forEach(ms::add);
        }
        assertEquals(2, ms.stream().filter(m -> m.location() != null).count(), ms.toString());
        Event e = new Event("ev1", EventType.AGREEMENT, List.of(), List.of(), null, null, List.of(),
                ms.stream().map(EventMention::trigger).toList(), "s");
        assertEquals(List.of(), finder.find(arts, ents, List.of(new EventCluster(e, ms)), List.of()).stream()
                .filter(c -> c.kind() == Contradiction.Kind.PLACE).toList());
    }

    @Test
    void aTruckBombInAnotherMonthIsBackgroundButThisMonthIsNot() {
        Article a = Fixtures.article("m1", "o1", "2024-05-02",
                "قتل 14 شخصا في انفجار سيارة مفخخة قرب الميناء في مدينة رأس الغيمة. "
                        + "واتهمت السلطات الجماعة بتفجير شاحنة في فبراير في المدينة أسفر عن مقتل أكثر من 200 شخص.");
        List<Long> found = killed(real(a, List.of()));
        assertTrue(found.contains(14L), found.toString());
        assertFalse(found.contains(200L), found.toString());
        Article b = Fixtures.article("m2", "o1", "2024-05-20",
                "وكان انفجار في مايو في المدينة قد أسفر عن مقتل 14 شخصا.");
        assertTrue(killed(real(b, List.of())).contains(14L));
    }

    @Test
    void aKeyPointDropsTheWireDatelineButStaysExtractive() {
        String text = "مرفأ الندى، جزر الكوثر (NRT) – شهدت مدينة بورتلاندا حادث دهس أسفر عن مقتل عشرة أشخاص وإصابة 15.";
        Article x = Fixtures.article("w1", "o1", "2024-05-02", text);
        Article y = Fixtures.article("w2", "o2", "2024-05-02", "شهدت مدينة بورتلاندا حادث دهس أسفر عن مقتل عشرة أشخاص.");
        List<org.isnad.core.model.Story.KeyPoint> kps = new CorroborationKeyPointExtractor().extract(List.of(x, y), List.of(), List.of());
        assertTrue(kps.stream().noneMatch(k -> k.text().contains("NRT")), kps.toString());
        assertTrue(kps.stream().anyMatch(k -> k.text().startsWith("شهدت مدينة بورتلاندا") && text.contains(k.text())), kps.toString());
        assertEquals("(CNN)", Datelines.strip("(CNN)"));
        assertEquals("قال الوزير (ع.م) إن", Datelines.strip("قال الوزير (ع.م) إن"));
    }
}
