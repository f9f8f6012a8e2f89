package org.isnad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.isnad.core.model.Span;
import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {
    private static void check(String input, String expected) {
        NormalizedText nt = ArabicNormalizer.normalize(input);
        assertEquals(expected, nt.normalized());
        assertEquals(expected, ArabicNormalizer.fold(input));
        assertEquals(input, nt.original());
    }

    @Test
    void alefHamzaAbove() {
        check("أحمد", "احمد");
    }

    @Test
    void alefHamzaBelow() {
        check("إبراهيم", "ابراهيم");
    }

    @Test
    void alefMadda() {
        check("آذار", "اذار");
    }

    @Test
    void alefWasla() {
        check("ٱلله", "الله");
    }

    @Test
    void wawHamza() {
        check("مؤتمر", "موتمر");
    }

    @Test
    void yehHamza() {
        check("رئيس", "رييس");
    }

    @Test
    void alefMaksura() {
        check("مستشفى", "مستشفي");
    }

    @Test
    void tehMarbuta() {
        check("فاطمة", "فاطمه");
    }

    @Test
    void tashkeel() {
        check("مُحَمَّدٌ", "محمد");
        check("كِتَابًا", "كتابا");
        check("مَدْرَسَةٍ", "مدرسه");
    }

    @Test
    void superscriptAlef() {
        check("هٰذا", "هذا");
    }

    @Test
    void tatweel() {
        check("الـــجيش", "الجيش");
    }

    @Test
    void bidiAndZeroWidthMarks() {
        check("\u200Fدمشق\u200E \u202Bحلب\u202C \u2067حمص\u2069\u061C\uFEFF", "دمشق حلب حمص");
        check("بيروت\u200Bالعاصمة", "بيروتالعاصمه");
    }

    @Test
    void arabicIndicDigits() {
        check("٢٠٢٥/١٠/٢٢", "2025/10/22");
    }

    @Test
    void persianDigits() {
        check("۱۴۰۴", "1404");
    }

    @Test
    void arabicDecimalAndThousandsSeparators() {
        check("١٠٫٥ و١٬٠٠٠", "10.5 و1,000");
    }

    @Test
    void quoteMarks() {
        check("«نعم» “لا” „ربما“ ‘قد’", "\"نعم\" \"لا\" \"ربما\" \"قد\"");
    }

    @Test
    void nothingElseChanges() {
        check("Reuters  قال،\tكتب\nك؟!", "Reuters  قال،\tكتب\nك؟!");
    }

    @Test
    void offsetsMapBackToOriginal() {
        String text = "قالَ الـمُتَحَدِّثُ";
        NormalizedText nt = ArabicNormalizer.normalize(text);
        assertEquals("قال المتحدث", nt.normalized());
        int at = nt.normalized().indexOf("المتحدث");
        Span span = nt.toOriginalSpan(at, at + "المتحدث".length());
        assertEquals("الـمُتَحَدِّثُ", span.of(text)); // inner marks and the final damma stay in the span
        assertEquals(text.length(), nt.toOriginal(nt.normalized().length()));
        assertEquals(0, nt.toOriginal(0));
        assertEquals("قالَ", nt.originalText(0, 3));
    }

    @Test
    void spanLeavesOutMarksOutsideTheWord() {
        String text = "\u200Fحلب\u200F";
        NormalizedText nt = ArabicNormalizer.normalize(text);
        assertEquals(new Span(1, 4), nt.toOriginalSpan(0, 3));
        assertEquals(new Span(1, 1), nt.toOriginalSpan(0, 0));
    }

    private static final String[] PIECES = {
        "ا", "ب", "ت", "ة", "ى", "أ", "إ", "آ", "ٱ", "ؤ", "ئ", "ء", "ي", "و", "ل", "م", "ن", "ه",
        "\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u064B", "\u0670", "\u0640",
        "\u200F", "\u200E", "\u202B", "\u202C", "\u2066", "\u2069", "\u061C", "\uFEFF", "\u200B", "\u200C",
        "٠", "١", "٥", "٩", "۴", "0", "7", "a", "Z", " ", "  ", "\n", "،", ".", "؟", "!", "«", "»", "“", "”", "\"",
        "٫", "😀"
    };

    @Test
    void randomTextKeepsAConsistentOffsetMap() {
        for (long seed = 1; seed <= 20; seed++) {
            Random rnd = new Random(seed);
            for (int iter = 0; iter < 500; iter++) {
                StringBuilder sb = new StringBuilder();
                int len = rnd.nextInt(40);
                for (int k = 0; k < len; k++) {
                    sb.append(PIECES[rnd.nextInt(PIECES.length)]);
                }
                String text = sb.toString();
                NormalizedText nt = ArabicNormalizer.normalize(text);
                String f = nt.normalized();
                assertTrue(f.length() <= text.length());
                assertEquals(text.length(), nt.toOriginal(f.length()), text);
                int prev = -1;
                for (int i = 0; i < f.length(); i++) {
                    int o = nt.toOriginal(i);
                    assertTrue(o > prev && o < text.length(), "monotonic, in range: " + text);
                    assertEquals(f.charAt(i), ArabicNormalizer.fold(String.valueOf(text.charAt(o))).charAt(0), "char comes from its original");
                    prev = o;
                }
                for (int a = 0; a <= f.length(); a++) {
                    int b = Math.min(f.length(), a + rnd.nextInt(6));
                    if (a < f.length() && Character.isLowSurrogate(f.charAt(a))) {
                        continue; // ranges are in whole code points
                    }
                    if (b < f.length() && Character.isLowSurrogate(f.charAt(b))) {
                        b++;
                    }
                    Span s = nt.toOriginalSpan(a, b);
                    assertTrue(s.end() <= text.length());
                    assertEquals(f.substring(a, b), ArabicNormalizer.fold(s.of(text)), "span folds to the folded range: " + text);
                }
                assertEquals(f, ArabicNormalizer.normalize(f).normalized(), "idempotent");
                assertEquals(f, ArabicNormalizer.fold(f));
            }
        }
    }
}
