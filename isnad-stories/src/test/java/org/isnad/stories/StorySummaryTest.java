package org.isnad.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.isnad.core.model.Article;
import org.junit.jupiter.api.Test;

/** The norms a story keeps for scoring candidates follow every change of its centroids. */
class StorySummaryTest {
    private static final TermVectors VECTORS = new TermVectors(DocumentFrequencies.bundled());

    private static StoryDoc doc(int i, String title, String text) {
        Article a = new Article("a" + i, "s" + i, "منفذ " + i, title, null, "ar", text, List.of());
        return StoryDoc.of(i, a, List.of(), VECTORS);
    }

    @Test
    void cachedNormsEqualTheNormsOfTheCentroidsAfterEachAddAndAbsorb() {
        StoryDoc d1 = doc(1, "سيول تغمر أحياء الوادي الأخضر", "غمرت السيول أحياء مدينة الوادي الأخضر بعد أمطار غزيرة وأجلت فرق الدفاع المدني مئتي عائلة.");
        StoryDoc d2 = doc(2, "إجلاء عائلات بعد السيول", "أجلت فرق الإنقاذ عائلات من المنازل المتضررة بعد أن غمرت السيول الطرق الرئيسية في المدينة.");
        StoryDoc d3 = doc(3, "الأرصاد تحذر من أمطار جديدة", "حذرت هيئة الأرصاد الجوية من استمرار هطول الأمطار خلال اليومين المقبلين في المناطق الجبلية.");
        StorySummary s = new StorySummary("S1", "L1");
        for (StoryDoc d : List.of(d1, d2)) {
            s.add(d);
            assertNorms(s, d3);
        }
        StorySummary other = new StorySummary("S2", "L2");
        other.add(d3);
        assertNorms(other, d1);
        s.absorb(other);
        assertNorms(s, d3);
    }

    private static void assertNorms(StorySummary s, StoryDoc probe) {
        assertEquals(PairFeatures.norm(s.centroid), s.centroidNorm());
        assertEquals(PairFeatures.norm(s.titleCentroid), s.titleNorm());
        assertEquals(PairFeatures.norm(s.leadCentroid), s.leadNorm());
        assertEquals(PairFeatures.cosine(probe.vector(), s.centroid), PairFeatures.cosine(probe.vector(), s.centroid, s.centroidNorm()));
    }
}
