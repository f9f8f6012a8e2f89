package org.isnad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Story.Contradiction;
import org.junit.jupiter.api.Test;

/**
 * OUTCOME is about one event and NAME is about genuinely different names, on invented reports: a
 * ceasefire and ongoing fighting about one clash disagree; settlement words in an unrelated paragraph,
 * a refused ceasefire or fighting reported a day after a truce do not; aliases, generic heads and
 * spelling variants are no NAME conflict, two different given names for one role are.
 */
class ContradictionEventLinkTest {
    private final StoryEventAnalyzer analyzer = new StoryEventAnalyzer();

    private static final String ONGOING = "اندلعت اشتباكات بين قوات الحرس وعناصر جماعة النسور في بلدة عين الصفا مساء الأحد. "
            + "ولا يبدو أن المواجهات في عين الصفا تسير باتجاه حل، وسط استمرار الاشتباكات في محيط البلدة.";
    private static final String TRUCE = "توصلت قوات الحرس وجماعة النسور إلى اتفاق تهدئة في بلدة عين الصفا، ينص على وقف إطلاق النار بعد اشتباكات مساء الأحد. "
            + "وقال شهود إن الهدوء ساد البلدة.";
    private static final String UNRELATED = "اندلعت اشتباكات بين قوات الحرس وعناصر جماعة النسور في بلدة عين الصفا مساء الأحد، وأدت إلى إصابة 4 أشخاص.\\n\\n"
            + "وفي شأن آخر، وقع وزيرا التجارة في دولتين بعيدتين اتفاق تهدئة تجارية ينهي نزاعا على الرسوم الجمركية.";

    private List<Entity> entities(List<Article> arts) {
        return List.of(Fixtures.entity("town", EntityType.LOCATION, arts, "عين الصفا"),
                Fixtures.entity("guard", EntityType.ORGANIZATION, arts, "قوات الحرس"),
                Fixtures.entity("eagles", EntityType.ORGANIZATION, arts, "جماعة النسور"));
    }

    /** OUTCOME findings with some evidence; none is shown (held under the threshold, ContradictionConfidence). */
    private List<Contradiction> outcomes(List<Article> arts) {
        var r = analyzer.analyze("s", arts, entities(arts), List.of(), 1);
        assertTrue(r.contradictions().stream().noneMatch(c -> c.kind() == Contradiction.Kind.OUTCOME), "not shown");
        return new LexiconContradictionFinder().findScored(arts, entities(arts), r.clusters(), List.of()).stream()
                .filter(x -> x.confidence() > 0.3).map(ScoredContradiction::contradiction)
                .filter(c -> c.kind() == Contradiction.Kind.OUTCOME).toList();
    }

    @Test
    void aCeasefireVersusOngoingFightingAboutOneClashIsFound() {
        List<Article> arts = List.of(Fixtures.article("o1", "وكالة الجنوب", "2024-06-03", ONGOING),
                Fixtures.article("o2", "قناة السهل", "2024-06-03", TRUCE));
        List<Contradiction> found = outcomes(arts);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("o1", "o2"), found.get(0).sides().stream().map(SourceSpan::article).collect(Collectors.toSet()));
        found.get(0).sides().forEach(s -> Fixtures.assertExact(s, arts));
    }

    @Test
    void settlementWordsInAnUnrelatedParagraphAreNotShown() {
        List<Article> arts = List.of(Fixtures.article("o1", "وكالة الجنوب", "2024-06-03", ONGOING),
                Fixtures.article("o3", "قناة السهل", "2024-06-03", UNRELATED.replace("\\\\n", "\\n")));
        assertEquals(List.of(), outcomes(arts));
    }

    @Test
    void aRefusedCeasefireIsNoSettlement() {
        String refused = "رفضت جماعة النسور وقف إطلاق النار في بلدة عين الصفا بعد اشتباكات مساء الأحد مع قوات الحرس.";
        List<Article> arts = List.of(Fixtures.article("o1", "وكالة الجنوب", "2024-06-03", ONGOING),
                Fixtures.article("o4", "قناة السهل", "2024-06-03", refused));
        assertEquals(List.of(), outcomes(arts));
    }

    @Test
    void fightingReportedADayAfterATruceIsNewsNotAContradiction() {
        List<Article> arts = List.of(Fixtures.article("o2", "قناة السهل", "2024-06-03", TRUCE),
                Fixtures.article("o1", "وكالة الجنوب", "2024-06-04", ONGOING));
        assertEquals(List.of(), outcomes(arts));
    }

    // ---- NAME

    private static Entity person(String id, List<Article> arts, String description, String... aliases) {
        Entity e = Fixtures.entity(id, EntityType.PERSON, arts, aliases);
        return new Entity(e.id(), e.type(), e.name(), e.aliases(), List.of(description), e.mentions());
    }

    /** NAME findings with some evidence (NAME is held under the display threshold for now). */
    private static List<Contradiction> names(List<Article> arts, List<Entity> ents) {
        return new LexiconContradictionFinder().findScored(arts, ents, List.of(), List.of()).stream()
                .filter(x -> x.confidence() > 0).map(ScoredContradiction::contradiction)
                .filter(c -> c.kind() == Contradiction.Kind.NAME).toList();
    }

    @Test
    void twoGivenNamesForOneRoleAreANameContradiction() {
        List<Article> arts = List.of(
                Fixtures.article("n1", "وكالة الجنوب", "2024-06-03", "قضت المحكمة بسجن المصور الصحفي حسن الورداني خمس سنوات."),
                Fixtures.article("n2", "قناة السهل", "2024-06-03", "قضت المحكمة بسجن المصور الصحفي حسين الورداني خمس سنوات."));
        List<Entity> ents = List.of(person("p1", arts, "المصور الصحفي", "حسن الورداني"),
                person("p2", arts, "المصور الصحفي", "حسين الورداني"));
        List<Contradiction> found = names(arts, ents);
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of("حسن الورداني", "حسين الورداني"), found.get(0).sides().stream().map(SourceSpan::text).toList());
    }

    @Test
    void twoFormsOfOneOrganizationsNameAreNoNameContradiction() {
        List<Article> arts = List.of(
                Fixtures.article("n1", "وكالة الجنوب", "2024-06-03", "هاجمت كتيبة الرماح مواقع الحرس قرب البلدة."),
                Fixtures.article("n2", "قناة السهل", "2024-06-03", "هاجمت فرقة الرماح مواقع الحرس قرب البلدة."));
        // one entity (aliases) or two kept apart: a generic head word is no second name
        assertEquals(List.of(), names(arts, List.of(Fixtures.entity("u", EntityType.ORGANIZATION, arts, "كتيبة الرماح", "فرقة الرماح"))));
        assertEquals(List.of(), names(arts, List.of(Fixtures.entity("u1", EntityType.ORGANIZATION, arts, "كتيبة الرماح"),
                Fixtures.entity("u2", EntityType.ORGANIZATION, arts, "فرقة الرماح"))));
    }

    @Test
    void spellingVariantsAndPeopleWithoutOneRoleAreNoNameContradiction() {
        List<Article> arts = List.of(
                Fixtures.article("n1", "وكالة الجنوب", "2024-06-03", "قال المبعوث الخاص جون هاربرت إن المحادثات مستمرة، وانتقد رجل الأعمال سامي الورداني القرار."),
                Fixtures.article("n2", "قناة السهل", "2024-06-03", "قال المبعوث الخاص جون هاربرط إن المحادثات مستمرة، وأشاد الطبيب فادي الورداني بالقرار."));
        List<Entity> ents = new ArrayList<>(List.of(person("j1", arts, "المبعوث الخاص", "جون هاربرت"),
                person("j2", arts, "المبعوث الخاص", "جون هاربرط"),
                person("w1", arts, "رجل الأعمال", "سامي الورداني"),
                person("w2", arts, "الطبيب", "فادي الورداني")));
        assertTrue(names(arts, ents).isEmpty(), names(arts, ents).toString());
    }
}
