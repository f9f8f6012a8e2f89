package org.isnad.claims.resolve;

import static org.isnad.claims.TestTexts.all;
import static org.isnad.claims.TestTexts.article;
import static org.isnad.claims.TestTexts.assertExact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Mention;
import org.junit.jupiter.api.Test;

/**
 * A list of places ({@code X وY وZ}) where the recognizer took the conjunction into the name; seen on
 * real wire copy (a list of countries), replayed on invented names.
 */
class ConjunctionInNameTest {
    private final EntityResolver resolver = new RuleEntityResolver();

    private static Entity holding(List<Entity> entities, String surface) {
        return entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(surface)))
                .findFirst().orElseThrow(() -> new AssertionError("no entity has mention '" + surface + "' in " + entities));
    }

    @Test
    void aConjunctionBeforeTheArticleOrAHamzaIsNotPartOfAPlace() {
        Article a = article("a1", "شارك ممثلون عن جزر الكوثر والمملكة الزرقاء وأرخبيل السوسن في المؤتمر. "
                + "وقال ممثل المملكة الزرقاء إن أرخبيل السوسن سيستضيف الدورة المقبلة.");
        List<Mention> ms = new ArrayList<>();
        ms.addAll(all(a, "جزر الكوثر", EntityType.LOCATION));
        ms.addAll(all(a, "والمملكة الزرقاء", EntityType.LOCATION));
        ms.addAll(all(a, "وأرخبيل السوسن", EntityType.LOCATION));
        ms.add(new Mention("a1", new org.isnad.core.model.Span(a.text().lastIndexOf("المملكة الزرقاء"),
                a.text().lastIndexOf("المملكة الزرقاء") + "المملكة الزرقاء".length()), "المملكة الزرقاء",
                EntityType.LOCATION, "LOCATION", 1.0));
        ms.add(new Mention("a1", new org.isnad.core.model.Span(a.text().lastIndexOf("أرخبيل السوسن"),
                a.text().lastIndexOf("أرخبيل السوسن") + "أرخبيل السوسن".length()), "أرخبيل السوسن",
                EntityType.LOCATION, "LOCATION", 1.0));
        List<Entity> es = resolver.resolve(List.of(a), ms);
        es.forEach(e -> assertExact(List.of(a), e.mentions()));
        Entity kingdom = holding(es, "المملكة الزرقاء");
        assertEquals(2, kingdom.mentions().size(), es.toString());
        assertTrue(kingdom.aliases().stream().noneMatch(n -> n.startsWith("و")), kingdom.toString());
        assertEquals(2, holding(es, "أرخبيل السوسن").mentions().size(), es.toString());
    }

    @Test
    void aListedPlaceNamedOnlyOnceLosesTheConjunction() {
        Article a = article("a1", "حضر القمة قادة جزر الكوثر والمملكة الزرقاء وأرخبيل السوسن.");
        List<Mention> ms = new ArrayList<>();
        ms.addAll(all(a, "جزر الكوثر", EntityType.LOCATION));
        ms.addAll(all(a, "والمملكة الزرقاء", EntityType.LOCATION));
        ms.addAll(all(a, "وأرخبيل السوسن", EntityType.LOCATION));
        List<Entity> es = resolver.resolve(List.of(a), ms);
        es.forEach(e -> assertExact(List.of(a), e.mentions()));
        assertEquals("المملكة الزرقاء", holding(es, "المملكة الزرقاء").name());
        assertEquals("أرخبيل السوسن", holding(es, "أرخبيل السوسن").name());
    }

    @Test
    void aPlaceThatBeginsWithWawKeepsIt() {
        Article a = article("a1", "وصل الوفد إلى واحة الغيم ثم إلى وادي الريحان.");
        List<Mention> ms = new ArrayList<>();
        ms.addAll(all(a, "واحة الغيم", EntityType.LOCATION));
        ms.addAll(all(a, "وادي الريحان", EntityType.LOCATION));
        List<Entity> es = resolver.resolve(List.of(a), ms);
        assertEquals("واحة الغيم", holding(es, "واحة الغيم").name());
        assertEquals("وادي الريحان", holding(es, "وادي الريحان").name());
    }
}
