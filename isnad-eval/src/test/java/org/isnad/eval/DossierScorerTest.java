package org.isnad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invented two-outlet report of one bombing; the gold is written as the annotators write it. */
class DossierScorerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String T1 = "أعلنت وزارة الصحة في مدينة الزهراء أن 16 شخصا أصيبوا في انفجار سيارة مفخخة صباح الأحد. "
            + "وقال المتحدث باسم الشرطة سامر الخطيب إن التحقيقات جارية لمعرفة المسؤولين عن الهجوم.\n"
            + "وتقع المدينة على الطريق الساحلي وتضم عددا من الأسواق الشعبية القديمة. "
            + "وشهدت المنطقة خلال العام الماضي موجة من الاحتجاجات على تردي الخدمات. "
            + "وأغلقت السلطات المحلية الطرق المؤدية إلى موقع الانفجار لساعات.";
    static final String T2 = "أصيب 15 شخصا في انفجار سيارة مفخخة في مدينة الزهراء صباح الأحد، بحسب مصادر طبية. "
            + "ونفى الخطيب وجود قتلى بين المصابين. وقالت ليلى الخطيب إن السوق كان مزدحما.\n"
            + "وتشهد المدينة منذ أشهر توترا أمنيا متصاعدا بين الفصائل المحلية. "
            + "وكانت الحكومة قد وعدت بتعزيز الإجراءات الأمنية في الأسواق والمرافق العامة.";

    static final String GOLD = """
            {"gold": "analysis", "split": "dev", "window": {"from": "2018-06-10", "to": "2018-06-12"},
             "annotation": {"by": "test"},
             "stories": [{"id": "A01", "label": "bombing", "articles": ["T-1", "T-2"],
               "entities": [{"type": "PERSON", "forms": ["سامر الخطيب", "الخطيب"]},
                            {"type": "PERSON", "forms": ["ليلى الخطيب"]},
                            {"type": "LOCATION", "forms": ["الزهراء"]},
                            {"type": "ORGANIZATION", "forms": ["وزارة الصحة"]}],
               "claims": [{"article": "T-1", "speaker": "وزارة الصحة", "cue": "أعلنت", "stance": "ASSERTS", "content": "16 شخصا أصيبوا في انفجار"},
                          {"article": "T-1", "speaker": "المتحدث باسم الشرطة سامر الخطيب", "cue": "قال", "stance": "ASSERTS", "content": "التحقيقات جارية لمعرفة المسؤولين"},
                          {"article": "T-2", "speaker": "مصادر طبية", "cue": "بحسب", "stance": "REPORTS", "content": "أصيب 15 شخصا"},
                          {"article": "T-2", "speaker": "الخطيب", "cue": "نفى", "stance": "DENIES", "content": "وجود قتلى بين المصابين"}],
               "events": [{"id": "e1", "type": "ATTACK", "actors": [], "targets": [], "place": "الزهراء", "date": "2018-06-10",
                           "mentions": [{"article": "T-1", "trigger": "انفجار", "anchor": "أصيبوا في انفجار سيارة مفخخة",
                                         "counts": [{"kind": "INJURED", "value": 16}]},
                                        {"article": "T-2", "trigger": "انفجار", "anchor": "في انفجار سيارة مفخخة في مدينة الزهراء",
                                         "counts": [{"kind": "INJURED", "value": 15}]}]}],
               "contradictions": [{"kind": "COUNT", "event": "e1", "topic": "injured",
                                   "a": {"article": "T-1", "anchor": "16 شخصا أصيبوا"}, "b": {"article": "T-2", "anchor": "أصيب 15 شخصا"}}],
               "keyFacts": [{"text": "car bomb", "support": [{"article": "T-1", "anchor": "انفجار سيارة مفخخة صباح الأحد"},
                                                            {"article": "T-2", "anchor": "انفجار سيارة مفخخة في مدينة الزهراء"}]}]}]}
            """;

    static Gold.Analysis gold(Path dir) throws Exception {
        Path f = dir.resolve("analysis-test.json");
        Files.writeString(f, GOLD);
        return Gold.readAnalysis(f);
    }

    static ObjectNode span(String article, String text, String part) {
        int at = text.indexOf(part);
        assertTrue(at >= 0, part);
        return span(article, text, at, at + part.length());
    }

    static ObjectNode span(String article, String text, int start, int end) {
        ObjectNode s = JSON.createObjectNode();
        s.put("article", article).put("start", start).put("end", end).put("text", text.substring(start, end));
        return s;
    }

    static String text(String id) {
        return id.equals("a1") ? T1 : T2;
    }

    static ObjectNode dossierSkeleton() {
        ObjectNode d = JSON.createObjectNode();
        ArrayNode arts = d.putArray("articles");
        arts.addObject().put("id", "a1").put("source", "T-1").put("text", T1);
        arts.addObject().put("id", "a2").put("source", "T-2").put("text", T2);
        d.putArray("entities");
        d.putArray("claims");
        d.putArray("events");
        ObjectNode story = d.putArray("stories").addObject();
        story.put("id", "s1");
        story.putArray("articles").add("a1").add("a2");
        story.putArray("keyPoints");
        story.putArray("contradictions");
        return d;
    }

    static void entity(ObjectNode d, String id, String type, String... forms) {
        ObjectNode e = ((ArrayNode) d.get("entities")).addObject();
        e.put("id", id).put("type", type).put("name", forms[0]);
        ArrayNode aliases = e.putArray("aliases");
        ArrayNode mentions = e.putArray("mentions");
        for (String f : forms) {
            aliases.add(f);
            for (String a : new String[] {"a1", "a2"}) {
                int at = text(a).indexOf(f);
                if (at >= 0) {
                    mentions.add(span(a, text(a), at, at + f.length()));
                }
            }
        }
    }

    static void claim(ObjectNode d, String article, String speaker, String cue, String stance, String content) {
        ObjectNode c = ((ArrayNode) d.get("claims")).addObject();
        c.set("span", span(article, text(article), content));
        c.put("speakerText", speaker).put("cue", cue).put("stance", stance);
    }

    /** What a perfect Isnad would write. */
    static ObjectNode perfect() {
        ObjectNode d = dossierSkeleton();
        entity(d, "p1", "PERSON", "سامر الخطيب", "الخطيب");
        entity(d, "p2", "PERSON", "ليلى الخطيب");
        entity(d, "l1", "LOCATION", "الزهراء");
        entity(d, "o1", "ORGANIZATION", "وزارة الصحة");
        claim(d, "a1", "وزارة الصحة", "أعلنت", "ASSERTS", "أن 16 شخصا أصيبوا في انفجار سيارة مفخخة صباح الأحد");
        claim(d, "a1", "المتحدث باسم الشرطة سامر الخطيب", "وقال", "ASSERTS", "التحقيقات جارية لمعرفة المسؤولين عن الهجوم");
        claim(d, "a2", "مصادر طبية", "بحسب", "REPORTS", "أصيب 15 شخصا في انفجار سيارة مفخخة في مدينة الزهراء صباح الأحد");
        claim(d, "a2", "الخطيب", "ونفى", "DENIES", "وجود قتلى بين المصابين");
        ObjectNode e = ((ArrayNode) d.get("events")).addObject();
        e.put("id", "ev1").put("type", "ATTACK").put("location", "l1");
        e.putArray("actors");
        e.putObject("date").put("value", "2018-06-10").put("precision", "day");
        e.putArray("counts").addObject().put("kind", "INJURED").put("value", 16);
        e.putArray("mentions").add(span("a1", T1, "انفجار")).add(span("a2", T2, "انفجار"));
        ObjectNode story = (ObjectNode) d.get("stories").get(0);
        ObjectNode c = ((ArrayNode) story.get("contradictions")).addObject();
        c.put("kind", "COUNT").put("topic", "INJURED");
        c.putArray("sides").add(span("a1", T1, "16 شخصا")).add(span("a2", T2, "15 شخصا"));
        ObjectNode kp = ((ArrayNode) story.get("keyPoints")).addObject();
        kp.put("text", "16 شخصا أصيبوا في انفجار سيارة مفخخة صباح الأحد");
        kp.putArray("sources").add("a1").add("a2");
        return d;
    }

    @Test
    void aPerfectDossierScoresOneEverywhere(@TempDir Path dir) throws Exception {
        DossierScorer.Result r = DossierScorer.score(perfect(), gold(dir));
        assertEquals(1.0, r.claimCueP(), 1e-9, r.report().toString());
        assertEquals(1.0, r.claimCueR(), 1e-9, r.report().toString());
        assertEquals(1.0, r.speakerAcc(), 1e-9);
        assertEquals(1.0, r.stanceAcc(), 1e-9);
        assertEquals(1.0, r.eventP(), 1e-9);
        assertEquals(1.0, r.eventR(), 1e-9);
        assertEquals(1.0, r.placeAcc(), 1e-9);
        assertEquals(1.0, r.dateAcc(), 1e-9);
        assertEquals(1.0, r.countAcc(), 1e-9);
        assertEquals(1.0, r.contradictionP(), 1e-9);
        assertEquals(1.0, r.contradictionR(), 1e-9);
        assertEquals(1.0, r.aliasR(), 1e-9);
        assertEquals(0, r.falseMerges());
        assertEquals(1.0, r.realNameShare(), 1e-9);
        assertEquals(1.0, r.keyPointSupportP(), 1e-9, r.report().toString());
        assertTrue(r.summary("G").startsWith("dossier eval: claims P 1.00 R 1.00 | events P 1.00 R 1.00 | contradictions P 1.00 R 1.00"), r.summary("G"));
    }

    @Test
    void mergingTwoPeopleIsAFalseMergeAndWrongFindingsLowerPrecision(@TempDir Path dir) throws Exception {
        ObjectNode d = perfect();
        ((ArrayNode) d.get("entities")).removeAll();
        entity(d, "p1", "PERSON", "سامر الخطيب", "الخطيب", "ليلى الخطيب");
        entity(d, "x1", "ORGANIZATION", "السوق");
        claim(d, "a2", "ليلى الخطيب", "قالت", "ASSERTS", "السوق كان مزدحما");
        ObjectNode wrong = ((ArrayNode) d.get("events")).addObject();
        wrong.put("id", "ev2").put("type", "KILLING");
        wrong.putArray("counts").addObject().put("kind", "KILLED").put("value", 0).put("approximate", true);
        wrong.putArray("mentions").add(span("a2", T2, "قتلى"));
        DossierScorer.Result r = DossierScorer.score(d, gold(dir));
        assertEquals(1, r.falseMerges());
        assertEquals(1, r.falsePersonMerges());
        assertEquals(0.5, r.realNameShare(), 1e-9);
        assertEquals(4 / 5.0, r.claimCueP(), 1e-9);
        assertEquals(2 / 3.0, r.eventP(), 1e-9);
        assertEquals(1.0, r.eventR(), 1e-9);
    }

    @Test
    void degenerateDossiersScoreNearZero(@TempDir Path dir) throws Exception {
        ObjectNode d = dossierSkeleton();
        for (String a : new String[] {"a1", "a2"}) {
            ObjectNode c = ((ArrayNode) d.get("claims")).addObject();
            c.set("span", span(a, text(a), 0, text(a).length()));
            c.put("speakerText", "").put("cue", "قال").put("stance", "ASSERTS");
            ObjectNode e = ((ArrayNode) d.get("events")).addObject();
            e.put("id", "ev" + a).put("type", "ATTACK");
            e.putArray("mentions").add(span(a, text(a), 0, text(a).length()));
            ObjectNode kp = ((ArrayNode) d.get("stories").get(0).get("keyPoints")).addObject();
            kp.put("text", "وقالت ليلى الخطيب إن السوق كان مزدحما.");
            kp.putArray("sources").add("a1").add("a2");
        }
        ObjectNode c = ((ArrayNode) d.get("stories").get(0).get("contradictions")).addObject();
        c.put("kind", "PLACE").put("topic", "place");
        c.putArray("sides").add(span("a1", T1, "مدينة الزهراء")).add(span("a2", T2, "ليلى الخطيب"));
        DossierScorer.Result r = DossierScorer.score(d, gold(dir));
        assertEquals(0.0, r.claimP(), 1e-9, "a claim spanning a whole article matches nothing");
        assertEquals(0.0, r.claimR(), 1e-9);
        assertEquals(0.0, r.eventP(), 1e-9);
        assertEquals(0.0, r.contradictionP(), 1e-9);
        assertTrue(r.keyPointSupportP() <= 0.5, "only the article that holds the sentence states it");
    }

    @Test
    void speakersMatchAsWrittenOrByTheirName() {
        assertTrue(DossierScorer.speakerRight("الخطيب", "سامر الخطيب"));
        assertTrue(DossierScorer.speakerRight("وزارة الصحة الفلسطينية", "وزارة الصحة"));
        assertTrue(DossierScorer.speakerRight(null, null));
        assertTrue(!DossierScorer.speakerRight("الخطيب", "مصادر طبية"));
        assertTrue(!DossierScorer.speakerRight("الخطيب", null));
    }

}
