package org.isnad.events.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The choices the event stages add on top of isnad-arabic's numbers, dates and clitics. */
class EventTextChoicesTest {
    private static final LocalDate SUNDAY = LocalDate.of(2024, 3, 10);

    private static List<NumberFinder.Hit> numbers(String text) {
        List<Word> w = Words.of(text);
        return NumberFinder.find(text, w, 0, w.size());
    }

    private static List<DateFinder.Hit> dates(String text) {
        List<Word> w = Words.of(text);
        return DateFinder.find(text, w, 0, w.size(), SUNDAY);
    }

    @Test
    void vaguePluralsCountAsTheirUnitWhateverTheirSpelling() {
        assertEquals(100, numbers("ونزحت مئات العائلات").get(0).value(), "مئات folds to ميات");
        assertEquals(10_000, numbers("نزح عشرات الآلاف من السكان").get(0).value());
        assertEquals(10, numbers("طالت الاعتقالات العشرات").get(0).value());
        assertEquals(3000, numbers("قتل نحو 3 آلاف شخص").get(0).value(), "a counted multiplier is not vague");
    }

    @Test
    void aFourDigitCountIsNotAYearUnlessItIsADate() {
        List<NumberFinder.Hit> n = numbers("قتل 2000 شخص في 2013، وأصيب آخرون");
        assertEquals(1, n.size(), n.toString());
        assertEquals(2000, n.get(0).value());
        assertTrue(numbers("بعد توقيف دام عشر دقائق").isEmpty(), "دقائق is a unit once folded");
    }

    @Test
    void yearlessDayMonthIsWrittenAndYearsAloneAreDropped() {
        DateFinder.Hit h = dates("قصفت الطائرات البلدة يوم 9 مارس").get(0);
        assertEquals(DateFinder.Kind.ABSOLUTE, h.kind());
        assertEquals("2024-03-09", h.value().value());
        assertEquals("9 مارس", h.value().text());
        assertEquals("2024-03-12", dates("تبدأ المفاوضات في 12 مارس المقبل").get(0).value().value(), "a direction word keeps the future");
        assertTrue(dates("تراجع العنف العام الماضي مقارنة بعام 2022").isEmpty());
        DateFinder.Hit week = dates("تصاعد القصف الأسبوع الماضي").get(0);
        assertEquals("2024-02-26/2024-03-03", week.value().value());
    }

    @Test
    void wordsAreTokensWithoutPunctuationAndReadingsKeepTheFuturePrefix() {
        String t = "قال: «انتهت» في 2024/03/05، و١٢ قتيلاً.";
        List<Word> w = Words.of(t);
        assertEquals(List.of("قال", "انتهت", "في", "2024/03/05", "و١٢", "قتيلاً"), w.stream().map(Word::surface).toList());
        w.forEach(x -> assertEquals(x.surface(), t.substring(x.start(), x.end())));
        assertTrue(Affixes.readings("وسيقتحم").contains(new Affixes.Reading("وس", "يقتحم")));
        assertTrue(Affixes.is("فكالاشتباكات", "اشتباك"), "every proclitic reading of Clitics.candidates");
    }
}
