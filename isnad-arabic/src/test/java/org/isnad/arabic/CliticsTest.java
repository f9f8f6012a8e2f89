package org.isnad.arabic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.core.model.Span;
import org.junit.jupiter.api.Test;

class CliticsTest {
    private static List<String> parts(String word) {
        Clitics.Segmentation s = Clitics.split(word);
        List<String> out = new java.util.ArrayList<>();
        for (Span p : s.prefixes()) {
            out.add(p.of(word));
        }
        out.add(s.stemText());
        return out;
    }

    @Test
    void article() {
        assertEquals(List.of("ال", "جيش"), parts("الجيش"));
        assertEquals(List.of("ال", "أمن"), parts("الأمن"));
    }

    @Test
    void conjunctionPrepositionAndArticle() {
        assertEquals(List.of("و", "ال", "مدينة"), parts("والمدينة"));
        assertEquals(List.of("ب", "ال", "قرب"), parts("بالقرب"));
        assertEquals(List.of("ف", "ال", "حكومة"), parts("فالحكومة"));
        assertEquals(List.of("ك", "ال", "عادة"), parts("كالعادة"));
        assertEquals(List.of("و", "ب", "ال", "تالي"), parts("وبالتالي"));
    }

    @Test
    void lamLamIsPrepositionPlusArticle() {
        assertEquals(List.of("ل", "ل", "أمم"), parts("للأمم"));
        assertEquals(List.of("و", "ل", "ل", "سكان"), parts("وللسكان"));
    }

    @Test
    void bareProcliticsWhenEnoughRemains() {
        assertEquals(List.of("و", "قالت"), parts("وقالت"));
        assertEquals(List.of("ب", "مدينة"), parts("بمدينة"));
        assertEquals(List.of("و", "بيان"), parts("وبيان"));
        assertEquals(List.of("و", "ب", "حسب"), parts("وبحسب"));
    }

    @Test
    void conservativeWhenTheRestIsShortOrTheLetterIsTheStems() {
        assertEquals(List.of("وزير"), parts("وزير"));
        assertEquals(List.of("وكالة"), parts("وكالة"));
        assertEquals(List.of("بيان"), parts("بيان"));
        assertEquals(List.of("فريق"), parts("فريق"));
        assertEquals(List.of("لجنة"), parts("لجنة"));
        assertEquals(List.of("ولد"), parts("ولد"));
        assertEquals(List.of("بها"), parts("بها"));
        assertEquals(List.of("ال"), parts("ال"));
        assertEquals(List.of("الي"), parts("الي"));
    }

    @Test
    void spansCoverDiacriticsAndAreRelativeToTheWord() {
        String word = "وَالْمَدِينَةِ";
        Clitics.Segmentation s = Clitics.split(word);
        assertEquals(List.of(new Span(0, 2), new Span(2, 5)), s.prefixes());
        assertEquals("مَدِينَةِ", s.stemText());
        assertEquals(word.length(), s.stem().end());
    }

    @Test
    void candidatesListEveryReading() {
        List<Clitics.Segmentation> c = Clitics.candidates("وبالمدينة");
        assertEquals("وبالمدينة", c.get(0).stemText());
        List<String> stems = c.stream().map(Clitics.Segmentation::stemText).toList();
        assertTrue(stems.containsAll(List.of("بالمدينة", "المدينة", "مدينة")), stems::toString);
        assertTrue(Clitics.candidates("وزير").stream().anyMatch(s -> s.stemText().equals("زير")));
        assertEquals(1, Clitics.candidates("قال").size());
    }
}
