package org.isnad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.claims.stance.TrainedStatementComparer;
import org.isnad.core.model.Claim;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Stance;
import org.junit.jupiter.api.Test;

class ClaimLinkerTest {
    static Claim claim(String id, String article, String speaker, String text) {
        return new Claim(id, new SourceSpan(article, 0, text.length(), text), speaker, "المتحدث", null, "قال",
                Stance.ASSERTS, List.of(), List.of(), "s1");
    }

    final ClaimLinker linker = new ClaimLinker(TrainedStatementComparer.load());

    @Test
    void oneSourceQuotedByTwoOutletsCorroboratesItself() {
        List<Claim> linked = linker.link(List.of(
                claim("a1-c1", "a1", "e1", "قوات الشرطة سعت إلى التفاوض مع المسلحين قبل اقتحام المبنى لكنهم رفضوا"),
                claim("a2-c1", "a2", "e1", "الشرطة سعت للتفاوض مع المسلحين لكنهم رفضوا وأطلقوا النار على عناصرها")));
        assertEquals(List.of("a2-c1"), linked.get(0).corroboratedBy());
        assertEquals(List.of("a1-c1"), linked.get(1).corroboratedBy());
        assertTrue(linked.get(0).contradictedBy().isEmpty());
    }

    @Test
    void unrelatedStatementsAndStatementsOfOneArticleStayUnlinked() {
        List<Claim> linked = linker.link(List.of(
                claim("a1-c1", "a1", "e1", "الأمطار الغزيرة أغرقت الطرق الرئيسية في المدينة"),
                claim("a1-c2", "a1", "e1", "الأمطار الغزيرة أغرقت الطرق الرئيسية في المدينة ليلا"),
                claim("a2-c1", "a2", "e2", "المنتخب الوطني فاز بالمباراة النهائية بهدفين")));
        for (Claim c : linked) {
            assertTrue(c.corroboratedBy().isEmpty() && c.contradictedBy().isEmpty(), c.toString());
        }
    }
}
