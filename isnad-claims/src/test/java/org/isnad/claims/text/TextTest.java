package org.isnad.claims.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.arabic.ArabicNormalizer;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void foldsAlefForms() {
        assertEquals("احمد", ArabicNormalizer.fold("أحمد"));
        assertEquals("اسلام", ArabicNormalizer.fold("إسلام"));
        assertEquals("امال", ArabicNormalizer.fold("آمال"));
    }

    @Test
    void foldsYaTaMarbutaAndHamzaSeats() {
        assertEquals("مصطفي", ArabicNormalizer.fold("مصطفى"));
        assertEquals("فاطمه", ArabicNormalizer.fold("فاطمة"));
        assertEquals("مسوول", ArabicNormalizer.fold("مسؤول"));
        assertEquals("رييس", ArabicNormalizer.fold("رئيس"));
    }

    @Test
    void removesDiacriticsTatweelAndBidiMarks() {
        assertEquals("مدرسه", ArabicNormalizer.fold("مَدْرَسَةٌ"));
        assertEquals("بال", ArabicNormalizer.fold("بـال"));
        assertEquals("قال", ArabicNormalizer.fold("ق\u200Fال"));
    }

    @Test
    void foldsDigits() {
        assertEquals("2025", ArabicNormalizer.fold("٢٠٢٥"));
        assertEquals("12", ArabicNormalizer.fold("۱۲"));
    }

    @Test
    void wordsKeepExactOffsets() {
        String text = "قال، «العميدُ» لـ\"الوادي\" ٣ مرّات.";
        List<Word> words = Words.of(text);
        for (Word w : words) {
            assertEquals(text.substring(w.start(), w.end()), w.text());
        }
        assertEquals(List.of("قال", "،", "«", "العميدُ", "»", "لـ", "\"", "الوادي", "\"", "٣", "مرّات", "."),
                words.stream().map(Word::text).toList());
        assertEquals("العميد", words.get(3).folded());
        assertTrue(words.get(1).punct());
    }

    @Test
    void cliticReadingsPeelOneProcliticAtATime() {
        assertEquals(List.of("وبالجيش", "بالجيش", "الجيش", "جيش"), Clitics.readings("وبالجيش"));
        assertEquals(List.of("للجيش", "الجيش", "جيش"), Clitics.readings("للجيش"));
        assertEquals(List.of("ولد"), Clitics.readings("ولد"));
        assertEquals("جيش", Clitics.stripArticle("الجيش"));
        assertEquals("الي", Clitics.stripArticle("الي"));
    }

    @Test
    void wordIndexFindsByOffset() {
        WordIndex index = new WordIndex("أ ب، ج");
        assertEquals(2, index.firstAtOrAfter(3));
        assertEquals(1, index.lastEndingBy(3));
        assertEquals("ب، ج", index.textOf(1, 3));
    }
}
