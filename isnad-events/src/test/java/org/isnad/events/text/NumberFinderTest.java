package org.isnad.events.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumberFinderTest {
    private static List<NumberFinder.Hit> find(String text) {
        List<Word> w = Words.of(text);
        return NumberFinder.find(text, w, 0, w.size());
    }

    @Test
    void digitsWordsScalesAndHedges() {
        NumberFinder.Hit h = find("يصل عددهم إلى نحو 10 آلاف").get(0);
        assertEquals(10000, h.value());
        assertTrue(h.approximate());
        assertEquals(2, find("اعتقال اثنين من المطلوبين").get(0).value());
        assertFalse(find("مقتل ١٢ شخصا").get(0).approximate());
        assertEquals(12, find("مقتل ١٢ شخصا").get(0).value());
        NumberFinder.Hit tens = find("أصيب عشرات المدنيين").get(0);
        assertEquals(10, tens.value());
        assertTrue(tens.approximate());
        assertEquals(2500, find("نزوح 2.5 ألف عائلة").get(0).value());
    }

    @Test
    void yearsUnitsAndPercentagesAreNotCounts() {
        assertTrue(find("منذ عام 2013").isEmpty());
        assertTrue(find("عناصر الفرقة 25 المدرعة").isEmpty());
        assertTrue(find("ارتفعت الأسعار 15% خلال الشهر").isEmpty());
        assertTrue(find("قتل وعمره ثلاث سنوات").isEmpty(), "an age");
        assertTrue(find("بعد توقيف استمر ستة أشهر").isEmpty(), "a duration");
    }
}
