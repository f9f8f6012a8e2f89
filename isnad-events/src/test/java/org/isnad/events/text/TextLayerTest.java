package org.isnad.events.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.arabic.ArabicNormalizer;
import org.isnad.arabic.MatchKey;
import org.isnad.arabic.SentenceSplitter;
import org.isnad.core.model.Span;
import org.junit.jupiter.api.Test;

class TextLayerTest {
    @Test
    void foldingUnifiesLettersAndDropsMarks() {
        assertEquals("اشتباكات", ArabicNormalizer.fold("إشتباكاتٌ"));
        assertEquals("تهديه", ArabicNormalizer.fold("تهدئة"), "hamza on ya folds to ya");
        assertEquals("مستشفي", ArabicNormalizer.fold("مستشفى"));
        assertEquals("12", ArabicNormalizer.fold("١٢"));
        assertEquals("قتل", ArabicNormalizer.fold("قـتـل"));
    }

    @Test
    void wordsKeepOriginalOffsets() {
        String t = "قال: «الاشتباكاتُ انتهت» في 2.5 ساعة.";
        for (Word w : Words.of(t)) {
            assertEquals(w.surface(), t.substring(w.start(), w.end()));
        }
        assertTrue(Words.of(t).stream().anyMatch(w -> w.surface().equals("2.5")));
        assertTrue(Words.of(t).stream().anyMatch(w -> w.folded().equals("الاشتباكات")));
    }

    @Test
    void sentencesSplitAtStopsAndLinesButNotDecimals() {
        String t = "ارتفع المؤشر 2.5 نقطة. وقال الوزير: لا تغيير؟ نعم\nسطر جديد";
        List<Span> s = new SentenceSplitter().split(t);
        assertEquals(List.of("ارتفع المؤشر 2.5 نقطة.", "وقال الوزير: لا تغيير؟", "نعم", "سطر جديد"),
                s.stream().map(x -> x.of(t)).toList());
    }

    @Test
    void affixesFindStemsBehindCliticsAndEndings() {
        assertTrue(Affixes.is("وبالاشتباكات", "اشتباك"));
        assertTrue(Affixes.is("للاعتقال", "اعتقال"));
        assertTrue(Affixes.is("اتهمه", "اتهم"));
        assertEquals("لواء", MatchKey.of("ولواء"));
        assertEquals("لواء", MatchKey.of("اللواء"));
        assertEquals("كتيب", MatchKey.of("الكتيبه"));
        assertEquals(MatchKey.of("الاشتباكات"), MatchKey.of("اشتباكات"));
    }
}
