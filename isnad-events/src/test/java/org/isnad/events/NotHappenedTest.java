package org.isnad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.EventType;
import org.junit.jupiter.api.Test;

/**
 * Triggers of things that did not happen make no event, and casualties without a number give the event
 * no count. Invented sentences.
 */
class NotHappenedTest {
    private final LexiconEventExtractor extractor = new LexiconEventExtractor();

    private List<EventMention> of(String text, EventType type) {
        Article a = Fixtures.article("n", "o", "2024-05-02", text);
        return extractor.extract(a, List.of()).stream().filter(m -> m.type() == type).toList();
    }

    @Test
    void aDeathSentenceIsNoKilling() {
        List<EventMention> ms = of("قضت محكمة الجنايات، السبت، بإعدام 12 متهما في قضية اقتحام المخفر.", EventType.KILLING);
        assertFalse(ms.isEmpty());
        assertTrue(ms.stream().noneMatch(m -> m.modality().isReal()), ms.toString());
    }

    @Test
    void aCallToStopFightingIsNoClash() {
        List<EventMention> ms = of("ودعت المنظمة إلى وقف القتال في البلدة فورا.", EventType.ARMED_CLASH);
        assertTrue(ms.stream().noneMatch(m -> m.modality().isReal()), ms.toString());
    }

    @Test
    void aDemandedArrestIsNoArrest() {
        List<EventMention> ms = of("وطالبت العائلة باعتقال المسؤولين عن الحادث.", EventType.ARREST);
        assertTrue(ms.stream().noneMatch(m -> m.modality().isReal()), ms.toString());
    }

    @Test
    void failingToAgreeIsNoAgreement() {
        List<EventMention> ms = of("وأخفق المجلس في الاتفاق على بيان مشترك.", EventType.AGREEMENT);
        assertTrue(ms.stream().noneMatch(m -> m.modality().isReal()), ms.toString());
    }

    @Test
    void casualtiesWithoutANumberGiveTheEventNoCount() {
        Article a = Fixtures.article("x1", "o1", "2024-05-02", "أسفر القصف على سوق بلدة كفر الورد عن قتلى وجرحى بين المدنيين.");
        Article b = Fixtures.article("x2", "o2", "2024-05-02", "قتلى وجرحى في قصف على سوق بلدة كفر الورد.");
        var r = new StoryEventAnalyzer().analyze("s", List.of(a, b), List.of(), List.of(), 1);
        assertFalse(r.events().isEmpty());
        r.events().forEach(e -> assertEquals(List.of(), e.counts(), e.toString()));
    }
}
