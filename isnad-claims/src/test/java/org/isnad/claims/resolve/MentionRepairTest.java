package org.isnad.claims.resolve;

import static org.isnad.claims.TestTexts.article;
import static org.isnad.claims.TestTexts.assertExact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.isnad.claims.TestTexts;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Span;
import org.junit.jupiter.api.Test;

/** Mention repair at punctuation and quotes, and unit names by head plus name. */
class MentionRepairTest {
    private static Mention at(Article a, String text, EntityType type) {
        int i = a.text().indexOf(text);
        assertTrue(i >= 0, "test text lacks '" + text + "'");
        return new Mention(a.id(), new Span(i, i + text.length()), text, type, type.name(), 1.0);
    }

    private static Entity holding(List<Entity> es, String alias) {
        return es.stream().filter(e -> e.aliases().contains(alias)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity with alias '" + alias + "' in " + es));
    }

    private static List<Entity> resolve(List<Article> articles, List<Mention> ms) {
        List<Entity> es = new RuleEntityResolver().resolve(articles, ms);
        es.forEach(e -> assertExact(articles, e.mentions()));
        return es;
    }

    @Test
    void mentionStopsAtTheComma() {
        Article a = article("a1", "وأفادت مصادر بأن كتيبة الصقور الفرنسية، تسير باتجاه حل نفسها.");
        List<Entity> es = resolve(List.of(a), List.of(at(a, "الصقور الفرنسية، تسير باتجاه حل", EntityType.ORGANIZATION)));
        assertEquals(1, es.size(), es.toString());
        assertEquals(List.of("الصقور الفرنسية"), es.get(0).aliases());
        assertEquals("الصقور الفرنسية", es.get(0).mentions().get(0).text());
    }

    @Test
    void mentionStartedInsideQuotesStopsAtTheClosingQuote() {
        Article a = article("a1", "وتقود كتيبة \"الصقور\" الفرنسية المواجهات في الحي.");
        List<Entity> es = resolve(List.of(a), List.of(at(a, "الصقور\" الفرنسية المواجهات", EntityType.ORGANIZATION)));
        assertEquals(List.of("الصقور"), es.get(0).aliases());
    }

    @Test
    void quotedNameInsideTheMentionIsKept() {
        Article a = article("a1", "وتقود كتيبة \"الصقور\" المواجهات في الحي.");
        List<Entity> es = resolve(List.of(a), List.of(at(a, "كتيبة \"الصقور\"", EntityType.ORGANIZATION)));
        assertEquals(List.of("كتيبة \"الصقور"), es.get(0).aliases()); // name words only, as for every mention
    }

    @Test
    void unitHeadsWithTheSameNameJoinAcrossQuotesAndAdjectives() {
        Article a1 = article("a1", "اشتبكت الشرطة مع عناصر «فرقة الصقور» في البلدة.");
        Article a2 = article("a2", "وتقود كتيبة \"الصقور\" الفرنسية المواجهات، بينما تراقب كتيبة النسور الوضع.");
        Article a3 = article("a3", "وقالت كتيبة الصقور الفرنسية في بيان إن عناصرها بخير.");
        List<Mention> ms = new ArrayList<>();
        ms.add(at(a1, "فرقة الصقور", EntityType.ORGANIZATION));
        ms.add(at(a2, "الصقور", EntityType.ORGANIZATION));
        ms.add(at(a2, "كتيبة النسور", EntityType.ORGANIZATION));
        ms.add(at(a3, "كتيبة الصقور الفرنسية", EntityType.ORGANIZATION));
        List<Entity> es = resolve(List.of(a1, a2, a3), ms);
        Entity unit = holding(es, "فرقة الصقور");
        assertTrue(unit.aliases().contains("الصقور"), unit.toString());
        assertTrue(unit.aliases().contains("كتيبة الصقور الفرنسية"), unit.toString());
        assertNotEquals(unit.id(), holding(es, "كتيبة النسور").id());
    }

    @Test
    void twoUnitsSharingTheNameLeaveTheBareNameAlone() {
        Article a1 = article("a1", "اشتبكت الشرطة مع عناصر «فرقة الصقور» في البلدة.");
        Article a2 = article("a2", "وتقاتل كتيبة الصقور الفرنسية وكتيبة الصقور الشيشانية في الجبهة نفسها.");
        List<Mention> ms = new ArrayList<>();
        ms.add(at(a1, "فرقة الصقور", EntityType.ORGANIZATION));
        ms.add(at(a2, "كتيبة الصقور الفرنسية", EntityType.ORGANIZATION));
        ms.add(at(a2, "كتيبة الصقور الشيشانية", EntityType.ORGANIZATION));
        List<Entity> es = resolve(List.of(a1, a2), ms);
        assertEquals(3, es.size(), es.toString());
    }

    @Test
    void missedOccurrencesOfAResolvedNameAreRecovered() {
        Article a1 = article("a1", "قال سليم الدواليبي إن المعبر مغلق. وأضاف الدواليبي أن الوفد وصل.");
        Article a2 = article("a2", "والتقى الوفد بالدواليبي صباحاً، ثم غادر الدواليبي المعبر. ولم يرد الدواليبيون.");
        List<Mention> ms = new ArrayList<>(TestTexts.all(a1, "سليم الدواليبي", EntityType.PERSON));
        int lone = a1.text().indexOf("الدواليبي أن");
        ms.add(new Mention("a1", new Span(lone, lone + "الدواليبي".length()), "الدواليبي", EntityType.PERSON, "PERSON", 1.0));
        List<Entity> es = resolve(List.of(a1, a2), ms);
        assertEquals(1, es.size(), es.toString());
        List<String> inA2 = es.get(0).mentions().stream().filter(m -> m.article().equals("a2")).map(m -> m.text()).toList();
        assertEquals(List.of("الدواليبي", "الدواليبي"), inA2); // بالدواليبي without the clitic; not الدواليبيون
        int clitic = a2.text().indexOf("بالدواليبي") + 1;
        assertTrue(es.get(0).mentions().stream().anyMatch(m -> m.article().equals("a2") && m.start() == clitic));
    }

    @Test
    void recoveredMentionNeverOverlapsAnotherEntity() {
        Article a1 = article("a1", "قال سليم الدواليبي إن المعبر مغلق.");
        Article a2 = article("a2", "وصل وفد مؤسسة سليم الدواليبي الخيرية إلى المعبر.");
        List<Mention> ms = new ArrayList<>(TestTexts.all(a1, "سليم الدواليبي", EntityType.PERSON));
        ms.addAll(TestTexts.all(a2, "مؤسسة سليم الدواليبي الخيرية", EntityType.ORGANIZATION));
        List<Entity> es = resolve(List.of(a1, a2), ms);
        Entity person = holding(es, "سليم الدواليبي");
        assertTrue(person.mentions().stream().allMatch(m -> m.article().equals("a1")), person.toString());
    }

    @Test
    void surnameSpelledWithoutItsLongVowelJoinsTheOnlyPersonItFits() {
        Article a1 = article("a1", "قال كريم الهاشيمي إن الطريق مفتوح.");
        Article a2 = article("a2", "وأكد الهاشمي أن الطريق مفتوح، وقالت سعاد الرفاعي إن المدارس مغلقة.");
        List<Mention> ms = new ArrayList<>(TestTexts.all(a1, "كريم الهاشيمي", EntityType.PERSON));
        ms.addAll(TestTexts.all(a2, "سعاد الرفاعي", EntityType.PERSON));
        List<Entity> es = resolve(List.of(a1, a2), ms);
        Entity karim = holding(es, "كريم الهاشيمي");
        assertTrue(karim.aliases().contains("الهاشمي"), karim.toString());
        assertTrue(karim.mentions().stream().anyMatch(m -> m.article().equals("a2") && m.text().equals("الهاشمي")));
    }

    @Test
    void spellingVariantThatFitsTwoPersonsIsNotTaken() {
        Article a1 = article("a1", "قال كريم الهاشيمي إن الطريق مفتوح، وقال ماجد الهاشامي إن الجسر مغلق.");
        Article a2 = article("a2", "وأكد الهاشمي أن الطريق مفتوح.");
        List<Mention> ms = new ArrayList<>(TestTexts.all(a1, "كريم الهاشيمي", EntityType.PERSON));
        ms.addAll(TestTexts.all(a1, "ماجد الهاشامي", EntityType.PERSON));
        List<Entity> es = resolve(List.of(a1, a2), ms);
        assertTrue(es.stream().noneMatch(e -> e.aliases().contains("الهاشمي")), es.toString());
        assertTrue(es.stream().allMatch(e -> e.mentions().stream().allMatch(m -> m.article().equals("a1"))));
    }

    @Test
    void nisbaSurnameDoesNotTakeItsPlaceName() {
        Article a1 = article("a1", "قال أبو حمزة الطاجيكستاني إن الطريق مفتوح.");
        Article a2 = article("a2", "وعاد المقاتلون إلى الطاجيكستان بعد الهدنة.");
        List<Entity> es = resolve(List.of(a1, a2), TestTexts.all(a1, "أبو حمزة الطاجيكستاني", EntityType.PERSON));
        assertEquals(List.of("أبو حمزة الطاجيكستاني"), es.get(0).aliases());
        assertEquals(1, es.get(0).mentions().size());
    }

    @Test
    void longVowelDropIsInsideTheWord() {
        assertTrue(MentionRecovery.longVowelDropped("هاشمي", "هاشيمي"));
        assertTrue(!MentionRecovery.longVowelDropped("طاجيكستان", "طاجيكستاني"));
        assertTrue(!MentionRecovery.longVowelDropped("هاشمي", "هاشمين"));
    }
}
