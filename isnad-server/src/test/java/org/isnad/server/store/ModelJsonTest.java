package org.isnad.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Story;
import org.junit.jupiter.api.Test;

/** Stored rows outlive code versions: a desk written by an earlier Isnad still opens. */
class ModelJsonTest {
    @Test
    void aStoryStoredBeforeCopiesAndKeyPointSentencesStillReads() {
        String old = "{\"id\":\"s1\",\"title\":\"قصف على ريف إدلب\",\"articles\":[\"a1\",\"a2\"],"
                + "\"keyPoints\":[{\"text\":\"قتل ستة مدنيين\",\"sources\":[\"a1\",\"a2\"]}],"
                + "\"timeline\":[],\"contradictions\":[{\"kind\":\"COUNT\",\"topic\":\"عدد القتلى\",\"sides\":["
                + "{\"article\":\"a1\",\"start\":0,\"end\":3,\"text\":\"ستة\"},{\"article\":\"a2\",\"start\":4,\"end\":8,\"text\":\"سبعة\"}]}],"
                + "\"storyline\":\"s1\"}";

        Story s = ModelJson.read(old, Story.class);

        assertEquals(List.of(), s.reports());
        assertEquals(2, s.keyPoints().get(0).reports(), "every source counted, as it was then");
        assertEquals(List.of(), s.keyPoints().get(0).spans());
        assertEquals(List.of(), s.contradictions().get(0).sentences());
        assertEquals(2, s.contradictions().get(0).sides().size());
    }

    @Test
    void aStoryRoundTrips() {
        Story.KeyPoint point = new Story.KeyPoint("قتل ستة مدنيين", List.of("a1", "a2"),
                List.of(new SourceSpan("a2", 0, 3, "قتل")), 1);
        Story s = new Story("s1", "قصف", List.of("a1", "a2"), List.of(point), List.of(), List.of(), "s1",
                List.of(new Story.Report(List.of("a1", "a2"), "رويترز")));

        assertEquals(s, ModelJson.read(ModelJson.write(s), Story.class));
    }
}
