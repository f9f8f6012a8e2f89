package org.isnad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.isnad.core.model.DateValue.Precision;
import org.junit.jupiter.api.Test;

class ArabicDatesTest {
    /** Asserts the text holds exactly one absolute date, written as {@code written}, with that value. */
    private static void date(String text, String written, String value, Precision precision) {
        List<DateMention> all = ArabicDates.find(text);
        assertEquals(1, all.size(), () -> text + " -> " + all);
        DateMention d = all.get(0);
        assertEquals(written, d.span().of(text));
        assertEquals(written, d.date().text());
        assertEquals(value, d.date().value());
        assertEquals(precision, d.date().precision());
    }

    private static void none(String text) {
        assertEquals(List.of(), ArabicDates.find(text), text);
    }

    @Test
    void yearFirstWithSlashes() {
        date("نشر في 2025/10/22 مساء", "2025/10/22", "2025-10-22", Precision.DAY);
    }

    @Test
    void dayFirstWithSlashes() {
        date("بتاريخ 22/10/2025 أعلنت الوزارة", "22/10/2025", "2025-10-22", Precision.DAY);
    }

    @Test
    void isoDate() {
        date("تاريخ النشر: 2025-10-22.", "2025-10-22", "2025-10-22", Precision.DAY);
    }

    @Test
    void isoTimestampKeepsTimeInSpan() {
        date("published 2025-10-22T10:00:00Z by", "2025-10-22T10:00:00Z", "2025-10-22", Precision.DAY);
        date("2025-10-22T23:15+03:00", "2025-10-22T23:15+03:00", "2025-10-22", Precision.DAY);
    }

    @Test
    void arabicIndicDigitsWithSpacedSlashes() {
        date("حدث ذلك في ٢٢ / أكتوبر / ٢٠٢٥ في المدينة", "٢٢ / أكتوبر / ٢٠٢٥", "2025-10-22", Precision.DAY);
        date("٢٢/١٠/٢٠٢٥", "٢٢/١٠/٢٠٢٥", "2025-10-22", Precision.DAY);
    }

    @Test
    void weekdayJoinsTheDate() {
        date("وذلك يوم الأربعاء 22 أكتوبر 2025 في", "يوم الأربعاء 22 أكتوبر 2025", "2025-10-22", Precision.DAY);
        date("الأحد، 3 آب 2025", "الأحد، 3 آب 2025", "2025-08-03", Precision.DAY);
        date("الخميس 2025/10/23", "الخميس 2025/10/23", "2025-10-23", Precision.DAY);
        date("يوم الأربعاء الموافق ٢٢ / ١٠ / ٢٠٢٥", "يوم الأربعاء الموافق ٢٢ / ١٠ / ٢٠٢٥", "2025-10-22", Precision.DAY);
    }

    @Test
    void dateGluedToPrecedingText() {
        date("المدنالأربعاء 2025/10/22", "2025/10/22", "2025-10-22", Precision.DAY);
        date("المدن22 أكتوبر 2025", "22 أكتوبر 2025", "2025-10-22", Precision.DAY);
    }

    @Test
    void levantineMonths() {
        String[] names = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
            "تشرين الأول", "تشرين الثاني", "كانون الأول"};
        for (int m = 1; m <= 12; m++) {
            String d = "5 " + names[m - 1] + " 2024";
            date("في " + d + " وقع", d, String.format("2024-%02d-05", m), Precision.DAY);
        }
        date("22 تشرين أول 2025", "22 تشرين أول 2025", "2025-10-22", Precision.DAY);
    }

    @Test
    void egyptianAndGulfMonths() {
        String[] names = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
        for (int m = 1; m <= 12; m++) {
            String d = "9 " + names[m - 1] + " 2023";
            date(d, d, String.format("2023-%02d-09", m), Precision.DAY);
        }
        date("15 إبريل 2024", "15 إبريل 2024", "2024-04-15", Precision.DAY);
        date("3 يونيه 2024", "3 يونيه 2024", "2024-06-03", Precision.DAY);
        date("4 يوليه 2024", "4 يوليه 2024", "2024-07-04", Precision.DAY);
        date("1 اكتوبر 2024", "1 اكتوبر 2024", "2024-10-01", Precision.DAY);
    }

    @Test
    void maghrebMonths() {
        date("5 جانفي 2024", "5 جانفي 2024", "2024-01-05", Precision.DAY);
        date("5 فيفري 2024", "5 فيفري 2024", "2024-02-05", Precision.DAY);
        date("5 أفريل 2024", "5 أفريل 2024", "2024-04-05", Precision.DAY);
        date("5 ماي 2024", "5 ماي 2024", "2024-05-05", Precision.DAY);
        date("5 جوان 2024", "5 جوان 2024", "2024-06-05", Precision.DAY);
        date("5 جويلية 2024", "5 جويلية 2024", "2024-07-05", Precision.DAY);
        date("5 أوت 2024", "5 أوت 2024", "2024-08-05", Precision.DAY);
        date("5 غشت 2024", "5 غشت 2024", "2024-08-05", Precision.DAY);
    }

    @Test
    void doubleMonthNamesAndWordyForms() {
        date("22 تشرين الأول/أكتوبر 2025", "22 تشرين الأول/أكتوبر 2025", "2025-10-22", Precision.DAY);
        date("22 من شهر أكتوبر عام 2025", "22 من شهر أكتوبر عام 2025", "2025-10-22", Precision.DAY);
        date("١٥ أبريل، ٢٠٢٤", "١٥ أبريل، ٢٠٢٤", "2024-04-15", Precision.DAY);
    }

    @Test
    void diacriticsAndTatweelInsideMonthName() {
        date("22 أكـتـوبر 2025", "22 أكـتـوبر 2025", "2025-10-22", Precision.DAY);
        date("22 أُكْتُوبَر 2025", "22 أُكْتُوبَر 2025", "2025-10-22", Precision.DAY);
    }

    @Test
    void monthAndYearOnly() {
        date("في أكتوبر 2025 تصاعدت", "أكتوبر 2025", "2025-10", Precision.MONTH);
        date("خلال شهر تموز 2024", "شهر تموز 2024", "2024-07", Precision.MONTH);
    }

    @Test
    void yearWithWord() {
        date("منذ عام 2003 والمدينة", "عام 2003", "2003", Precision.YEAR);
        date("في العام 1917", "عام 1917", "1917", Precision.YEAR);
        date("تأسست عام 1994 م", "عام 1994 م", "1994", Precision.YEAR);
        date("ولد سنة 2002م في", "سنة 2002م", "2002", Precision.YEAR);
        date("ولد 2002م في", "2002م", "2002", Precision.YEAR);
        date("الحرب المستمرة منذ 2011 في", "2011", "2011", Precision.YEAR);
        date("خلال ٢٠٢٣.", "٢٠٢٣", "2023", Precision.YEAR);
        none("في 2011 حالة");
    }

    @Test
    void invalidCalendarDatesAreRejected() {
        none("30/02/2025");
        none("2025/13/01");
        none("2023-02-29");
        none("31 نيسان 2024");
        date("29/02/2024", "29/02/2024", "2024-02-29", Precision.DAY);
    }

    @Test
    void monthFirstOnlyWhenDayFirstIsImpossible() {
        date("10/22/2025", "10/22/2025", "2025-10-22", Precision.DAY);
        date("05/04/2025", "05/04/2025", "2025-04-05", Precision.DAY);
    }

    @Test
    void notDates() {
        none("قتل 22 شخصا وأصيب 2025 آخرون");
        none("النسبة 10.5 و 3.2");
        none("في سنة 1447 هـ");
        none("الساعة 10:30");
        none("");
    }

    @Test
    void findFirstAndOrder() {
        String text = "اجتمعوا في 2025/10/20 ثم في ٢٢ / أكتوبر / ٢٠٢٥.";
        Optional<DateMention> first = ArabicDates.findFirst(text);
        assertTrue(first.isPresent());
        assertEquals("2025-10-20", first.get().date().value());
        List<DateMention> all = ArabicDates.find(text);
        assertEquals(2, all.size());
        assertEquals("2025-10-22", all.get(1).date().value());
        assertTrue(ArabicDates.findFirst("لا تاريخ هنا").isEmpty());
    }

    // ---- relative ----

    private static final LocalDate ANCHOR = LocalDate.of(2025, 10, 22); // a Wednesday

    private static void rel(String text, String written, String value, Precision precision) {
        List<DateMention> all = ArabicDates.findRelative(text, ANCHOR);
        assertEquals(1, all.size(), () -> text + " -> " + all);
        DateMention d = all.get(0);
        assertEquals(written, d.span().of(text));
        assertEquals(written, d.date().text());
        assertEquals(value, d.date().value(), text);
        assertEquals(precision, d.date().precision(), text);
    }

    @Test
    void todayYesterdayTomorrow() {
        rel("أعلن الجيش اليوم أن", "اليوم", "2025-10-22", Precision.DAY);
        rel("قصفت الطائرات فجر اليوم", "فجر اليوم", "2025-10-22", Precision.DAY);
        rel("وصباح اليوم", "صباح اليوم", "2025-10-22", Precision.DAY);
        rel("قال أمس إن", "أمس", "2025-10-21", Precision.DAY);
        rel("وبالأمس", "الأمس", "2025-10-21", Precision.DAY);
        rel("مساء أمس", "مساء أمس", "2025-10-21", Precision.DAY);
        rel("الليلة الماضية", "الليلة الماضية", "2025-10-21", Precision.DAY);
        rel("وقع أمس الأول", "أمس الأول", "2025-10-20", Precision.DAY);
        rel("غداً", "غداً", "2025-10-23", Precision.DAY);
        rel("بعد غد", "بعد غد", "2025-10-24", Precision.DAY);
    }

    @Test
    void notToday() {
        assertEquals(List.of(), ArabicDates.findRelative("في اليوم العالمي للمرأة", ANCHOR));
        assertEquals(List.of(), ArabicDates.findRelative("وفي اليوم التالي", ANCHOR));
    }

    @Test
    void weeksMonthsYears() {
        rel("خلال الأسبوع الماضي", "الأسبوع الماضي", "2025-10-13/2025-10-19", Precision.INTERVAL);
        rel("هذا الأسبوع", "هذا الأسبوع", "2025-10-20/2025-10-26", Precision.INTERVAL);
        rel("الشهر الماضي", "الشهر الماضي", "2025-09", Precision.MONTH);
        rel("الشهر الحالي", "الشهر الحالي", "2025-10", Precision.MONTH);
        rel("العام الماضي", "العام الماضي", "2024", Precision.YEAR);
        rel("السنة المقبلة", "السنة المقبلة", "2026", Precision.YEAR);
    }

    @Test
    void sinceExpressionsUseNumberWords() {
        rel("منذ ثلاثة أيام", "منذ ثلاثة أيام", "2025-10-19", Precision.DAY);
        rel("منذ 3 أيام", "منذ 3 أيام", "2025-10-19", Precision.DAY);
        rel("منذ يومين", "منذ يومين", "2025-10-20", Precision.DAY);
        rel("منذ أكثر من شهرين", "منذ أكثر من شهرين", "2025-08", Precision.APPROXIMATE);
        rel("منذ خمسة وعشرين عاما", "منذ خمسة وعشرين عاما", "2000", Precision.APPROXIMATE);
        rel("منذ أسبوع", "منذ أسبوع", "2025-10-15", Precision.APPROXIMATE);
        assertEquals(List.of(), ArabicDates.findRelative("منذ أيام", ANCHOR));
    }

    @Test
    void weekdays() {
        rel("يوم الثلاثاء", "يوم الثلاثاء", "2025-10-21", Precision.DAY);
        rel("قالت الوزارة الأربعاء", "الأربعاء", "2025-10-22", Precision.DAY);
        rel("الخميس الماضي", "الخميس الماضي", "2025-10-16", Precision.DAY);
        rel("الأربعاء الماضي", "الأربعاء الماضي", "2025-10-15", Precision.DAY);
        rel("الأحد المقبل", "الأحد المقبل", "2025-10-26", Precision.DAY);
    }

    @Test
    void monthsWithoutYear() {
        rel("في 12 أبريل الجاري", "12 أبريل الجاري", "2025-04-12", Precision.DAY);
        rel("في 11 سبتمبر", "11 سبتمبر", "2025-09-11", Precision.DAY);
        rel("في 30 ديسمبر الماضي", "30 ديسمبر الماضي", "2024-12-30", Precision.DAY);
        rel("مارس الماضي", "مارس الماضي", "2025-03", Precision.MONTH);
        rel("نوفمبر الماضي", "نوفمبر الماضي", "2024-11", Precision.MONTH);
        rel("يونيو المقبل", "يونيو المقبل", "2026-06", Precision.MONTH);
    }

    @Test
    void absoluteDatesAreNotRelative() {
        String text = "الأربعاء 22 أكتوبر 2025 وقع الهجوم، وقال أمس";
        List<DateMention> rel = ArabicDates.findRelative(text, ANCHOR);
        assertEquals(1, rel.size(), rel::toString);
        assertEquals("أمس", rel.get(0).date().text());
        assertEquals(1, ArabicDates.find(text).size());
    }
}
