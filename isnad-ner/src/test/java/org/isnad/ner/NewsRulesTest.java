package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.core.model.Token;
import org.junit.jupiter.api.Test;

/** The rules for names as news text writes them, on invented Arabic sentences and names. */
class NewsRulesTest {
    private final NerRules rules = new NerRules(gazetteer(), WordClusters.NONE);

    private static Gazetteer gazetteer() {
        Map<String, Integer> phrases = new TreeMap<>();
        phrases.put(Gazetteer.foldPhrase("نوراتا"), Gazetteer.ORG);
        phrases.put(Gazetteer.foldPhrase("زمردان"), Gazetteer.PERS);
        return new Gazetteer(phrases, List.of());
    }

    private List<String> chunks(String text) {
        String[] toks = new NerTokenizer().tokenize(text).stream().map(Token::text).toArray(String[]::new);
        String[] tags = new String[toks.length];
        Arrays.fill(tags, "O");
        rules.apply(toks, tags);
        return ChunkScorer.chunks(List.of(tags)).stream()
            .map(c -> c.type() + ":" + String.join(" ", Arrays.asList(toks).subList(c.start(), c.end())))
            .toList();
    }

    @Test
    void institutionHeadsInConstructStateNameTheDefiniteWordsAfterThem() {
        assertEquals(List.of("ORG:وزارة الزراعة"), chunks("أعلنت وزارة الزراعة خطة جديدة"));
        assertEquals(List.of("ORG:مجلس الشورى الزمرداني"), chunks("وافق مجلس الشورى الزمرداني على القانون"));
        assertEquals(List.of("ORG:حزب النهضة والعمل"), chunks("فاز حزب النهضة والعمل بالانتخابات"));
        assertEquals(List.of("ORG:الحرس الوطني"), chunks("انتشر الحرس الوطني في الشوارع"));
        // a head alone, or a definite head with a plain noun after it, names nothing
        assertEquals(List.of(), chunks("وصلت قوات إلى المنطقة"));
        assertEquals(List.of("ORG:محكمة الجنايات"), chunks("قضت محكمة الجنايات السبت بالسجن"));
        assertEquals(List.of(), chunks("قال الحرس إن الوضع هادئ"));
    }

    @Test
    void aChunkRunIntoAReportingWordOrAGluedPrepositionEndsBeforeIt() {
        String[] toks = {"وقال", "سامر", "الكردي", "قوله", "إن"};
        String[] tags = {"O", "B-PERS", "I-PERS", "I-PERS", "O"};
        assertArrayEquals(new String[] {"O", "B-PERS", "I-PERS", "O", "O"}, rules.apply(toks, tags));
        String[] toks2 = {"وقال", "سامر", "الكردي", "لنوراتا", "إن"};
        String[] tags2 = {"O", "B-PERS", "I-PERS", "I-PERS", "O"};
        assertArrayEquals(new String[] {"O", "B-PERS", "I-PERS", "O", "O"}, rules.apply(toks2, tags2));
        // inside a chunk, or after a letter's name, the same words spell a transliterated acronym
        String[] toks3 = {"قناة", "سي", "إن", "إن"};
        String[] tags3 = {"O", "B-ORG", "I-ORG", "I-ORG"};
        assertArrayEquals(tags3.clone(), rules.apply(toks3, tags3.clone()));
        String[] toks4 = {"شبكة", "بي", "إن", "سبورت"};
        String[] tags4 = {"O", "B-ORG", "I-ORG", "I-ORG"};
        assertArrayEquals(tags4.clone(), rules.apply(toks4, tags4.clone()));
    }

    @Test
    void monthNamesAndPredicatesAfterPronounsAreNoNames() {
        String[] toks = {"في", "نيسان", "الماضي", "قال", "أنا", "سعيد", "بذلك"};
        String[] tags = {"O", "B-ORG", "O", "O", "O", "B-PERS", "O"};
        assertArrayEquals(new String[] {"O", "O", "O", "O", "O", "O", "O"}, rules.apply(toks, tags));
        // a longer chunk holding a month is left alone (a movement named after a date)
        String[] toks2 = {"تحالف", "آذار"};
        String[] tags2 = {"B-ORG", "I-ORG"};
        assertArrayEquals(new String[] {"B-ORG", "I-ORG"}, rules.apply(toks2, tags2.clone()));
    }

    @Test
    void aPrepositionGluedToAKnownNameIsLeftOutOfTheMention() {
        assertEquals(1, rules.nameProcliticLength("بنوراتا", "ORG"));
        assertEquals(2, rules.nameProcliticLength("وبزمردان", "PERS"));
        assertEquals(0, rules.nameProcliticLength("بنوراتا", "PERS")); // the gazetteer knows it as another type
        assertEquals(0, rules.nameProcliticLength("نوراتا", "ORG"));
        assertEquals(1, NerRules.headProcliticLength("لوزارة"));
        assertEquals(2, NerRules.headProcliticLength("وبوزارة"));
        assertEquals(0, NerRules.headProcliticLength("وزارة"));
        assertEquals(0, NerRules.headProcliticLength("والدته"));
    }
}
