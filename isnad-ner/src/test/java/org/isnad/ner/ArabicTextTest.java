package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.core.model.Token;
import org.junit.jupiter.api.Test;

class ArabicTextTest {
    @Test
    void foldsSpellingVariants() {
        assertEquals("الاداره", ArabicText.fold("الإدارة"));
        assertEquals("مستشفي", ArabicText.fold("مستشفى"));
        assertEquals("محمد", ArabicText.fold("مُحَمَّد"));
        assertEquals("2018", ArabicText.fold("٢٠١٨"));
        assertEquals("رييس", ArabicText.fold("رئيس"));
    }

    @Test
    void stripsProcliticsButKeepsShortStems() {
        assertEquals("مدينه", ArabicText.stripClitics(ArabicText.fold("وبالمدينة")));
        assertEquals("رييس", ArabicText.stripClitics(ArabicText.fold("للرئيس")));
        assertEquals("بلد", ArabicText.stripClitics("بلد"));
        assertEquals("ولد", ArabicText.stripClitics("ولد"));
    }

    @Test
    void tokenizerSplitsPunctuationKeepsCliticsAndOffsets() {
        String text = "قال (الناطق) باسم الوزارة، وبالمدينة: 3 قتلى!";
        List<Token> toks = new NerTokenizer().tokenize(text);
        List<String> words = toks.stream().map(Token::text).toList();
        assertEquals(List.of("قال", "(", "الناطق", ")", "باسم", "الوزارة", "،", "وبالمدينة", ":", "3", "قتلى", "!"), words);
        for (Token t : toks) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
    }

    @Test
    void decimalsStayWholeSentenceDotsSplit() {
        List<String> words = new NerTokenizer().tokenize("ارتفع بنسبة 6.3 في المئة.").stream().map(Token::text).toList();
        assertEquals(List.of("ارتفع", "بنسبة", "6.3", "في", "المئة", "."), words);
    }

    @Test
    void shapes() {
        assertEquals('A', ArabicText.shape("بغداد"));
        assertEquals('D', ArabicText.shape("2006"));
        assertEquals('P', ArabicText.shape("،"));
        assertEquals('L', ArabicText.shape("BBC"));
        assertTrue(NerTokenizer.endsSentence("؟"));
        assertFalse(NerTokenizer.endsSentence("،"));
    }
}
