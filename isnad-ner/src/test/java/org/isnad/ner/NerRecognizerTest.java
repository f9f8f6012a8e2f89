package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped model: loading, provenance, exact spans, save/load round trip. */
class NerRecognizerTest {
    private static NerRecognizer recognizer;

    private static final String TEXT = "وصل وزير الخارجية الأمريكي إلى القاهرة أمس ،  والتقى الرئيس المصري في قصر الاتحادية.\n"
        + "وقال المتحدث باسم الأمم المتحدة إن المنظمة ستعقد اجتماعا في جنيف الأسبوع المقبل (بحضور ممثلي روسيا والصين).";

    @BeforeAll
    static void load() {
        recognizer = NerRecognizer.fromClasspath();
    }

    private static Article article(String text) {
        return new Article("t1", "test", null, "عنوان", null, "ar", text, List.of());
    }

    @Test
    void provenanceRecordsDataSeedAndFeatures() {
        String p = recognizer.provenance();
        assertTrue(p.contains("anercorp/train.txt"), p);
        assertTrue(p.contains("seed="), p);
        assertTrue(p.contains("clusters="), p);
        assertTrue(p.contains("isnad-ner"), p);
    }

    @Test
    void spansAreExactAndPlacesFound() {
        List<Mention> ms = recognizer.recognize(article(TEXT));
        assertFalse(ms.isEmpty());
        for (Mention m : ms) {
            assertEquals(m.text(), TEXT.substring(m.span().start(), m.span().end()));
            assertEquals(m.text().strip(), m.text());
        }
        List<String> places = ms.stream().filter(m -> m.type() == EntityType.LOCATION).map(Mention::text).toList();
        assertTrue(places.contains("القاهرة"), places.toString());
        assertTrue(places.contains("جنيف"), places.toString());
    }

    @Test
    void emptyAndPunctuationOnlyTexts() {
        assertEquals(List.of(), recognizer.recognize(article("")));
        assertEquals(List.of(), recognizer.recognize(article(" . ، ! ")));
    }

    @Test
    void labelsMapToEntityTypes() {
        assertEquals(EntityType.PERSON, NerRecognizer.typeOf("PERS"));
        assertEquals(EntityType.ORGANIZATION, NerRecognizer.typeOf("ORG"));
        assertEquals(EntityType.LOCATION, NerRecognizer.typeOf("LOC"));
        assertEquals(EntityType.GROUP, NerRecognizer.typeOf("GROUP"));
        assertEquals(EntityType.OTHER, NerRecognizer.typeOf("MISC"));
    }

    @Test
    void saveAndLoadGiveIdenticalPredictions() throws IOException {
        NerModel model = recognizer.model();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.save(bytes);
        NerModel copy = NerModel.load(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(model.provenance(), copy.provenance());
        assertEquals(model.featureCount(), copy.featureCount());
        List<String[]> sentences = List.of(
            "وصل وزير الخارجية الأمريكي إلى القاهرة أمس".split(" "),
            "وقال المتحدث باسم الأمم المتحدة إن المنظمة ستعقد اجتماعا في جنيف".split(" "),
            "التقى محمد بن سلمان بالرئيس الفرنسي إيمانويل ماكرون في باريس".split(" "));
        List<String[]> a = model.tagDocument(sentences, 50);
        List<String[]> b = copy.tagDocument(sentences, 50);
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i));
        }
        assertEquals(recognizer.recognize(article(TEXT)), new NerRecognizer(copy, true).recognize(article(TEXT)));
    }
}
