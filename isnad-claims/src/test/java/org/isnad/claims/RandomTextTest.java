package org.isnad.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.isnad.claims.extract.CueClaimExtractor;
import org.isnad.claims.resolve.RuleEntityResolver;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Span;
import org.junit.jupiter.api.Test;

/** Seeded random texts of news words, marks and punctuation: resolution and extraction never fail and spans stay exact. */
class RandomTextTest {
    private static final String[] PIECES = {"قال", "وأكد", "إن", "أن", "بأن", "مصادر", "العميد", "(", ")", "«", "»", "\"",
            "،", ".", ":", "المعروف", "بـ", "في", "إشارة", "إلى", "لوكالة", "تسجيل", "صوتي", "بحسب", "نفى", "مؤكداً",
            "كتيبة", "فرقة", "الرعد", "سامر", "الحلبي", "وللحلبي", "ـ", "\u064E", "\u200F", "٣", "\n", "فيه", "وفقاً", "لـ",
            "حذر", "من", "طالب", "بفتح", "وردت", "أنباء", "عن", "نقلت", "قوله", "x"};

    @Test
    void randomTextsKeepInvariants() {
        Random random = new Random(20251023L);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(4) > 0) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            Article a = TestTexts.article("r" + round, text);
            List<Mention> ms = new ArrayList<>();
            EntityType[] types = EntityType.values();
            for (int k = 0; k < random.nextInt(6); k++) {
                int s = random.nextInt(text.length() + 1);
                int e = Math.min(text.length(), s + random.nextInt(15));
                ms.add(new Mention(a.id(), new Span(s, e), text.substring(s, e), types[random.nextInt(types.length)], "X", 1));
            }
            List<Entity> es = new RuleEntityResolver().resolve(List.of(a), ms);
            for (Entity e : es) {
                assertFalse(e.mentions().isEmpty());
                TestTexts.assertExact(List.of(a), e.mentions());
            }
            List<Claim> cs = new CueClaimExtractor().extract(a, es, "s");
            TestTexts.assertExact(List.of(a), cs.stream().map(Claim::span).toList());
            for (Claim c : cs) {
                assertFalse(c.span().text().isBlank(), text);
                assertFalse(c.speakerText() == null || c.speakerText().isBlank(), text);
            }
            assertEquals(es, new RuleEntityResolver().resolve(List.of(a), ms));
        }
    }
}
