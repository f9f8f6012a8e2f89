package org.isnad.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Story;
import org.junit.jupiter.api.Test;

class PublicViewTest {
    @Test
    void keepsKeyPointSentencesIndependentReportsAndCopies() {
        SourceSpan sentence = new SourceSpan("a2", 3, 15, "ستة مدنيين ق");
        Story.KeyPoint point = new Story.KeyPoint("قتل ستة مدنيين في قصف على بلدة في ريف إدلب", List.of("a1", "a2", "a3"),
                List.of(new SourceSpan("a1", 0, 3, "قتل"), sentence), 2);
        Story.Report copies = new Story.Report(List.of("a1", "a3"), "فرانس برس");
        Story s = new Story("s1", "قصف على ريف إدلب", List.of("a1", "a2", "a3"), List.of(point), List.of(), List.of(),
                "s1", List.of(copies));

        Story shown = PublicView.story(s);

        assertEquals(2, shown.keyPoints().get(0).reports());
        assertEquals(sentence, shown.keyPoints().get(0).spans().get(1));
        assertEquals(List.of(copies), shown.reports());
    }
}
