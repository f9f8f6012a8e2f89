package org.isnad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.DateValue;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Stance;
import org.isnad.core.model.Story.Contradiction;
import org.junit.jupiter.api.Test;

/**
 * Findings a fact-checker must be able to trust, on invented reports: a contradiction is two outlets
 * disagreeing about one fact at one time, never a running total going up, an outlet against itself, an
 * event recalled from another year, or one statement relayed by an agency.
 */
class ContradictionTrustTest {
    private final StoryEventAnalyzer analyzer = new StoryEventAnalyzer();

    /** An article published at {@code instant} ({@code 2024-05-01T10:00:00+03:00}). */
    private static Article at(String id, String outlet, String instant, String text) {
        DateValue d = new DateValue(instant, instant.substring(0, 10), DateValue.Precision.DAY);
        return new Article(id, id + ".txt", outlet, "", d, "ar", text, List.of());
    }

    private List<Contradiction> contradictions(List<Article> arts, Contradiction.Kind kind) {
        List<Entity> ents = List.of(Fixtures.entity("town", EntityType.LOCATION, arts, "وادي السدر"));
        var r = analyzer.analyze("s", arts, ents, List.of(), 1);
        assertEquals(1, r.events().size(), "one explosion told by two outlets: " + r.events());
        return r.contradictions().stream()
                .filter(c -> c.kind() == kind).toList();
    }

    @Test
    void twoOutletsGivingDifferentInjuredAtTheSameHourContradict() {
        List<Article> arts = List.of(
                at("a", "وكالة الشرق", "2024-05-01T10:00:00+03:00", "أدى انفجار عبوة ناسفة في سوق بلدة وادي السدر صباح اليوم إلى إصابة 16 شخصا."),
                at("b", "قناة الغرب", "2024-05-01T10:30:00+03:00", "أدى انفجار عبوة ناسفة في سوق بلدة وادي السدر صباح اليوم إلى إصابة 15 شخصا."));
        List<Contradiction> count = contradictions(arts, Contradiction.Kind.COUNT);
        assertEquals(1, count.size());
        assertEquals(Set.of("16", "15"), count.get(0).sides().stream().map(s -> s.text().replaceAll("[^0-9]", ""))
                .collect(Collectors.toSet()));
    }

    @Test
    void aHigherTollADayLaterIsAnUpdateNotAContradiction() {
        List<Article> arts = List.of(
                at("a", "وكالة الشرق", "2024-05-01T10:00:00+03:00", "أدى انفجار عبوة ناسفة في سوق بلدة وادي السدر صباح اليوم إلى مقتل 6 أشخاص."),
                at("b", "قناة الغرب", "2024-05-02T11:00:00+03:00", "أدى انفجار عبوة ناسفة في سوق بلدة وادي السدر أمس إلى مقتل 25 شخصا."));
        assertEquals(List.of(), contradictions(arts, Contradiction.Kind.COUNT));
    }

    @Test
    void aLowerTollADayLaterStillContradicts() {
        List<Article> arts = List.of(
                at("a", "وكالة الشرق", "2024-05-01T10:00:00+03:00", "أدى انفجار عبوة ناسفة في سوق بلدة وادي السدر صباح اليوم إلى مقتل 14 شخصا."),
                at("b", "قناة الغرب", "2024-05-02T11:00:00+03:00", "أدى انفجار عبوة ناسفة في سوق بلدة وادي السدر أمس إلى مقتل 9 أشخاص."));
        assertEquals(1, contradictions(arts, Contradiction.Kind.COUNT).size());
    }

    @Test
    void anOutletDoesNotContradictItself() {
        List<Article> arts = List.of(
                at("a", "وكالة الشرق", "2024-05-01T10:00:00+03:00", "أدى انفجار عبوة ناسفة في سوق بلدة وادي السدر صباح اليوم إلى مقتل 8 أشخاص."),
                at("b", "وكالة الشرق", "2024-05-01T10:20:00+03:00", "أدى انفجار عبوة ناسفة في سوق بلدة وادي السدر صباح اليوم إلى مقتل 7 أشخاص."));
        assertEquals(List.of(), contradictions(arts, Contradiction.Kind.COUNT));
    }

    @Test
    void aTollRecalledFromAnotherYearIsNotThisEventsToll() {
        List<Article> arts = List.of(
                Fixtures.article("a", "وكالة الشرق", "2024-05-01", "أدى انفجار عبوة ناسفة في سوق بلدة وادي السدر صباح اليوم إلى مقتل 5 أشخاص."),
                Fixtures.article("b", "قناة الغرب", "2024-05-01", "أدى انفجار عبوة ناسفة في سوق بلدة وادي السدر عام 2019 إلى مقتل 30 شخصا."));
        assertEquals(List.of(), contradictions(arts, Contradiction.Kind.COUNT));
    }

    @Test
    void aYearAfterSinceReachesUpToTheReport() {
        Article dated = Fixtures.article("a", "وكالة الشرق", "2024-05-01", "x");
        Article undated = Fixtures.article("b", "قناة الغرب", null, "x");
        String text = "اشتباكات محدودة مع جماعة تقاتل منذ عام 2013";
        SourceSpan since = new SourceSpan("a", 0, text.length(), text);
        assertEquals(Set.of(2013, 2024), TimeFrames.of(dated, since));
        assertEquals(Set.of(), TimeFrames.of(undated, since), "since 2013 up to an unknown day");
        assertEquals(Set.of(2019), TimeFrames.of(dated, new SourceSpan("a", 0, 17, "هجوم وقع عام 2019")));
    }

    @Test
    void aStatementRelayedByAnAgencyIsNoAttribution() {
        Article x = Fixtures.article("e1", "o1", "2024-07-05", "وقال المحامي لوكالة الشرق إن المحكمة أجلت الجلسة إلى الشهر المقبل.");
        Article y = Fixtures.article("e2", "o2", "2024-07-05", "ذكرت وكالة الشرق أن المحكمة أجلت الجلسة إلى الشهر المقبل.");
        String quote = "المحكمة أجلت الجلسة إلى الشهر المقبل";
        SourceSpan sx = new SourceSpan("e1", x.text().indexOf(quote), x.text().indexOf(quote) + quote.length(), quote);
        SourceSpan sy = new SourceSpan("e2", y.text().indexOf(quote), y.text().indexOf(quote) + quote.length(), quote);
        List<Claim> claims = List.of(
                new Claim("c1", sx, "lawyer", "المحامي", null, "قال", Stance.ASSERTS, List.of("c2"), List.of(), "s"),
                new Claim("c2", sy, "agency", "وكالة الشرق", null, "ذكرت", Stance.REPORTS, List.of("c1"), List.of(), "s"));
        List<ScoredContradiction> found = new LexiconContradictionFinder().findScored(List.of(x, y), List.of(), List.of(), claims);
        assertEquals(List.of(), found);
    }

    @Test
    void everyFindingHasAConfidenceAndOnlyConfidentOnesAreShown() {
        List<Article> arts = Fixtures.clashArticles();
        List<Entity> ents = Fixtures.clashEntities(arts);
        var r = analyzer.analyze("s", arts, ents, List.of(), 1);
        List<ScoredContradiction> scored = new LexiconContradictionFinder().findScored(arts, ents, r.clusters(), List.of());
        assertTrue(scored.stream().allMatch(s -> s.confidence() >= 0 && s.confidence() <= 1));
        long confident = scored.stream().filter(s -> s.confidence() >= ContradictionConfidence.THRESHOLD).count();
        assertEquals(confident, r.contradictions().size());
    }
}
