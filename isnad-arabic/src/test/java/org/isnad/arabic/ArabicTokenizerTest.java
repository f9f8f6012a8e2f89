package org.isnad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.isnad.core.model.Token;
import org.junit.jupiter.api.Test;

class ArabicTokenizerTest {
    private final ArabicTokenizer tokenizer = new ArabicTokenizer();

    private List<String> texts(String text) {
        return tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void wordsAndPunctuation() {
        assertEquals(List.of("قال", "المتحدث", "،", "إن", "الجيش", "انسحب", "."), texts("قال المتحدث، إن الجيش انسحب."));
    }

    @Test
    void diacriticsAndTatweelStayInTheWord() {
        assertEquals(List.of("مُـحَمَّدٌ", "وَصَلَ"), texts("مُـحَمَّدٌ وَصَلَ"));
        assertEquals(List.of("الـــجيش"), texts("الـــجيش"));
    }

    @Test
    void numbersStayWhole() {
        assertEquals(List.of("في", "2025/10/22", "،", "10.5", "٪", "و", "10,000", "و", "٢٠٢٥", "الساعة", "10:30"),
                texts("في 2025/10/22، 10.5٪ و 10,000 و ٢٠٢٥ الساعة 10:30"));
        assertEquals(List.of("٢٢", "/", "أكتوبر", "/", "٢٠٢٥"), texts("٢٢ / أكتوبر / ٢٠٢٥"));
        assertEquals(List.of("١٠٫٥", "2025-10-22"), texts("١٠٫٥ 2025-10-22"));
        assertEquals(List.of("2025", "."), texts("2025."));
    }

    @Test
    void punctuationRunsAreSplitIntoChars() {
        assertEquals(List.of("«", "نعم", "»", "؟", "!", "(", "لا", ")", "؛", ".", ".", "."), texts("«نعم»؟!(لا)؛..."));
    }

    @Test
    void invisibleMarksAndOddSpacesAreDropped() {
        assertEquals(List.of("دمشق", "حلب"), texts("\u200Fدمشق\u00A0\u202Bحلب\u202C\uFEFF"));
        assertEquals(List.of("می\u200Cخواهم"), texts("می\u200Cخواهم"));
        assertEquals(List.of("😀", "!"), texts(" 😀! "));
    }

    @Test
    void emptyAndBlank() {
        assertEquals(List.of(), texts(""));
        assertEquals(List.of(), texts(" \n\t "));
    }

    private static final String[] PIECES = {
        "قال", "الجيش", "مُحَمَّد", "ـ", "\u064B", "\u0651", "٢٠٢٥", "10", ".", "/", ",", ":", "-", "٫", "،", "؟", "!",
        "«", "»", "\"", " ", "  ", "\n", "\t", "\u00A0", "\u200F", "\u200C", "\uFEFF", "abc", "😀", "(", ")", "٪"
    };

    @Test
    void randomTextTokensMatchTheirOffsets() {
        for (long seed = 1; seed <= 20; seed++) {
            Random rnd = new Random(seed);
            for (int iter = 0; iter < 300; iter++) {
                StringBuilder sb = new StringBuilder();
                int len = rnd.nextInt(30);
                for (int k = 0; k < len; k++) {
                    sb.append(PIECES[rnd.nextInt(PIECES.length)]);
                }
                String text = sb.toString();
                int prevEnd = 0;
                for (Token t : tokenizer.tokenize(text)) {
                    assertEquals(text.substring(t.start(), t.end()), t.text(), text);
                    assertTrue(t.start() >= prevEnd && t.end() > t.start(), "ordered, non-empty, non-overlapping: " + text);
                    for (int g = prevEnd; g < t.start(); g++) {
                        char c = text.charAt(g);
                        assertTrue(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT,
                                "only whitespace and format marks are dropped: " + text);
                    }
                    prevEnd = t.end();
                }
                for (int g = prevEnd; g < text.length(); g++) {
                    char c = text.charAt(g);
                    assertTrue(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT, text);
                }
            }
        }
    }
}
