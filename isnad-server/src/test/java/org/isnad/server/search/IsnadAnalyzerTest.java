package org.isnad.server.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class IsnadAnalyzerTest {
    record Tok(String term, int start, int end) {
    }

    static List<Tok> tokens(Analyzer a, String text) throws IOException {
        List<Tok> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Tok(term.toString(), off.startOffset(), off.endOffset()));
            }
            ts.end();
        }
        return out;
    }

    static String term(String word) throws IOException {
        List<Tok> t = tokens(IsnadAnalyzer.stemming(), word);
        assertEquals(1, t.size(), "one token for " + word);
        return t.get(0).term();
    }

    @Test
    void offsetsAreOriginalTextOffsetsEvenWithDiacriticsAndTatweel() throws IOException {
        String text = "قالَ المتحدثُ «أَحْمَد» إنّ الاشتبـــاكات توقفت.";
        List<Tok> toks = tokens(IsnadAnalyzer.stemming(), text);
        for (Tok t : toks) {
            String original = text.substring(t.start(), t.end());
            assertEquals(-1, original.indexOf(' '), "token span holds no space: " + original);
        }
        Tok ahmad = toks.get(2);
        assertEquals("أَحْمَد", text.substring(ahmad.start(), ahmad.end()));
        assertEquals("احمد", ahmad.term());
        Tok clash = toks.get(4);
        assertEquals("الاشتبـــاكات", text.substring(clash.start(), clash.end()));
        assertEquals("اشتباك", clash.term());
    }

    @Test
    void hamzaAndOtherSpellingVariantsFoldTogether() throws IOException {
        assertEquals(term("احمد"), term("أحمد"));
        assertEquals(term("إسماعيل"), term("اسماعيل"));
        assertEquals(term("مستشفى"), term("مستشفي"));
        assertEquals(term("مؤتمر"), term("موتمر"));
    }

    @Test
    void inflectionsShareAStem() throws IOException {
        assertEquals(term("اشتباك"), term("الاشتباكات"));
        assertEquals(term("اشتباك"), term("والاشتباكات"));
        assertEquals(term("مسلح"), term("المسلحون"));
        assertEquals(term("مسلح"), term("للمسلحين"));
    }

    @Test
    void aNisbaIsNotConfusedWithTheNameWithoutIt() throws IOException {
        // invented names: a family name and the nisba adjective built on it
        assertNotEquals(term("زرقلان"), term("الزرقلاني"));
        assertNotEquals(term("زرقلان"), term("الزرقلانية"));
        assertNotEquals(term("قمطور"), term("القمطوري"));
        assertEquals(term("الزرقلاني"), term("زرقلاني"));
    }

    @Test
    void foldingOnlyAnalyzerKeepsInflections() throws IOException {
        assertNotEquals(tokens(IsnadAnalyzer.folding(), "اشتباك").get(0).term(),
                tokens(IsnadAnalyzer.folding(), "الاشتباكات").get(0).term());
        assertEquals("احمد", tokens(IsnadAnalyzer.folding(), "أحمد").get(0).term());
    }
}
