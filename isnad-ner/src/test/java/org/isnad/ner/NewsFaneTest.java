package org.isnad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewsFaneTest {
    private static TaggedSentence s(String toks, String tags) {
        return new TaggedSentence(List.of(toks.split(" ")), List.of(tags.split(" ")));
    }

    @Test
    void reattachesProcliticsAndEncliticsKeepingTags() {
        TaggedSentence in = s("و الصادرات تجارة ها و المانيا ل الاتحاد ف اصاب ه",
            "O O O O O B-LOC O B-ORG O O O");
        TaggedSentence out = NewsFane.reattach(in, Set.of("للاتحاد")::contains);
        assertEquals(List.of("والصادرات", "تجارتها", "والمانيا", "للاتحاد", "فاصابه"), out.tokens());
        assertEquals(List.of("O", "O", "B-LOC", "B-ORG", "O"), out.tags());
    }

    @Test
    void keepsAcronymLettersFamilyArticleAndKaMa() {
        TaggedSentence in = s("د ب ا ، ك ما قال محمد بن زايد ال نهيان",
            "B-ORG I-ORG I-ORG O O O O B-PERS I-PERS I-PERS I-PERS I-PERS");
        TaggedSentence out = NewsFane.reattach(in, w -> false);
        assertEquals(List.of("د", "ب", "ا", "،", "كما", "قال", "محمد", "بن", "زايد", "ال", "نهيان"), out.tokens());
        assertEquals("B-PERS", out.tags().get(6));
    }

    @Test
    void procliticBeginningAnEntityGivesB() {
        TaggedSentence out = NewsFane.reattach(s("ب حركة فتح", "B-ORG I-ORG I-ORG"), w -> false);
        assertEquals(List.of("بحركة", "فتح"), out.tokens());
        assertEquals(List.of("B-ORG", "I-ORG"), out.tags());
    }

    @Test
    void mapsFineClasses() {
        assertEquals("B-PERS", NewsFane.mapTag("B-Athlete", false, false));
        assertEquals("I-ORG", NewsFane.mapTag("I-Non-Governmental", false, false));
        assertEquals("B-LOC", NewsFane.mapTag("B-GPE-Cluster", false, false));
        assertEquals("O", NewsFane.mapTag("B-Group", false, false));
        assertEquals("B-GROUP", NewsFane.mapTag("B-Group", true, false));
        assertEquals("O", NewsFane.mapTag("B-Building-Grounds", false, false));
        assertEquals("B-MISC", NewsFane.mapTag("B-Book", false, true));
    }

    @Test
    void foldedNewsFaneSpellingMatchesRealSpelling() {
        // NewsFANE: no hamza on alef, final ي for ى; features are on folded forms
        assertEquals(ArabicText.fold("الأمم"), ArabicText.fold("الامم"));
        assertEquals(ArabicText.fold("إلى"), ArabicText.fold("الي"));
        assertEquals(ArabicText.fold("مستوى"), ArabicText.fold("مستوي"));
    }
}
