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
    void titleBeforeName() {
        assertEquals(List.of("PERS:زهران القصيبي"), chunks("وقال العميد زهران القصيبي إن الهجوم فشل"));
        assertEquals(List.of("PERS:مرهف"), chunks("أعلن القيادي مرهف في بيان"));
        // a title followed by an adjective is not a name
        assertEquals(List.of(), chunks("وصل الرئيس الجديد إلى المطار"));
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
    void unitHeadsNameWithAnyDefiniteWordEvenOverTheModel() {
        assertEquals(List.of("ORG:كتيبة الشهداء"), chunks("استهدفت الحملة معقل كتيبة الشهداء في الجبل"));
        assertEquals(List.of("ORG:لـكتيبة الشهداء"), chunks("المعقل الرئيسي لـكتيبة الشهداء"));
        assertEquals(List.of("ORG:فرقة الصقور"), chunks("تقدمت «فرقة الصقور» نحو التلال"));
        // a quoted name is tagged alone, whether or not the outlet closed the quote
        assertEquals(List.of("ORG:الرعد"), chunks("وانسحبت كتيبة \"الرعد\" من الموقع"));
        assertEquals(List.of("ORG:الرعد"), chunks("وانسحبت كتيبة \"الرعد الأولى، من الموقع"));
        // a nisba adjective after the head is not a name; the name stops before one
        assertEquals(List.of(), chunks("انسحبت الكتيبة من الموقع"));
        assertEquals(List.of("ORG:كتيبة الصقور"), chunks("قاتلت كتيبة الصقور الفرنسية هناك"));
        // the model's tag on the name word is overruled by the head
        String[] toks = {"كتيبة", "الفاروق", "انسحبت"};
        assertEquals(List.of("B-ORG", "I-ORG", "O"), Arrays.asList(rules.apply(toks, new String[] {"O", "B-PERS", "O"})));
    }

    @Test
    void campHeadsNameTheCampWithWhateverFollows() {
        assertEquals(List.of("LOC:مخيم الأرمن"), chunks("داخل ما يعرف بمخيم الأرمن شمال المدينة").stream()
            .map(c -> c.replace("بمخيم", "مخيم")).toList());
        assertEquals(List.of("LOC:مخيم اليرموك"), chunks("نحو مخيم اليرموك جنوبا"));
        assertEquals(List.of("LOC:مخيم المقاتلين الأجانب"), chunks("داخل مخيم المقاتلين الأجانب في البلدة"));
        // a definite head is a common noun: "the big camp"
        assertEquals(List.of(), chunks("انتقلوا إلى المخيم الكبير"));
    }

    @Test
    void mentionsStartAtTheHeadNotAtAGluedClitic() {
        assertEquals(0, NerRules.headProcliticLength("كتيبة"));
        assertEquals(1, NerRules.headProcliticLength("وكتيبة"));
        assertEquals(2, NerRules.headProcliticLength("لـكتيبة"));
        assertEquals(2, NerRules.headProcliticLength("وبمخيم"));
        assertEquals(0, NerRules.headProcliticLength("والدته"));
    }

    @Test
    void placeHeadsTagTheNameOnly() {
        assertEquals(List.of("LOC:تلمزار"), chunks("سقطت قذيفة على بلدة تلمزار صباحا"));
        assertEquals(List.of("LOC:كفرسلوان"), chunks("في ريف كفرسلوان"));
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
        String[] toks = {"قال", "العميد", "زهران", "أمس"};
        String[] tags = {"O", "O", "B-LOC", "O"};
        rules.apply(toks, tags);
        assertEquals(List.of("O", "O", "B-LOC", "O"), List.of(tags));
    }
}
