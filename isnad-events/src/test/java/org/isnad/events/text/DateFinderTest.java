package org.isnad.events.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.isnad.core.model.DateValue;
import org.junit.jupiter.api.Test;

class DateFinderTest {
    private static final LocalDate SUNDAY = LocalDate.of(2024, 3, 10);

    private static List<DateFinder.Hit> find(String text, LocalDate anchor) {
        List<Word> w = Words.of(text);
        List<DateFinder.Hit> hits = DateFinder.find(text, w, 0, w.size(), anchor);
        hits.forEach(h -> assertEquals(h.value().text(), text.substring(h.start(), h.end())));
        return hits;
    }

    private static DateFinder.Hit one(String text, LocalDate anchor) {
        List<DateFinder.Hit> hits = find(text, anchor);
        assertEquals(1, hits.size(), hits.toString());
        return hits.get(0);
    }

    @Test
    void relativeDaysAreAnchoredOnPublication() {
        assertEquals("2024-03-09", one("اندلعت الاشتباكات الليلة الماضية في البلدة", SUNDAY).value().value());
        assertEquals("2024-03-09", one("وقعت الحادثة مساء أمس", SUNDAY).value().value());
        assertEquals("2024-03-08", one("وصل الوفد أول أمس", SUNDAY).value().value());
        assertEquals("2024-03-10", one("قصفت الطائرات القرية فجر اليوم", SUNDAY).value().value());
        DateFinder.Hit h = one("اندلعت الاشتباكات الليلة الماضية", SUNDAY);
        assertEquals("الليلة الماضية", h.value().text());
        assertEquals(DateFinder.Kind.RELATIVE, h.kind());
        assertEquals(DateValue.Precision.DAY, h.value().precision());
    }

    @Test
    void weekdaysAreTheLatestSuchDayUpToPublication() {
        assertEquals("2024-03-07", one("جرت الانتخابات يوم الخميس", SUNDAY).value().value());
        assertEquals("2024-03-03", one("بدأ الإضراب الأحد الماضي", SUNDAY).value().value());
        assertEquals(List.of(), find("التقى الاثنين في العاصمة", SUNDAY), "bare الاثنين is 'the two'");
    }

    @Test
    void sinceGivesAnApproximatePointButABareYearIsIgnored() {
        DateFinder.Hit h = one("اعتقلت الشرطة الرجلين منذ أكثر من شهرين", SUNDAY);
        assertEquals("2024-01", h.value().value());
        assertEquals(DateValue.Precision.APPROXIMATE, h.value().precision());
        assertEquals(List.of(), find("يقاتل في المنطقة منذ عام 2013", SUNDAY));
    }

    @Test
    void absoluteDates() {
        DateFinder.Hit h = one("في 5 آذار/مارس 2024 وقع الانفجار", SUNDAY);
        assertEquals("2024-03-05", h.value().value());
        assertEquals("5 آذار/مارس 2024", h.value().text());
        assertEquals("2023-12-28", one("يوم 28 ديسمبر جرت الانتخابات", LocalDate.of(2024, 1, 3)).value().value(),
                "a day-month after the anchor is last year's");
        assertEquals("2023-10", one("في تشرين الأول 2023", SUNDAY).value().value());
        assertEquals("2024-02-14", one("بتاريخ 14/2/2024 صدر القرار", SUNDAY).value().value());
        assertTrue(find("قتل 5 أشخاص", SUNDAY).isEmpty());
        assertTrue(find("اندلعت الاشتباكات الليلة الماضية", null).isEmpty(), "no anchor, no relative date");
    }
}
