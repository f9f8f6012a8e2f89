package org.isnad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Count;
import org.isnad.core.model.DateValue;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.EventType;
import org.junit.jupiter.api.Test;

class LexiconEventExtractorTest {
    private final LexiconEventExtractor extractor = new LexiconEventExtractor();

    private static EventMention first(List<EventMention> ms, EventType t) {
        return ms.stream().filter(m -> m.type() == t).findFirst().orElseThrow(() -> new AssertionError("no " + t + " in " + ms));
    }

    private static Count count(EventMention m, Count.Kind kind) {
        return m.counts().stream().map(CountMention::count).filter(c -> c.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + m.counts()));
    }

    @Test
    void clashWithActorsBetweenTownLocationAndLastNight() {
        List<Article> arts = Fixtures.clashArticles();
        List<EventMention> ms = extractor.extract(arts.get(0), Fixtures.clashEntities(arts));
        EventMention clash = first(ms, EventType.ARMED_CLASH);
        assertEquals("اشتباكات", clash.trigger().text());
        assertEquals(Modality.ASSERTED, clash.modality());
        assertEquals(List.of("army", "falcons"), clash.actors());
        assertEquals("town", clash.location(), "the town, not the province it lies in");
        assertEquals("2024-03-09", clash.date().value(), "last night, published 2024-03-10");
        assertEquals(DateValue.Precision.DAY, clash.date().precision());
        assertEquals(EventMention.DateSource.RELATIVE, clash.dateSource());
        assertEquals("الليلة الماضية", clash.dateSpan().text());
        assertEquals(EventMention.Intensity.HIGH, clash.intensity());
        ms.forEach(m -> Fixtures.assertExact(m, arts));
    }

    @Test
    void killedAndInjuredFiguresGoToTheClashNotToAKilling() {
        List<Article> arts = Fixtures.clashArticles();
        List<EventMention> ms = extractor.extract(arts.get(0), Fixtures.clashEntities(arts));
        EventMention withCounts = ms.stream().filter(m -> m.type() == EventType.ARMED_CLASH && !m.counts().isEmpty())
                .findFirst().orElseThrow();
        assertEquals(5, count(withCounts, Count.Kind.KILLED).value());
        assertEquals(12, count(withCounts, Count.Kind.INJURED).value());
        assertFalse(count(withCounts, Count.Kind.KILLED).approximate());
        assertTrue(ms.stream().noneMatch(m -> m.type() == EventType.KILLING));
    }

    @Test
    void arrestOfTwoHasActorTargetAndCount() {
        List<Article> arts = Fixtures.clashArticles();
        EventMention arrest = first(extractor.extract(arts.get(0), Fixtures.clashEntities(arts)), EventType.ARREST);
        assertEquals(List.of("army"), arrest.actors());
        assertEquals(List.of("falcons"), arrest.targets());
        assertEquals(2, count(arrest, Count.Kind.ARRESTED).value());
    }

    @Test
    void attemptThreatAndNegationAreMarked() {
        List<Article> arts = Fixtures.clashArticles();
        List<Entity> ents = Fixtures.clashEntities(arts);
        EventMention attempt = first(extractor.extract(arts.get(0), ents), EventType.RAID_OR_SIEGE);
        assertEquals(Modality.ATTEMPTED, attempt.modality(), attempt.trigger().text());
        EventMention threat = first(extractor.extract(arts.get(1), ents), EventType.RAID_OR_SIEGE);
        assertEquals(Modality.HYPOTHETICAL, threat.modality(), "أي محاولة لاقتحام");
        List<EventMention> c = extractor.extract(arts.get(2), ents);
        assertTrue(c.stream().anyMatch(m -> m.type() == EventType.ARMED_CLASH && m.modality() == Modality.NEGATED
                && m.trigger().text().equals("اشتباكات")), "لم تقع اشتباكات");
    }

    @Test
    void casualtiesWithoutNumberAreApproximateZeroWithTheirWords() {
        Article a = Fixtures.article("x1", "o", "2024-05-02",
                "أسفر القصف على سوق بلدة كفر الورد عن قتلى وجرحى بين المدنيين.");
        EventMention attack = first(extractor.extract(a, List.of()), EventType.ATTACK);
        Count killed = count(attack, Count.Kind.KILLED);
        assertEquals(0, killed.value());
        assertTrue(killed.approximate());
        assertEquals("قتلى", killed.text());
        assertEquals("وجرحى", count(attack, Count.Kind.INJURED).text());
    }

    @Test
    void fightersThousandsAreApproximate() {
        Article a = Fixtures.article("x2", "o", "2024-05-02",
                "وحشدت الجماعة نحو 10 آلاف مقاتل على أطراف المدينة. "
                + "ويخشى السكان دخول المقاتلين الأجانب على خط المعارك، إذ إن عددهم قد يصل إلى 3 آلاف بحسب التقديرات.");
        List<EventMention> ms = extractor.extract(a, List.of());
        Count fighters = count(first(ms, EventType.MOBILIZATION), Count.Kind.FIGHTERS);
        assertEquals(10000, fighters.value());
        assertTrue(fighters.approximate());
        Count later = ms.stream().flatMap(m -> m.counts().stream()).map(CountMention::count)
                .filter(c -> c.value() == 3000).findFirst().orElseThrow();
        assertEquals(Count.Kind.FIGHTERS, later.kind());
        assertTrue(later.approximate());
    }

    @Test
    void explicitDateBeatsPublicationAndNoDateMeansPublication() {
        Article a = Fixtures.article("x3", "o", "2024-03-20",
                "داهمت الشرطة مستودعا في حي الزيتون في 14 آذار/مارس 2024. وتواصل الشرطة التحقيق في قضية اختطاف التاجر.");
        List<EventMention> ms = extractor.extract(a, List.of());
        EventMention raid = first(ms, EventType.RAID_OR_SIEGE);
        assertEquals("2024-03-14", raid.date().value());
        assertEquals(EventMention.DateSource.EXPLICIT, raid.dateSource());
        EventMention abduction = first(ms, EventType.ABDUCTION);
        assertEquals("2024-03-20", abduction.date().value());
        assertEquals(EventMention.DateSource.PUBLICATION, abduction.dateSource());
        assertNull(abduction.dateSpan());
    }

    @Test
    void noPublicationDateAndNoExpressionMeansNoDate() {
        Article a = new Article("x4", "x4.txt", null, "", null, "ar", "اعتقلت الشرطة ثلاثة مطلوبين في المدينة.", List.of());
        EventMention arrest = first(extractor.extract(a, List.of()), EventType.ARREST);
        assertNull(arrest.date());
        assertEquals(EventMention.DateSource.NONE, arrest.dateSource());
        assertEquals(3, count(arrest, Count.Kind.ARRESTED).value());
    }

    @Test
    void triggerInsideANameIsNotAnEvent() {
        String text = "وصل وفد لجنة التفاوض إلى العاصمة صباح اليوم.";
        Article a = Fixtures.article("x5", "o", "2024-01-01", text);
        Entity committee = Fixtures.entity("c", EntityType.ORGANIZATION, List.of(a), "لجنة التفاوض");
        assertTrue(extractor.extract(a, List.of(committee)).stream().noneMatch(m -> m.type() == EventType.NEGOTIATION));
        assertTrue(extractor.extract(a, List.of()).stream().anyMatch(m -> m.type() == EventType.NEGOTIATION),
                "without the entity the word is a trigger: the test can fail");
    }

    @Test
    void floodDeathsAndDisplacementWithoutAClashAreAKilling() {
        List<Article> arts = Fixtures.floodArticles();
        List<EventMention> ms = extractor.extract(arts.get(0), Fixtures.floodEntities(arts));
        EventMention killing = first(ms, EventType.KILLING);
        assertEquals(4, count(killing, Count.Kind.KILLED).value());
        assertEquals(300, count(killing, Count.Kind.DISPLACED).value());
        assertEquals("city", killing.location());
        assertEquals("2024-11-05", killing.date().value());
        EventMention other = first(extractor.extract(arts.get(1), Fixtures.floodEntities(arts)), EventType.KILLING);
        assertEquals(6, count(other, Count.Kind.KILLED).value());
    }

    @Test
    void clitickedAndPluralTriggersAreFound() {
        Article a = Fixtures.article("x6", "o", "2024-02-02",
                "وبالاشتباكات تجددت المخاوف. واعتقالات الأمس طالت العشرات. وللهدنة شروط.");
        List<EventMention> ms = extractor.extract(a, List.of());
        assertEquals("وبالاشتباكات", first(ms, EventType.ARMED_CLASH).trigger().text());
        assertEquals("واعتقالات", first(ms, EventType.ARREST).trigger().text());
        assertEquals("وللهدنة", first(ms, EventType.AGREEMENT).trigger().text());
    }
}
