package org.isnad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentWordsTest {
    @Test
    void stopWordsAndReportingVerbsAreDroppedAndInflectionsMeet() {
        Set<String> a = ContentWords.keys("وقال المتحدث إن الاشتباكات اندلعت في المدينة");
        Set<String> b = ContentWords.keys("اشتباك عنيف في مدينة");
        assertFalse(a.contains(MatchKey.of("قال")) || a.contains(MatchKey.of("في")) || a.contains(MatchKey.of("إن")));
        assertTrue(a.contains(MatchKey.of("اشتباك")) && b.contains(MatchKey.of("الاشتباكات")));
        assertTrue(a.contains(MatchKey.of("مدينة")) && b.contains(MatchKey.of("المدينة")));
    }

    @Test
    void repeatsAreKeptInTheListAndNumbersCount() {
        List<String> keys = ContentWords.keyList("سقط 12 قتيلا و12 جريحا، وقتيلا آخر");
        assertEquals(2, keys.stream().filter("12"::equals).count(), keys.toString());
    }

    @Test
    void diceMeasuresOverlap() {
        Set<String> a = ContentWords.keys("غمرت السيول أحياء المدينة");
        Set<String> b = ContentWords.keys("السيول تغمر أحياء المدينة الشرقية");
        Set<String> c = ContentWords.keys("فاز النادي بالبطولة");
        assertTrue(ContentWords.dice(a, b) > 0.4, String.valueOf(ContentWords.dice(a, b)));
        assertEquals(0.0, ContentWords.dice(a, c));
        assertEquals(0.0, ContentWords.dice(a, Set.of()));
        assertEquals(1.0, ContentWords.dice(a, a));
    }
}
