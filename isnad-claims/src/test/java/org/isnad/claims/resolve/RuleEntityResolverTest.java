package org.isnad.claims.resolve;

import static org.isnad.claims.TestTexts.all;
import static org.isnad.claims.TestTexts.article;
import static org.isnad.claims.TestTexts.assertExact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Span;
import org.junit.jupiter.api.Test;

class RuleEntityResolverTest {
    private final EntityResolver resolver = new RuleEntityResolver();

    private static Entity holding(List<Entity> entities, String surface) {
        return entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(surface)))
                .findFirst().orElseThrow(() -> new AssertionError("no entity has mention '" + surface + "'"));
    }

    private static void check(List<Article> articles, List<Entity> entities) {
        entities.forEach(e -> assertExact(articles, e.mentions()));
    }

    @Test
    void parenthesisAliasJoinsTwoNames() {
        Article a = article("a1", "ونفى نزار الكاتب (أبو سليم) أي علاقة له بالحادثة. وقال أبو سليم إنه كان في بيته.");
        List<Mention> ms = new ArrayList<>(all(a, "نزار الكاتب", EntityType.PERSON));
        ms.addAll(all(a, "أبو سليم", EntityType.PERSON));
        List<Entity> es = resolver.resolve(List.of(a), ms);
        assertEquals(1, es.size(), es.toString());
        assertEquals("e1", es.get(0).id());
        assertEquals(3, es.get(0).mentions().size());
        assertEquals(List.of("نزار الكاتب", "أبو سليم"), es.get(0).aliases());
        check(List.of(a), es);
    }

    @Test
    void knownAsMakesAnAliasTheRecognizerMissed() {
        Article a = article("a1", "اعتقلت الشرطة رامي الزين المعروف بـ \"الصقر\" في حي النخيل.");
        List<Entity> es = resolver.resolve(List.of(a), all(a, "رامي الزين", EntityType.PERSON));
        Entity e = holding(es, "رامي الزين");
        assertEquals(List.of("رامي الزين", "الصقر"), e.aliases());
        assertEquals("رامي الزين", e.name());
        check(List.of(a), es);
    }

    @Test
    void knownAsAndSoCalledJoinMarkedNames() {
        Article a = article("a1", "وصل وليد الحسن الملقب بـ أبو هادي إلى البلدة، ثم لحق به سالم العمر المدعو أبو ريم.");
        List<Mention> ms = new ArrayList<>();
        ms.addAll(all(a, "وليد الحسن", EntityType.PERSON));
        ms.addAll(all(a, "أبو هادي", EntityType.PERSON));
        ms.addAll(all(a, "سالم العمر", EntityType.PERSON));
        ms.addAll(all(a, "أبو ريم", EntityType.PERSON));
        List<Entity> es = resolver.resolve(List.of(a), ms);
        assertEquals(2, es.size(), es.toString());
        assertEquals(holding(es, "وليد الحسن"), holding(es, "أبو هادي"));
        assertEquals(holding(es, "سالم العمر"), holding(es, "أبو ريم"));
    }

    @Test
    void inReferenceToJoinsAQuotedNickname() {
        Article a = article("a1", "هاجم المتظاهرون \"الجنرال\"، في إشارة إلى هشام البدري، ورددوا شعارات.");
        List<Entity> es = resolver.resolve(List.of(a), all(a, "هشام البدري", EntityType.PERSON));
        Entity e = holding(es, "هشام البدري");
        assertTrue(e.aliases().contains("الجنرال"), e.toString());
        check(List.of(a), es);
    }

    @Test
    void inReferenceToWithAttachedLamJoinsTwoMarkedNames() {
        Article a = article("a1", "وهاجم في كلمته \"زعيم العصابة\"، في إشارة للوزير كريم الهاشمي، ثم غادر.");
        List<Mention> ms = new ArrayList<>(all(a, "زعيم العصابة", EntityType.PERSON));
        ms.addAll(all(a, "وزير كريم الهاشمي", EntityType.PERSON)); // starts inside للوزير
        List<Entity> es = resolver.resolve(List.of(a), ms);
        assertEquals(1, es.size(), es.toString());
        assertEquals("كريم الهاشمي", es.get(0).name());
        assertTrue(es.get(0).descriptions().contains("وزير"), es.toString());
    }

    @Test
    void surnameAloneJoinsTheOnlyFullName() {
        Article a = article("a1", "قال كمال الشيخلي إن الطريق مغلق. وأضاف الشيخلي أن السكان غادروا.");
        Article b = article("b1", "وبحسب الشيخلي فإن الطريق مغلق منذ يومين.");
        List<Mention> ms = new ArrayList<>(all(a, "كمال الشيخلي", EntityType.PERSON));
        ms.add(new Mention("a1", new Span(a.text().lastIndexOf("الشيخلي"), a.text().lastIndexOf("الشيخلي") + 7), "الشيخلي",
                EntityType.PERSON, "PERS", 1));
        ms.addAll(all(b, "الشيخلي", EntityType.PERSON));
        List<Entity> es = resolver.resolve(List.of(a, b), ms);
        assertEquals(1, es.size(), es.toString());
        assertEquals("كمال الشيخلي", es.get(0).name());
        assertEquals(3, es.get(0).mentions().size());
    }

    @Test
    void ambiguousShortFormStaysApart() {
        Article a = article("a1", "التقى محمد العلي ومحمد الحسن، ثم غادر محمد القاعة.");
        List<Mention> ms = new ArrayList<>();
        ms.addAll(all(a, "محمد العلي", EntityType.PERSON));
        ms.add(new Mention("a1", new Span(a.text().indexOf("محمد الحسن"), a.text().indexOf("محمد الحسن") + 10), "محمد الحسن",
                EntityType.PERSON, "PERS", 1));
        int solo = a.text().indexOf("محمد القاعة");
        ms.add(new Mention("a1", new Span(solo, solo + 4), "محمد", EntityType.PERSON, "PERS", 1));
        List<Entity> es = resolver.resolve(List.of(a), ms);
        assertEquals(3, es.size(), es.toString());
        assertNotEquals(holding(es, "محمد العلي"), holding(es, "محمد الحسن"));
    }

    @Test
    void spellingVariantWithADroppedYaJoins() {
        Article a = article("a1", "أعلن عادل السعيدي انسحابه من السباق.");
        Article b = article("b1", "ونفى عادل السعدي أي انسحاب.");
        List<Mention> ms = new ArrayList<>(all(a, "عادل السعيدي", EntityType.PERSON));
        ms.addAll(all(b, "عادل السعدي", EntityType.PERSON));
        List<Entity> es = resolver.resolve(List.of(a, b), ms);
        assertEquals(1, es.size(), es.toString());
        assertEquals(List.of("عادل السعيدي", "عادل السعدي"), es.get(0).aliases());
    }

    @Test
    void differentGivenNamesNeverJoin() {
        Article a = article("a1", "وصل محمد علي ثم محمد حسن ثم أحمد السالم ثم حمد السالم.");
        List<Mention> ms = new ArrayList<>();
        for (String n : List.of("محمد علي", "محمد حسن", "أحمد السالم", "حمد السالم")) {
            int i = a.text().lastIndexOf(n);
            ms.add(new Mention("a1", new Span(i, i + n.length()), n, EntityType.PERSON, "PERS", 1));
        }
        List<Entity> es = resolver.resolve(List.of(a), ms);
        assertEquals(4, es.size(), es.toString());
        assertEquals(List.of("e1", "e2", "e3", "e4"), es.stream().map(Entity::id).toList());
    }

    @Test
    void foldedSpellingsAndCliticsJoin() {
        Article a = article("a1", "دخلت القوات إلى مدينة الرُّصافة. وفي الرصافه انقطعت الكهرباء، ووصل وفد إلى والرصافة.");
        List<Mention> ms = new ArrayList<>();
        ms.addAll(all(a, "الرُّصافة", EntityType.LOCATION));
        ms.addAll(all(a, "الرصافه", EntityType.LOCATION));
        ms.addAll(all(a, "والرصافة", EntityType.LOCATION));
        List<Entity> es = resolver.resolve(List.of(a), ms);
        assertEquals(1, es.size(), es.toString());
        assertTrue(es.get(0).mentions().stream().noneMatch(m -> m.text().startsWith("و")), es.toString());
        check(List.of(a), es);
    }

    @Test
    void titlesAndRolesBecomeDescriptions() {
        Article a = article("a1", "أكد العميد ماهر الداوود، قائد شرطة بلدة السنديان، أن الوضع هادئ.");
        List<Entity> es = resolver.resolve(List.of(a), all(a, "العميد ماهر الداوود", EntityType.PERSON));
        Entity e = es.get(0);
        assertEquals("ماهر الداوود", e.name());
        assertEquals("ماهر الداوود", e.mentions().get(0).text());
        assertTrue(e.descriptions().contains("العميد"), e.toString());
        assertTrue(e.descriptions().contains("قائد شرطة بلدة السنديان"), e.toString());
        check(List.of(a), es);
    }

    @Test
    void roleBeforeTheNameBecomesADescription() {
        Article a = article("a1", "وقال مدير مستشفى الوادي، الدكتور زياد النمر، إن الجرحى ثلاثة.");
        List<Entity> es = resolver.resolve(List.of(a), all(a, "زياد النمر", EntityType.PERSON));
        assertTrue(es.get(0).descriptions().contains("الدكتور"), es.toString());
        assertTrue(es.get(0).descriptions().contains("مدير مستشفى الوادي"), es.toString());
    }

    @Test
    void unitHeadVariantsJoin() {
        Article a = article("a1", "اشتبكت كتيبة الرعد الجبلية مع الشرطة. وقالت الكتيبة الجبلية إنها لن تنسحب.");
        Article b = article("b1", "وتحصنت فرقة الرعد في التلال.");
        List<Mention> ms = new ArrayList<>();
        ms.addAll(all(a, "كتيبة الرعد الجبلية", EntityType.ORGANIZATION));
        ms.addAll(all(a, "الكتيبة الجبلية", EntityType.ORGANIZATION));
        ms.addAll(all(b, "فرقة الرعد", EntityType.ORGANIZATION));
        List<Entity> es = resolver.resolve(List.of(a, b), ms);
        assertEquals(1, es.size(), es.toString());
        assertEquals("كتيبة الرعد الجبلية", es.get(0).name());
    }

    @Test
    void adjectiveAfterAQuotedUnitNameTiesTheShortUnitName() {
        Article a = article("a1", "حاصرت الشرطة مقر كتيبة \"الرعد\" الجبلية فجراً. وردت الكتيبة الجبلية بإطلاق النار.");
        List<Mention> ms = new ArrayList<>(all(a, "كتيبة \"الرعد\"", EntityType.ORGANIZATION));
        ms.addAll(all(a, "الكتيبة الجبلية", EntityType.ORGANIZATION));
        List<Entity> es = resolver.resolve(List.of(a), ms);
        assertEquals(1, es.size(), es.toString());
        assertEquals(List.of("كتيبة \"الرعد", "الكتيبة الجبلية"), es.get(0).aliases());
        check(List.of(a), es);
    }

    @Test
    void differentUnitsWithOnlyAnOrdinalStayApart() {
        Article a = article("a1", "تقدمت الفرقة الرابعة بينما انسحبت الكتيبة الرابعة.");
        List<Mention> ms = new ArrayList<>(all(a, "الفرقة الرابعة", EntityType.ORGANIZATION));
        ms.addAll(all(a, "الكتيبة الرابعة", EntityType.ORGANIZATION));
        assertEquals(2, resolver.resolve(List.of(a), ms).size());
    }

    @Test
    void capitalAndItsGovernmentStayApart() {
        Article a = article("a1", "قصفت قوات الرصافة مواقع قرب الرصافة، وقالت حكومة الرصافة إن القصف رد على هجوم.");
        List<Mention> ms = new ArrayList<>();
        ms.addAll(all(a, "قوات الرصافة", EntityType.ORGANIZATION));
        ms.addAll(all(a, "حكومة الرصافة", EntityType.ORGANIZATION));
        int loc = a.text().indexOf("قرب الرصافة") + 4;
        ms.add(new Mention("a1", new Span(loc, loc + 7), "الرصافة", EntityType.LOCATION, "LOC", 1));
        List<Entity> es = resolver.resolve(List.of(a), ms);
        Entity city = holding(es, "الرصافة");
        assertEquals(EntityType.LOCATION, city.type());
        assertEquals(1, city.mentions().size());
        assertNotEquals(holding(es, "قوات الرصافة"), holding(es, "حكومة الرصافة"));
    }

    @Test
    void idsFollowFirstAppearanceAndRunsRepeat() {
        Article a = article("a1", "التقى سامي النجار بالوزير فادي العطار في مدينة الجسر.");
        List<Mention> ms = new ArrayList<>();
        ms.addAll(all(a, "مدينة الجسر", EntityType.LOCATION));
        ms.addAll(all(a, "فادي العطار", EntityType.PERSON));
        ms.addAll(all(a, "سامي النجار", EntityType.PERSON));
        List<Entity> es = resolver.resolve(List.of(a), ms);
        assertEquals(List.of("سامي النجار", "فادي العطار", "مدينة الجسر"), es.stream().map(Entity::name).toList());
        assertEquals(List.of("e1", "e2", "e3"), es.stream().map(Entity::id).toList());
        List<Mention> reversed = new ArrayList<>(ms);
        java.util.Collections.reverse(reversed);
        assertEquals(es, resolver.resolve(List.of(a), reversed));
    }

    @Test
    void mentionOfAnUnknownArticleIsRejected() {
        Article a = article("a1", "نص قصير.");
        Mention m = new Mention("zz", new Span(0, 2), "نص", EntityType.OTHER, "MISC", 1);
        assertThrows(IllegalArgumentException.class, () -> resolver.resolve(List.of(a), List.of(m)));
    }
}
