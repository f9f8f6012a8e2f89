package org.isnad.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.isnad.core.model.Article;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Story;
import org.junit.jupiter.api.Test;

/** Desk-level linking of story entities: one referent per person, never two people merged. */
class DeskCatalogTest {
    static Dossier story(String id, String text, Entity... entities) {
        Article a = new Article("a" + id, "f.txt", "وكالة", "عنوان", null, "ar", text, List.of());
        return new Dossier(Instant.EPOCH, List.of(new Dossier.StoriedArticle(a, id)), List.of(entities), List.of(), List.of(),
                List.of(new Story(id, "عنوان", List.of(a.id()), List.of(), List.of(), List.of())), List.of(), Map.of());
    }

    static Entity person(String id, String article, String text, String name, String... aliases) {
        int at = text.indexOf(name);
        return new Entity(id, EntityType.PERSON, name, List.of(aliases), List.of(),
                List.of(new SourceSpan(article, at, at + name.length(), name)));
    }

    @Test
    void sameNameOrAFullAliasLinksAndAFirstNameDoesNot() {
        String t1 = "قال منصور العتيبي إن الوضع هادئ.";
        String t2 = "وأكد منصور العتيبي ذلك.";
        String t3 = "فاز منصور الحربي بالجائزة.";
        String t4 = "قال الوزير منصور عبد الله العتيبي إن المعرض مجاني.";
        DeskCatalog c = DeskCatalog.of(List.of(
                story("s1", t1, person("s1-e1", "as1", t1, "منصور العتيبي", "منصور")),
                story("s2", t2, person("s2-e1", "as2", t2, "منصور العتيبي")),
                story("s3", t3, person("s3-e1", "as3", t3, "منصور الحربي", "منصور")),
                story("s4", t4, person("s4-e1", "as4", t4, "منصور عبد الله العتيبي", "منصور العتيبي"))));
        assertEquals(c.referent("s1-e1"), c.referent("s2-e1"), "same name: one referent");
        assertEquals(c.referent("s1-e1"), c.referent("s4-e1"), "a two-word alias that is the other's name");
        assertNotEquals(c.referent("s1-e1"), c.referent("s3-e1"), "a shared first name links nothing");
        assertEquals(Map.of("s1", 1, "s2", 1, "s4", 1), c.referent("s2-e1").mentionsByStory());
    }

    @Test
    void twoPeopleSharingOnlyAnAliasStayApart() {
        String t1 = "قال أحمد خليل إن الاجتماع انتهى.";
        String t2 = "قال أحمد منصور إن الاجتماع انتهى.";
        DeskCatalog c = DeskCatalog.of(List.of(
                story("s1", t1, person("s1-e1", "as1", t1, "أحمد خليل", "أبو خليل أحمد")),
                story("s2", t2, person("s2-e1", "as2", t2, "أحمد منصور", "أبو خليل أحمد"))));
        assertNotEquals(c.referent("s1-e1"), c.referent("s2-e1"), "an alias of both is no link");
    }
}
