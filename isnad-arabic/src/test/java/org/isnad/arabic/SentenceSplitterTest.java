package org.isnad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.isnad.core.model.Span;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void terminators() {
        assertEquals(List.of("قال المتحدث إن الوضع هادئ.", "هل انتهت الأزمة؟", "لا!", "وأضاف؛", "ثم غادر?", "انتهى"),
                sentences("قال المتحدث إن الوضع هادئ. هل انتهت الأزمة؟ لا! وأضاف؛ ثم غادر? انتهى"));
    }

    @Test
    void terminatorRunsAndClosersStayTogether() {
        assertEquals(List.of("حقا؟!", "نعم…", "وانتهى (تماما.)", "بعد"), sentences("حقا؟! نعم… وانتهى (تماما.) بعد"));
    }

    @Test
    void lineBreaksEndSentences() {
        assertEquals(List.of("العنوان", "الفقرة الأولى", "الفقرة الثانية.", "جملة ثانية"),
                sentences("العنوان\nالفقرة الأولى\n\n  الفقرة الثانية. جملة ثانية\r\n"));
    }

    @Test
    void listItems() {
        assertEquals(List.of("1- البند الأول", "2- البند الثاني", "• نقطة أولى", "• نقطة ثانية"),
                sentences("1- البند الأول\n2- البند الثاني\n• نقطة أولى • نقطة ثانية"));
        assertEquals(List.of("1. أولا", "2. ثانيا"), sentences("1. أولا\n2. ثانيا"));
    }

    @Test
    void notInsideNumbers() {
        assertEquals(List.of("بلغت النسبة 10.5 بالمئة في 2025.10.22 تقريبا."), sentences("بلغت النسبة 10.5 بالمئة في 2025.10.22 تقريبا."));
        assertEquals(List.of("وقع في ٢٢ / أكتوبر / ٢٠٢٥ الهجوم.", "ثم هدأ"), sentences("وقع في ٢٢ / أكتوبر / ٢٠٢٥ الهجوم. ثم هدأ"));
        assertEquals(List.of("عقد في 2025/10/22 لقاء."), sentences("عقد في 2025/10/22 لقاء."));
    }

    @Test
    void abbreviationsAndAddresses() {
        assertEquals(List.of("قال د. أحمد و م. سامي إن الموقع www.example.com متاح.", "ثم"),
                sentences("قال د. أحمد و م. سامي إن الموقع www.example.com متاح. ثم"));
    }

    @Test
    void notInsideQuotations() {
        assertEquals(List.of("وقال «الوضع صعب. لكننا سنصمد» في المدينة.", "ثم غادر."),
                sentences("وقال «الوضع صعب. لكننا سنصمد» في المدينة. ثم غادر."));
        assertEquals(List.of("قال: “لن ننسحب. أبدا” وصمت."), sentences("قال: “لن ننسحب. أبدا” وصمت."));
        assertEquals(List.of("قال: \"لن ننسحب. أبدا\" وصمت."), sentences("قال: \"لن ننسحب. أبدا\" وصمت."));
    }

    @Test
    void quotationEndingWithATerminatorEndsTheSentence() {
        assertEquals(List.of("وقال «انتهى الأمر.»", "وأضاف أنه سيعود."), sentences("وقال «انتهى الأمر.» وأضاف أنه سيعود."));
    }

    @Test
    void unclosedQuoteDoesNotSwallowTheParagraph() {
        assertEquals(List.of("قال «لن ننسحب.", "وغادر."), sentences("قال «لن ننسحب. وغادر."));
    }

    @Test
    void emptyAndBlank() {
        assertEquals(List.of(), sentences(""));
        assertEquals(List.of(), sentences(" \n\n \u200F "));
        assertEquals(List.of("."), sentences(" . "));
    }

    @Test
    void randomTextGivesTrimmedOrderedSpans() {
        String[] pieces = {"قال", "الجيش", "10", ".", "5", "؟", "!", "؛", "«", "»", "\"", "“", "”", " ", "\n", "•", "1- ", "د", "…", "\u200F"};
        for (long seed = 1; seed <= 10; seed++) {
            Random rnd = new Random(seed);
            for (int iter = 0; iter < 300; iter++) {
                StringBuilder sb = new StringBuilder();
                int len = rnd.nextInt(40);
                for (int k = 0; k < len; k++) {
                    sb.append(pieces[rnd.nextInt(pieces.length)]);
                }
                String text = sb.toString();
                int prevEnd = 0;
                for (Span s : splitter.split(text)) {
                    assertTrue(s.start() >= prevEnd && s.end() > s.start(), text);
                    String t = s.of(text);
                    assertFalse(Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1)), text);
                    assertFalse(t.contains("\n"), text);
                    prevEnd = s.end();
                }
            }
        }
    }
}
