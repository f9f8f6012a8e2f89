package org.isnad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class NumberWordsTest {
    private static void value(String expression, long expected) {
        assertEquals(OptionalLong.of(expected), NumberWords.parse(expression), expression);
        assertFalse(NumberWords.find(expression).get(0).approximate(), expression);
    }

    private static void approx(String expression, long expected) {
        assertEquals(OptionalLong.of(expected), NumberWords.parse(expression), expression);
        assertTrue(NumberWords.find(expression).get(0).approximate(), expression);
    }

    /** Asserts the text holds exactly one number, written as {@code written}. */
    private static NumberMention one(String text, String written) {
        List<NumberMention> found = NumberWords.find(text);
        assertEquals(1, found.size(), () -> text + " -> " + found);
        assertEquals(written, found.get(0).span().of(text));
        return found.get(0);
    }

    @Test
    void digits() {
        value("300", 300);
        value("٣٠٠", 300);
        value("10,000", 10_000);
        value("١٠٬٠٠٠", 10_000);
    }

    @Test
    void units() {
        value("واحد", 1);
        value("واحدة", 1);
        value("اثنان", 2);
        value("اثنين", 2);
        value("اثنتين", 2);
        value("ثلاثة", 3);
        value("ثلاث", 3);
        value("أربعة", 4);
        value("خمس", 5);
        value("ستة", 6);
        value("سبع", 7);
        value("ثماني", 8);
        value("تسعة", 9);
        value("عشرة", 10);
        value("عشر", 10);
    }

    @Test
    void unitsWithClitics() {
        value("الثلاثة", 3);
        value("وخمسة", 5);
        value("بعشرة", 10);
        value("للعشرين", 20);
        value("ثَلَاثَةُ", 3);
    }

    @Test
    void teens() {
        value("أحد عشر", 11);
        value("إحدى عشرة", 11);
        value("اثنا عشر", 12);
        value("ثلاثة عشر", 13);
        value("تسع عشرة", 19);
    }

    @Test
    void tens() {
        value("عشرون", 20);
        value("عشرين", 20);
        value("ثلاثين", 30);
        value("تسعون", 90);
        value("خمسة وعشرون", 25);
        value("ثلاث وأربعين", 43);
    }

    @Test
    void hundreds() {
        value("مئة", 100);
        value("مائة", 100);
        value("مئتان", 200);
        value("مائتي", 200);
        value("خمسمئة", 500);
        value("ثلاثمائة", 300);
        value("ثلاث مئة", 300);
        value("مئة وخمسون", 150);
    }

    @Test
    void thousandsAndMillions() {
        value("ألف", 1000);
        value("ألفين", 2000);
        value("ألفان", 2000);
        value("10 آلاف", 10_000);
        value("عشرة آلاف", 10_000);
        value("ثلاثة آلاف وخمسمئة", 3500);
        value("ثلاثة آلاف و خمسمئة", 3500);
        value("مئة وعشرون ألفا", 120_000);
        value("مليون", 1_000_000);
        value("ثلاثة ملايين", 3_000_000);
        value("1.5 مليون", 1_500_000);
        value("٢ مليار", 2_000_000_000);
    }

    @Test
    void vaguePluralsAreApproximate() {
        approx("عشرات", 20);
        approx("مئات", 200);
        approx("آلاف", 2000);
        approx("عشرات الآلاف", 20_000);
        approx("مئات الآلاف", 200_000);
        approx("ملايين", 2_000_000);
        approx("بضعة آلاف", 3000);
    }

    @Test
    void qualifiersAreApproximateAndInTheSpan() {
        approx("نحو 300", 300);
        approx("حوالي عشرين", 20);
        approx("قرابة ألف", 1000);
        approx("أكثر من 10 آلاف", 10_000);
        approx("ما يزيد على مئة", 100);
        approx("50 تقريبا", 50);
        NumberMention m = one("قتل أكثر من ٣٠٠ شخص", "أكثر من ٣٠٠");
        assertEquals(300, m.value());
        assertTrue(m.approximate());
    }

    @Test
    void findsSeveralInProse() {
        String text = "قتل 12 شخصا وأصيب ثلاثة وعشرون آخرون، ونزح عشرات الآلاف من السكان.";
        List<NumberMention> found = NumberWords.find(text);
        assertEquals(3, found.size(), found::toString);
        assertEquals("12", found.get(0).span().of(text));
        assertEquals("ثلاثة وعشرون", found.get(1).span().of(text));
        assertEquals(23, found.get(1).value());
        assertEquals("عشرات الآلاف", found.get(2).span().of(text));
        assertEquals(20_000, found.get(2).value());
    }

    @Test
    void numbersDoNotCrossPunctuation() {
        String text = "ثلاثة، وأربعة";
        List<NumberMention> found = NumberWords.find(text);
        assertEquals(2, found.size(), found::toString);
        assertEquals(3, found.get(0).value());
        assertEquals(4, found.get(1).value());
        assertEquals("أربعة", found.get(1).span().of(text)); // the conjunction stays outside
    }

    @Test
    void conjunctionOnlyJoinsValidCompositions() {
        List<NumberMention> found = NumberWords.find("ثلاثة وأربعة");
        assertEquals(List.of(3L, 4L), found.stream().map(NumberMention::value).toList());
        value("مئة وخمسة وعشرون", 125);
        value("ألف ومئتان", 1200);
        value("مليون ومئتا ألف", 1_200_000);
        value("10 آلاف و500", 10_500);
        assertEquals(2, NumberWords.find("خمسون وثلاثة").size());
    }

    @Test
    void notNumbers() {
        assertEquals(List.of(), NumberWords.find("يوم الأحد ويوم الاثنين"));
        assertEquals(List.of(), NumberWords.find("في 2025/10/22 الساعة 10:30"));
        assertEquals(List.of(), NumberWords.find("في 22 أكتوبر 2025 وفي عام 2003"));
        assertEquals(List.of(), NumberWords.find("في القرن التاسع عشر والدورة الحادية عشرة"));
        assertEquals(List.of(), NumberWords.find("طائرة F16"));
        assertEquals(List.of(), NumberWords.find("النسبة 10.5"));
        one("ارتفع 10 بالمئة", "10");
        assertEquals(OptionalLong.empty(), NumberWords.parse("قتل 10 أشخاص"));
        assertEquals(OptionalLong.empty(), NumberWords.parse("كتاب"));
    }
}
