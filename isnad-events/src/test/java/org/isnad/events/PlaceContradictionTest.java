package org.isnad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Event;
import org.isnad.core.model.EventType;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Story.Contradiction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * PLACE contradictions on invented reports. Each test puts every real mention of one event type into one
 * event, as if the merger had merged them, so only the finder's judgement of the places is tested.
 */
class PlaceContradictionTest {
    private final LexiconEventExtractor extractor = new LexiconEventExtractor();
    private final LexiconContradictionFinder finder = new LexiconContradictionFinder();

    private List<Contradiction> places(List<Article> arts, List<Entity> ents, EventType type) {
        List<EventMention> ms = new ArrayList<>();
        for (Article a : arts) {
            extractor.extract(a, ents).stream().filter(m -> m.type() == type && m.modality().isReal()).forEach(ms::add);
        }
        assertTrue(ms.stream().map(EventMention::article).distinct().count() >= 2, "the event must be in two articles");
        Event e = new Event("ev1", type, List.of(), List.of(), null, null, List.of(),
                ms.stream().map(EventMention::trigger).toList(), "s");
        // PLACE findings are held under the display threshold (ContradictionConfidence); these tests check
        // what is found and with which sides, so they read every finding with some evidence
        List<ScoredContradiction> scored = finder.findScored(arts, ents, List.of(new EventCluster(e, ms)), List.of());
        assertTrue(scored.stream().filter(x -> x.contradiction().kind() == Contradiction.Kind.PLACE)
                .allMatch(x -> x.confidence() < ContradictionConfidence.THRESHOLD), "PLACE is not shown yet");
        List<Contradiction> out = scored.stream().filter(x -> x.confidence() > 0).map(ScoredContradiction::contradiction)
                .filter(c -> c.kind() == Contradiction.Kind.PLACE).toList();
        out.forEach(c -> c.sides().forEach(s -> Fixtures.assertExact(s, arts)));
        return out;
    }

    private static List<String> texts(Contradiction c) {
        return c.sides().stream().map(SourceSpan::text).toList();
    }

    private static List<Entity> towns(List<Article> arts, String... names) {
        List<Entity> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            out.add(Fixtures.entity("p" + i, EntityType.LOCATION, arts, names[i]));
        }
        return out;
    }

    @Test
    void twoTownsGiveOneContradictionPerPairNotPerMention() {
        Article x = Fixtures.article("p1", "o1", "2024-09-03",
                "اندلعت اشتباكات بين الشرطة ومهربين في بلدة كفر الورد. واستمرت الاشتباكات في بلدة كفر الورد حتى الصباح.");
        Article y = Fixtures.article("p2", "o2", "2024-09-03",
                "اندلعت اشتباكات بين الشرطة ومهربين في قرية الطيبة. وتجددت الاشتباكات في قرية الطيبة ظهرا.");
        List<Article> arts = List.of(x, y);
        List<Contradiction> place = places(arts, towns(arts, "كفر الورد", "الطيبة"), EventType.ARMED_CLASH);
        assertEquals(1, place.size(), place.toString());
        assertEquals(List.of("كفر الورد", "الطيبة"), texts(place.get(0)));
        assertTrue(place.get(0).topic().contains("كفر الورد") && place.get(0).topic().contains("الطيبة"));
    }

    @Test
    void aTownAndItsProvinceAreNoContradiction() {
        Article x = Fixtures.article("p1", "o1", "2024-09-03", "اندلعت اشتباكات عنيفة في بلدة كفر الورد فجر اليوم.");
        Article y = Fixtures.article("p2", "o2", "2024-09-03",
                "اندلعت اشتباكات في محافظة السهول فجر اليوم. وتقع بلدة كفر الورد في ريف محافظة السهول.");
        List<Article> arts = List.of(x, y);
        assertEquals(List.of(), places(arts, towns(arts, "كفر الورد", "السهول"), EventType.ARMED_CLASH));
    }

    /** Every way of writing one place inside another makes them compatible, even in a third article. */
    @ParameterizedTest
    @ValueSource(strings = {"كفر الورد بريف السهول", "كفر الورد في السهول", "كفر الورد شمال السهول",
            "كفر الورد، السهول", "كفر الورد بالسهول", "كفر الورد التابعة لمحافظة السهول"})
    void placesWrittenOneInsideTheOtherAreCompatible(String together) {
        Article x = Fixtures.article("p1", "o1", "2024-09-03", "اندلعت اشتباكات عنيفة في بلدة كفر الورد فجر اليوم.");
        Article y = Fixtures.article("p2", "o2", "2024-09-03", "اندلعت اشتباكات في مدينة السهول فجر اليوم.");
        Article z = Fixtures.article("p3", "o3", "2024-09-03", "يسكن في " + together + " نحو عشرة آلاف نسمة.");
        List<Article> arts = List.of(x, y, z);
        assertEquals(List.of(), places(arts, towns(arts, "كفر الورد", "السهول"), EventType.ARMED_CLASH));
    }

    @Test
    void placesOnlyListedTogetherStillContradict() {
        Article x = Fixtures.article("p1", "o1", "2024-09-03", "اندلعت اشتباكات عنيفة في بلدة كفر الورد فجر اليوم.");
        Article y = Fixtures.article("p2", "o2", "2024-09-03", "اندلعت اشتباكات في مدينة السهول فجر اليوم.");
        Article z = Fixtures.article("p3", "o3", "2024-09-03", "وصلت المساعدات إلى كفر الورد والسهول.");
        List<Article> arts = List.of(x, y, z);
        List<Contradiction> place = places(arts, towns(arts, "كفر الورد", "السهول"), EventType.ARMED_CLASH);
        assertEquals(1, place.size());
        assertEquals(List.of("كفر الورد", "السهول"), texts(place.get(0)));
    }

    @Test
    void aForeignCapitalAsTheDestinationOfAHandoverIsNotItsPlace() {
        Article x = Fixtures.article("p1", "o1", "2024-09-03", "أعلنت الشرطة تسليم المطلوب كريم ناصر إلى فيينا أمس.");
        Article y = Fixtures.article("p2", "o2", "2024-09-03", "جرى تسليم المطلوب كريم ناصر في بلدة عين الزيتون أمس.");
        List<Article> arts = List.of(x, y);
        List<Entity> ents = List.of(Fixtures.entity("vienna", EntityType.LOCATION, arts, "فيينا"),
                Fixtures.entity("town", EntityType.LOCATION, arts, "عين الزيتون"),
                Fixtures.entity("karim", EntityType.PERSON, arts, "كريم ناصر"));
        assertEquals(List.of(), places(arts, ents, EventType.HANDOVER));
    }

    @Test
    void peopleComingFromAPlaceDoNotPutTheEventThere() {
        Article x = Fixtures.article("p1", "o1", "2024-09-03",
                "اندلعت اشتباكات بين الجيش ومسلحين قادمين من مدينة تل الورد. وقال شهود إن مسلحي تل الورد انسحبوا.");
        Article y = Fixtures.article("p2", "o2", "2024-09-03", "اندلعت اشتباكات بين الجيش ومسلحين في قرية المزرعة.");
        List<Article> arts = List.of(x, y);
        assertEquals(List.of(), places(arts, towns(arts, "تل الورد", "المزرعة"), EventType.ARMED_CLASH));
    }

    @Test
    void aCountryAndATownAreNoContradiction() {
        Article x = Fixtures.article("p1", "o1", "2024-09-03", "اندلعت اشتباكات عنيفة في الأردن بين الشرطة ومهربين. وتتابع الأردن الملف.");
        Article y = Fixtures.article("p2", "o2", "2024-09-03", "اندلعت اشتباكات بين الشرطة ومهربين في بلدة عين الزيتون.");
        List<Article> arts = List.of(x, y);
        assertEquals(List.of(), places(arts, towns(arts, "الأردن", "عين الزيتون"), EventType.ARMED_CLASH));
    }

    @Test
    void aWordTheRecognizerTaggedOnceAsAPlaceIsNoPlace() {
        Article x = Fixtures.article("p1", "o1", "2024-09-03",
                "اندلعت اشتباكات داخل مخيم المتطوعين. وقال أحد المتطوعين إن المتطوعين غادروا.");
        Article y = Fixtures.article("p2", "o2", "2024-09-03", "اندلعت اشتباكات في قرية المزرعة.");
        List<Article> arts = List.of(x, y);
        // the recognizer tagged only the first المتطوعين as a place
        int at = x.text().indexOf("المتطوعين");
        Entity noisy = new Entity("noisy", EntityType.LOCATION, "المتطوعين", List.of("المتطوعين"), List.of(),
                List.of(new SourceSpan("p1", at, at + "المتطوعين".length(), "المتطوعين")));
        List<Entity> ents = List.of(noisy, Fixtures.entity("mazraa", EntityType.LOCATION, arts, "المزرعة"));
        assertEquals(List.of(), places(arts, ents, EventType.ARMED_CLASH));
    }

    @Test
    void aPlaceNamedOnceWithoutAHeadWordIsNoPlace() {
        Article x = Fixtures.article("p1", "o1", "2024-09-03", "وطوقت القوات الحي بعد اشتباكات في الكامل.");
        Article y = Fixtures.article("p2", "o2", "2024-09-03", "اندلعت اشتباكات في قرية المزرعة.");
        List<Article> arts = List.of(x, y);
        assertEquals(List.of(), places(arts, towns(arts, "الكامل", "المزرعة"), EventType.ARMED_CLASH));
    }

    @Test
    void theEventPlaceIsTheMentionSpan() {
        Article x = Fixtures.article("p1", "o1", "2024-09-03", "اندلعت اشتباكات في بلدة كفر الورد.");
        List<Entity> ents = towns(List.of(x), "كفر الورد");
        EventMention m = extractor.extract(x, ents).get(0);
        SourceSpan span = PlaceRelations.of(List.of(x), ents).eventPlace(m);
        assertNotNull(span);
        assertEquals("كفر الورد", span.text());
        Fixtures.assertExact(span, List.of(x));
    }
}
