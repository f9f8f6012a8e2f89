package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.isnad.core.model.Token;
import org.junit.jupiter.api.Test;

/** Rules on sentences written here, with invented names; the model's tags are all O. */
class NerRulesTest {
    private final NerRules rules = new NerRules(gazetteer(), WordClusters.NONE);

    private static Gazetteer gazetteer() {
        Map<String, Integer> phrases = new TreeMap<>();
        phrases.put(Gazetteer.foldPhrase("فرنسا"), Gazetteer.LOC);
        phrases.put(Gazetteer.foldPhrase("أوزبكستان"), Gazetteer.LOC);
        return new Gazetteer(phrases, List.of(Gazetteer.foldPhrase("فرنسا"), Gazetteer.foldPhrase("أوزبكستان"),
            Gazetteer.foldPhrase("العراق")));
    }

    /** The chunks the rules find in {@code text}, as "TYPE:words". */
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
    void kunyaWithNisba() {
        assertEquals(List.of("PERS:أبو سلمان الكازاخي"), chunks("قتل أبو سلمان الكازاخي في المعارك"));
        assertEquals(List.of("PERS:وأبو طلحة"), chunks("وصل وأبو طلحة معه"));
    }

    @Test
    void organizationHeads() {
        assertEquals(List.of("ORG:كتيبة النسور الزرق"), chunks("أعلنت كتيبة النسور الزرق مسؤوليتها"));
        assertEquals(List.of("ORG:هيئة زمردان"), chunks("وقالت هيئة زمردان في بيان"));
        assertEquals(List.of("ORG:المرصد الزمرداني لحقوق الإنسان"), chunks("قال المرصد الزمرداني لحقوق الإنسان إن"));
        // a common noun after a non-armed head is no name
        assertEquals(List.of(), chunks("وقالت هيئة في بيان"));
    }

    @Test
    void nationalityPluralsAsPeopleAreGroups() {
        assertEquals(List.of("GROUP:الأوزبك"), chunks("وصل الأوزبك إلى المدينة"));
        assertEquals(List.of("GROUP:الفرنسيين"), chunks("قالت إن الفرنسيين غادروا"));
        assertEquals(List.of("GROUP:العراقيون"), chunks("يحتفل العراقيون بالعيد"));
        assertEquals(List.of("GROUP:المهاجرون"), chunks("وصل المهاجرون أمس"));
        // an adjective after a definite noun is not a people
        assertEquals(List.of(), chunks("غادر الجنود الفرنسيين"));
        // a singular nisba is not a group
        assertEquals(List.of(), chunks("قال الوزير الفرنسي"));
    }

    @Test
    void rulesNeverOverrideModelTags() {
        String[] toks = {"قال", "أبو", "زهران", "أمس"};
        String[] tags = {"O", "O", "B-LOC", "O"};
        rules.apply(toks, tags);
        assertEquals(List.of("O", "O", "B-LOC", "O"), List.of(tags));
    }
}
