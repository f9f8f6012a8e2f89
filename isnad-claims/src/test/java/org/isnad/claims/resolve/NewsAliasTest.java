package org.isnad.claims.resolve;

import static org.isnad.claims.TestTexts.all;
import static org.isnad.claims.TestTexts.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Mention;
import org.junit.jupiter.api.Test;

/** Alias merges seen in real news, on invented Arabic text: each join, and the look-alike that must stay apart. */
class NewsAliasTest {
    private final EntityResolver resolver = new RuleEntityResolver();

    private static Entity holding(List<Entity> entities, String surface) {
        return entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(surface)))
                .findFirst().orElseThrow(() -> new AssertionError("no entity has mention '" + surface + "'"));
    }

    private static List<Mention> mentions(Article a, EntityType type, String... names) {
        List<Mention> ms = new ArrayList<>();
        for (String n : names) {
            ms.addAll(all(a, n, type));
        }
        return ms;
    }

    @Test
    void compoundFamilyNameJoinsTheFullName() {
        Article a = article("a1", "قال سامر عبد الكريم إن القافلة وصلت. وأضاف عبد الكريم أن الطريق آمن.");
        List<Mention> ms = new ArrayList<>(all(a, "سامر عبد الكريم", EntityType.PERSON));
        int i = a.text().lastIndexOf("عبد الكريم");
        ms.add(new Mention("a1", new org.isnad.core.model.Span(i, i + 10), "عبد الكريم", EntityType.PERSON, "PERS", 1));
        List<Entity> es = resolver.resolve(List.of(a), ms);
        assertEquals(1, es.size(), es.toString());
        assertEquals("سامر عبد الكريم", es.get(0).name());
    }

    @Test
    void compoundFamilyNameOfTwoPeopleStaysApart() {
        Article a = article("a1", "التقى سامر عبد الكريم وهاني عبد الكريم، ثم تحدث عبد الكريم للصحفيين.");
        List<Mention> ms = new ArrayList<>(all(a, "سامر عبد الكريم", EntityType.PERSON));
        ms.addAll(all(a, "هاني عبد الكريم", EntityType.PERSON));
        int i = a.text().lastIndexOf("عبد الكريم");
        ms.add(new Mention("a1", new org.isnad.core.model.Span(i, i + 10), "عبد الكريم", EntityType.PERSON, "PERS", 1));
        List<Entity> es = resolver.resolve(List.of(a), ms);
        assertEquals(3, es.size(), es.toString());
        assertNotEquals(holding(es, "سامر عبد الكريم"), holding(es, "هاني عبد الكريم"));
    }

    @Test
    void organizationWithoutItsNationalityAdjectiveJoins() {
        Article a = article("a1", "أعلنت وزارة الزراعة الأردنية خطة جديدة. وقالت وزارة الزراعة إن الخطة تبدأ غدا.");
        List<Entity> es = resolver.resolve(List.of(a),
                mentions(a, EntityType.ORGANIZATION, "وزارة الزراعة الأردنية", "وزارة الزراعة"));
        assertEquals(1, es.size(), es.toString());
        assertEquals("وزارة الزراعة الأردنية", es.get(0).name());
    }

    @Test
    void organizationWithoutItsGenericHeadJoins() {
        Article a = article("a1", "انتقدت منظمة الأرض الخضراء المشروع، وطالبت الأرض الخضراء بوقفه.");
        List<Mention> ms = new ArrayList<>(all(a, "منظمة الأرض الخضراء", EntityType.ORGANIZATION));
        int i = a.text().indexOf("وطالبت الأرض") + 7;
        ms.add(new Mention("a1", new org.isnad.core.model.Span(i, i + 13), "الأرض الخضراء", EntityType.ORGANIZATION, "ORG", 1));
        List<Entity> es = resolver.resolve(List.of(a), ms);
        assertEquals(1, es.size(), es.toString());
    }

    @Test
    void twoMinistriesOfOneKindInTwoCountriesStayApartFromTheBareName() {
        Article a = article("a1", "نسقت وزارة الزراعة الأردنية مع وزارة الزراعة المصرية، وقالت وزارة الزراعة إن التنسيق مستمر.");
        List<Entity> es = resolver.resolve(List.of(a), mentions(a, EntityType.ORGANIZATION, "وزارة الزراعة الأردنية",
                "وزارة الزراعة المصرية"));
        assertNotEquals(holding(es, "وزارة الزراعة الأردنية"), holding(es, "وزارة الزراعة المصرية"));
    }

    @Test
    void transliterationVariantsOfOneSurnameJoin() {
        Article a = article("a1", "دعا ماريو غونزاليش إلى الهدوء.");
        Article b = article("b1", "وقال ماريو غونزاليس إن المحادثات ستستأنف.");
        List<Mention> ms = new ArrayList<>(all(a, "ماريو غونزاليش", EntityType.PERSON));
        ms.addAll(all(b, "ماريو غونزاليس", EntityType.PERSON));
        List<Entity> es = resolver.resolve(List.of(a, b), ms);
        assertEquals(1, es.size(), es.toString());
    }

    @Test
    void transliterationNeverJoinsDifferentGivenNames() {
        Article a = article("a1", "التقى ماريو غونزاليش مع بيدرو غونزاليس في المطار.");
        List<Entity> es = resolver.resolve(List.of(a),
                mentions(a, EntityType.PERSON, "ماريو غونزاليش", "بيدرو غونزاليس"));
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void skeletonNeedsLongNames() {
        assertTrue(Names.transliterationVariant(List.of("ميشيل", "باشيليت"), List.of("ميشيل", "باشليه")));
        assertTrue(Names.transliterationVariant(List.of("خارجيه", "اميركيه"), List.of("خارجيه", "امريكيه")));
        assertFalse(Names.transliterationVariant(List.of("حسن"), List.of("حسين")));
        assertFalse(Names.transliterationVariant(List.of("سامي", "كريم"), List.of("سامي", "كرم")));
    }

    @Test
    void pluralCasesOfOnePeopleJoin() {
        Article a = article("a1", "تظاهر البرتغاليون أمس. وقالت الشرطة إن البرتغاليين غادروا الساحة.");
        List<Entity> es = resolver.resolve(List.of(a), mentions(a, EntityType.GROUP, "البرتغاليون", "البرتغاليين"));
        assertEquals(1, es.size(), es.toString());
    }

    @Test
    void placeWithoutItsHeadJoins() {
        Article a = article("a1", "وصلت القافلة إلى بلدة سرمدين صباحا، وغادرت سرمدين مساء.");
        List<Mention> ms = new ArrayList<>(all(a, "بلدة سرمدين", EntityType.LOCATION));
        int i = a.text().lastIndexOf("سرمدين");
        ms.add(new Mention("a1", new org.isnad.core.model.Span(i, i + 6), "سرمدين", EntityType.LOCATION, "LOC", 1));
        List<Entity> es = resolver.resolve(List.of(a), ms);
        assertEquals(1, es.size(), es.toString());
    }
}
