package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Several perceptron runs per pass, averaged: learns the data and is reproducible from the seed. */
class PerceptronRunsTest {
    private static final Gazetteer EMPTY = new Gazetteer(Map.of(), List.of());
    private static final String[] CITIES = {"دمشق", "القاهرة", "بغداد", "عمان", "بيروت", "الرباط"};
    private static final String[] PEOPLE = {"محمد", "أحمد", "خالد", "سمير", "يوسف", "كريم"};

    private static List<TaggedSentence> data() {
        List<TaggedSentence> out = new ArrayList<>();
        for (String c : CITIES) {
            for (String p : PEOPLE) {
                out.add(new TaggedSentence(List.of("وصل", p, "إلى", c, "أمس"), List.of("O", "B-PERS", "O", "B-LOC", "O")));
            }
        }
        return out;
    }

    private static NerModel train(int runs) {
        FeatureConfig fc = new FeatureConfig(false, false, true, true, false, false, false);
        return new NerTrainer(new NerTrainer.Settings(4, 13, 1, fc, 0f, 0, runs), WordClusters.NONE, EMPTY)
            .train(data(), List.of(), "test");
    }

    @Test
    void averagedRunsTagTrainingPatternAndAreReproducible() {
        String[] sentence = {"وصل", "خالد", "إلى", "بيروت", "أمس"};
        String[] expected = {"O", "B-PERS", "O", "B-LOC", "O"};
        assertArrayEquals(expected, train(3).tag(sentence));
        assertArrayEquals(train(3).tag(new String[] {"وصل", "سمير", "إلى", "دمشق"}),
            train(3).tag(new String[] {"وصل", "سمير", "إلى", "دمشق"}));
        assertArrayEquals(expected, train(1).tag(sentence));
    }
}
