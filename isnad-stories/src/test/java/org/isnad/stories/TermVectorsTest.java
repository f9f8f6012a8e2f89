package org.isnad.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.isnad.core.model.Article;
import org.junit.jupiter.api.Test;

class TermVectorsTest {
    /** Numbered vectors give every cosine bit for bit as the map lookups do (grouping depends on ties). */
    @Test
    void indexedCosinesEqualMapCosinesExactly() {
        TermVectors tv = new TermVectors(DocumentFrequencies.bundled());
        List<Map<String, Double>> v = new ArrayList<>();
        for (Article a : AverageLinkageTest.invented(120, new Random(3))) {
            v.add(tv.vector(a.title() + "\n" + a.text()));
        }
        TermVectors.Indexed indexed = new TermVectors.Indexed(v);
        double[] workA = indexed.workArray();
        double[] workB = indexed.workArray();
        for (int i = 0; i < v.size(); i++) {
            double[] row = new double[v.size()];
            indexed.cosinesAfter(i, row, workA, workB);
            for (int j = i + 1; j < v.size(); j++) {
                assertEquals(Double.doubleToLongBits(TermVectors.cosine(v.get(i), v.get(j))),
                        Double.doubleToLongBits(row[j]), "pair " + i + "," + j);
            }
        }
    }
}
