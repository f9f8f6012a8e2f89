package org.isnad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Stance;
import org.isnad.core.model.Story.Contradiction;
import org.junit.jupiter.api.Test;

class LexiconContradictionFinderTest {
    private final StoryEventAnalyzer analyzer = new StoryEventAnalyzer();

    private static List<Contradiction> ofKind(List<Contradiction> cs, Contradiction.Kind k) {
        return cs.stream().filter(c -> c.kind() == k).toList();
    }

    /**
     * Findings of {@code k} with some evidence, shown or not: PLACE, TIME, ATTRIBUTION and NAME are found
     * but held under the display threshold (ContradictionConfidence), which this also checks.
     */
    private List<Contradiction> heldBack(List<Article> arts, List<Entity> ents, List<Claim> claims, Contradiction.Kind k) {
        var r = analyzer.analyze("s", arts, ents, claims, 1);
        assertEquals(List.of(), ofKind(r.contradictions(), k), "not shown yet");
        return new LexiconContradictionFinder().findScored(arts, ents, r.clusters(), claims).stream()
                .filter(x -> x.confidence() > 0).map(ScoredContradiction::contradiction)
                .filter(c -> c.kind() == k).toList();
    }

    private static Set<String> articles(Contradiction c) {
        return c.sides().stream().map(SourceSpan::article).collect(Collectors.toSet());
    }

    private List<Contradiction> clash() {
        List<Article> arts = Fixtures.clashArticles();
        List<Contradiction> cs = analyzer.analyze("s1", arts, Fixtures.clashEntities(arts), List.of(), 1).contradictions();
        cs.forEach(c -> c.sides().forEach(s -> Fixtures.assertExact(s, arts)));
        return cs;
    }

    @Test
    void differentDeathTollsAreACountContradiction() {
        List<Contradiction> count = ofKind(clash(), Contradiction.Kind.COUNT);
        assertEquals(1, count.size());
        assertEquals(List.of("مقتل 5", "مقتل 7"), count.get(0).sides().stream().map(SourceSpan::text).toList());
        assertEquals(Set.of("a1", "a2"), articles(count.get(0)));
        assertTrue(count.get(0).topic().contains("5") && count.get(0).topic().contains("7"));
    }

    @Test
    void limitedVersusViolentIsAnIntensityContradiction() {
        List<Contradiction> intensity = ofKind(clash(), Contradiction.Kind.INTENSITY);
        assertEquals(1, intensity.size());
        assertEquals(List.of("اشتباكات محدودة", "اشتباكات عنيفة"),
                intensity.get(0).sides().stream().map(SourceSpan::text).toList());
    }

    @Test
    void aTruceVersusNoSolutionAboutOneClashIsAnOutcomeFoundButHeldBack() {
        List<Article> arts = Fixtures.clashArticles();
        List<Contradiction> outcome = heldBack(arts, Fixtures.clashEntities(arts), List.of(), Contradiction.Kind.OUTCOME);
        assertEquals(1, outcome.size());
        List<SourceSpan> sides = outcome.get(0).sides();
        assertEquals(Set.of("a1", "a2"), articles(outcome.get(0)), "a3 is a day later: its truce may have come since");
        assertTrue(sides.get(0).text().startsWith("ولا يبدو") && sides.get(0).text().endsWith("حل"), sides.get(0).text());
        assertEquals("اتفاق تهدئة", sides.get(1).text());
    }

    @Test
    void twoFormsOfOneUnitsNameAreAliasesNotANameContradiction() {
        assertEquals(List.of(), ofKind(clash(), Contradiction.Kind.NAME), "لواء الصقور / كتيبة الصقور: one resolved entity");
    }

    @Test
    void agreeingOutletsHaveNoContradiction() {
        Article x = Fixtures.article("c1", "o1", "2024-07-01", "اندلعت اشتباكات عنيفة في بلدة المرج أسفرت عن مقتل 3 مسلحين.");
        Article y = Fixtures.article("c2", "o2", "2024-07-01", "قالت مصادر إن اشتباكات عنيفة في بلدة المرج أدت إلى مقتل 3 مسلحين.");
        List<Article> arts = List.of(x, y);
        List<Entity> ents = List.of(Fixtures.entity("m", EntityType.LOCATION, arts, "المرج"));
        assertEquals(List.of(), analyzer.analyze("s", arts, ents, List.of(), 1).contradictions());
    }

    @Test
    void differentWrittenDaysAreATimeContradiction() {
        Article x = Fixtures.article("d1", "o1", "2024-07-05", "هاجم مسلحون حاجزا للشرطة في بلدة المرج أمس.");
        Article y = Fixtures.article("d2", "o2", "2024-07-05", "هاجم مسلحون حاجزا للشرطة في بلدة المرج فجر اليوم.");
        List<Article> arts = List.of(x, y);
        List<Entity> ents = List.of(Fixtures.entity("m", EntityType.LOCATION, arts, "المرج"));
        List<Contradiction> time = heldBack(arts, ents, List.of(), Contradiction.Kind.TIME);
        assertEquals(1, time.size());
        assertEquals(List.of("أمس", "فجر اليوم"), time.get(0).sides().stream().map(SourceSpan::text).toList());
    }

    @Test
    void theSameWordsGivenToTwoSpeakersIsAnAttribution() {
        Article x = Fixtures.article("e1", "o1", "2024-07-05", "قال الوزير إن الحكومة لن تتفاوض مع المسلحين قبل تسليم السلاح.");
        Article y = Fixtures.article("e2", "o2", "2024-07-05", "قال المحافظ إن الحكومة لن تتفاوض مع المسلحين قبل تسليم السلاح.");
        String quote = "الحكومة لن تتفاوض مع المسلحين قبل تسليم السلاح";
        SourceSpan sx = new SourceSpan("e1", x.text().indexOf(quote), x.text().indexOf(quote) + quote.length(), quote);
        SourceSpan sy = new SourceSpan("e2", y.text().indexOf(quote), y.text().indexOf(quote) + quote.length(), quote);
        List<Claim> claims = List.of(
                new Claim("c1", sx, "minister", "الوزير", null, "قال", Stance.ASSERTS, List.of("c2"), List.of(), "s"),
                new Claim("c2", sy, "governor", "المحافظ", null, "قال", Stance.ASSERTS, List.of("c1"), List.of(), "s"));
        List<Contradiction> attribution = heldBack(List.of(x, y), List.of(), claims, Contradiction.Kind.ATTRIBUTION);
        assertEquals(1, attribution.size());
        assertEquals(List.of(sx, sy), attribution.get(0).sides());
    }

    @Test
    void floodDeathTollsDisagree() {
        List<Article> arts = Fixtures.floodArticles();
        var r = analyzer.analyze("s2", arts, Fixtures.floodEntities(arts), List.of(), 1);
        List<Contradiction> count = ofKind(r.contradictions(), Contradiction.Kind.COUNT);
        assertEquals(1, count.size(), r.contradictions().toString());
        assertEquals(Set.of("4", "6"), count.get(0).sides().stream()
                .map(s -> s.text().replaceAll("[^0-9]", "")).collect(Collectors.toSet()));
    }

    @Test
    void oneAttackClaimedForTwoGroupsIsAnAttribution() {
        Article x = Fixtures.article("g1", "o1", "2024-08-02", "هاجمت جماعة النسر حاجزا لقوات الجيش في بلدة المرج فجر اليوم.");
        Article y = Fixtures.article("g2", "o2", "2024-08-02", "هاجمت خلية الذئب حاجزا لقوات الجيش في بلدة المرج فجر اليوم.");
        List<Article> arts = List.of(x, y);
        List<Entity> ents = List.of(Fixtures.entity("eagle", EntityType.ORGANIZATION, arts, "جماعة النسر"),
                Fixtures.entity("wolf", EntityType.ORGANIZATION, arts, "خلية الذئب"),
                Fixtures.entity("army", EntityType.ORGANIZATION, arts, "الجيش"),
                Fixtures.entity("marj", EntityType.LOCATION, arts, "المرج"));
        var r = analyzer.analyze("s", arts, ents, List.of(), 1);
        assertEquals(1, r.events().size(), "one attack, two claimed perpetrators");
        assertEquals(List.of("eagle", "wolf"), r.events().get(0).actors());
        assertEquals(List.of("army"), r.events().get(0).targets());
        List<Contradiction> attribution = heldBack(arts, ents, List.of(), Contradiction.Kind.ATTRIBUTION);
        assertEquals(1, attribution.size());
        assertEquals(Set.of("g1", "g2"), articles(attribution.get(0)));
    }

    @Test
    void oneArrestInTwoPlacesIsAPlaceContradiction() {
        Article x = Fixtures.article("h1", "o1", "2024-08-02", "اعتقلت الشرطة المطلوب فارس العلي في بلدة المرج أمس.");
        Article y = Fixtures.article("h2", "o2", "2024-08-02", "اعتقلت الشرطة المطلوب فارس العلي في قرية السدرة أمس.");
        List<Article> arts = List.of(x, y);
        List<Entity> ents = List.of(Fixtures.entity("faris", EntityType.PERSON, arts, "فارس العلي"),
                Fixtures.entity("police", EntityType.ORGANIZATION, arts, "الشرطة"),
                Fixtures.entity("marj", EntityType.LOCATION, arts, "المرج"),
                Fixtures.entity("sidra", EntityType.LOCATION, arts, "السدرة"));
        List<Contradiction> place = heldBack(arts, ents, List.of(), Contradiction.Kind.PLACE);
        assertEquals(1, place.size());
        assertEquals(List.of("المرج", "السدرة"), place.get(0).sides().stream().map(SourceSpan::text).toList());
    }
}
