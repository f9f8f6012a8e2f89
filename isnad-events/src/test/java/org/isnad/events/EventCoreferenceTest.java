package org.isnad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.isnad.core.model.Article;
import org.isnad.core.model.Count;
import org.isnad.core.model.DateValue;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Event;
import org.isnad.core.model.EventType;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Story.Contradiction;
import org.junit.jupiter.api.Test;

/**
 * One event per happening across outlets, one report per article, and contradictions only between
 * reports of one happening. Invented articles.
 */
class EventCoreferenceTest {
    private final StoryEventAnalyzer analyzer = new StoryEventAnalyzer();

    private static Article at(String id, String outlet, String instant, String text) {
        DateValue d = new DateValue(instant, instant.substring(0, 10), DateValue.Precision.DAY);
        return new Article(id, id + ".txt", outlet, "", d, "ar", text, List.of());
    }

    private static List<Entity> places(List<Article> arts, String... names) {
        return java.util.stream.IntStream.range(0, names.length)
                .mapToObj(i -> Fixtures.entity("p" + i, EntityType.LOCATION, arts, names[i])).toList();
    }

    @Test
    void anArticleRetellingAnAttackIsOneReport() {
        Article a = Fixtures.article("a", "o1", "2024-05-02", "استهدف هجوم مسلح حاجزا للشرطة في بلدة عين الزيتون. "
                + "وأسفر الهجوم عن مقتل 4 من عناصر الشرطة. وقال شهود إن الهجوم استمر نصف ساعة.");
        Article b = Fixtures.article("b", "o2", "2024-05-02", "قتل 4 من عناصر الشرطة في هجوم على حاجز في بلدة عين الزيتون.");
        List<Article> arts = List.of(a, b);
        var r = analyzer.analyze("s", arts, places(arts, "عين الزيتون"), List.of(), 1);
        List<Event> attacks = r.events().stream().filter(e -> e.type() == EventType.ATTACK).toList();
        assertEquals(1, attacks.size(), r.events().toString());
        Event attack = attacks.get(0);
        assertEquals(Set.of("a", "b"), attack.mentions().stream().map(SourceSpan::article).collect(Collectors.toSet()));
        assertTrue(attack.mentions().stream().filter(m -> m.article().equals("a")).count() <= 2,
                "the first report and the one with the figure, not every retelling: " + attack.mentions());
        assertEquals(List.of(4L), attack.counts().stream().map(Count::value).toList());
    }

    @Test
    void twoFiguresInOneArticleAreTwoHappenings() {
        Article a = Fixtures.article("a", "o1", "2024-05-02", "اعتقلت الشرطة 12 شخصا في بلدة عين الزيتون اليوم. "
                + "واعتقلت السلطات أكثر من 3 آلاف شخص منذ بدء الاحتجاجات في البلاد.");
        var r = analyzer.analyze("s", List.of(a), places(List.of(a), "عين الزيتون"), List.of(), 1);
        List<Event> arrests = r.events().stream().filter(e -> e.type() == EventType.ARREST).toList();
        assertEquals(2, arrests.size(), r.events().toString());
        assertEquals(Set.of(12L, 3000L), arrests.stream().flatMap(e -> e.counts().stream()).map(Count::value)
                .collect(Collectors.toSet()));
    }

    @Test
    void placelessStrikesOfTwoOutletsAreNotOneEvent() {
        Article a = at("a", "وكالة الشرق", "2024-05-01T10:00:00+03:00", "وأسفر القصف عن مقتل 5 مدنيين.");
        Article b = at("b", "قناة الغرب", "2024-05-01T10:30:00+03:00", "وأسفر القصف عن مقتل 9 مدنيين.");
        var r = analyzer.analyze("s", List.of(a, b), List.of(), List.of(), 1);
        assertEquals(2, r.events().stream().filter(e -> e.type() == EventType.ATTACK).count(), r.events().toString());
        assertEquals(List.of(), r.contradictions(), "nothing ties the two strikes to one happening");
    }

    @Test
    void aTownAndItsCountryAreNoPlaceContradiction() {
        List<Article> arts = List.of(
                at("a", "وكالة الشرق", "2024-05-01T10:00:00+03:00", "أسفرت غارة جوية على بلدة عين الزيتون في تشاد عن مقتل 6 أشخاص."),
                at("b", "قناة الغرب", "2024-05-01T10:30:00+03:00", "أسفرت غارة جوية في تشاد عن مقتل 6 أشخاص."));
        var r = analyzer.analyze("s", arts, places(arts, "عين الزيتون", "تشاد"), List.of(), 1);
        assertEquals(1, r.events().stream().filter(e -> e.type() == EventType.ATTACK).count(), r.events().toString());
        assertEquals(List.of(), r.contradictions());
    }

    @Test
    void aShownContradictionCarriesItsConfidenceAndBothWholeSentences() {
        String first = "أدى انفجار عبوة ناسفة في سوق بلدة عين الزيتون صباح اليوم إلى إصابة 16 شخصا.";
        String second = "أدى انفجار عبوة ناسفة في سوق بلدة عين الزيتون صباح اليوم إلى إصابة 15 شخصا.";
        List<Article> arts = List.of(
                at("a", "وكالة الشرق", "2024-05-01T10:00:00+03:00", "قال الدفاع المدني إن الوضع تحت السيطرة. " + first),
                at("b", "قناة الغرب", "2024-05-01T10:30:00+03:00", second + " وتتواصل أعمال الإسعاف."));
        var r = analyzer.analyze("s", arts, places(arts, "عين الزيتون"), List.of(), 1);
        List<Contradiction> cs = r.contradictions();
        assertEquals(1, cs.size(), cs.toString());
        Contradiction c = cs.get(0);
        assertEquals(Contradiction.Kind.COUNT, c.kind());
        assertTrue(c.confidence() >= ContradictionConfidence.THRESHOLD && c.confidence() <= 1, "" + c.confidence());
        assertEquals(Set.of(first.substring(0, first.length() - 1), second.substring(0, second.length() - 1)),
                c.sentences().stream().map(s -> s.text().replaceAll("\\.$", "")).collect(Collectors.toSet()));
        c.sentences().forEach(s -> Fixtures.assertExact(s, arts));
    }

    @Test
    void aPartOfTheTollOrAnAtLeastFigureIsNoCountContradiction() {
        List<Article> arts = List.of(
                at("a", "وكالة الشرق", "2024-05-01T10:00:00+03:00", "أدى انفجار عبوة ناسفة في سوق بلدة عين الزيتون صباح اليوم إلى إصابة 16 شخصا."),
                at("b", "قناة الغرب", "2024-05-01T10:30:00+03:00", "أدى انفجار عبوة ناسفة في سوق بلدة عين الزيتون صباح اليوم إلى إصابة 16 شخصا بينهم 3 أطفال."),
                at("c", "إذاعة الوسط", "2024-05-01T10:40:00+03:00", "أدى انفجار عبوة ناسفة في سوق بلدة عين الزيتون صباح اليوم إلى إصابة 15 آخرين على الأقل."));
        var r = analyzer.analyze("s", arts, places(arts, "عين الزيتون"), List.of(), 1);
        assertEquals(List.of(), r.contradictions(), "3 children are among the 16; at least 15 agrees with 16");
    }

    @Test
    void aFigureBelowAnotherOutletsFloorContradictsIt() {
        List<Article> arts = List.of(
                at("a", "وكالة الشرق", "2024-05-01T10:00:00+03:00", "أدى انفجار عبوة ناسفة في سوق بلدة عين الزيتون صباح اليوم إلى مقتل 12 شخصا على الأقل."),
                at("b", "قناة الغرب", "2024-05-01T10:30:00+03:00", "أدى انفجار عبوة ناسفة في سوق بلدة عين الزيتون صباح اليوم إلى مقتل 9 أشخاص."));
        var r = analyzer.analyze("s", arts, places(arts, "عين الزيتون"), List.of(), 1);
        assertEquals(1, r.contradictions().size(), r.contradictions().toString());
        assertEquals(Contradiction.Kind.COUNT, r.contradictions().get(0).kind());
    }

    @Test
    void contradictionsComeMostConfidentFirst() {
        var x = new Contradiction(Contradiction.Kind.OUTCOME, "a", List.of(span("1"), span("2")), 0.6, List.of());
        var y = new Contradiction(Contradiction.Kind.COUNT, "b", List.of(span("3"), span("4")), 0.9, List.of());
        assertEquals(List.of(y, x), ContradictionOrder.dedupeAndSort(List.of(x, y)));
    }

    private static SourceSpan span(String id) {
        return new SourceSpan(id, 0, 1, "x");
    }
}
