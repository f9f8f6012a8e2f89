package org.isnad.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Mention;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Span;

/** Helpers for tests: articles from text, mentions found by string search, span checks. */
public final class TestTexts {
    private TestTexts() {
    }

    public static Article article(String id, String text) {
        return new Article(id, id + ".txt", "outlet", "title " + id, null, "ar", text, List.of());
    }

    /** Every occurrence of {@code name} in the article as a mention of {@code type}. */
    public static List<Mention> all(Article a, String name, EntityType type) {
        List<Mention> out = new ArrayList<>();
        int i = a.text().indexOf(name);
        while (i >= 0) {
            out.add(new Mention(a.id(), new Span(i, i + name.length()), name, type, type.name(), 1.0));
            i = a.text().indexOf(name, i + name.length());
        }
        if (out.isEmpty()) {
            throw new AssertionError("test text lacks '" + name + "'");
        }
        return out;
    }

    /** Fails unless each span's text is exactly the article text it points at. */
    public static void assertExact(List<Article> articles, List<SourceSpan> spans) {
        for (SourceSpan s : spans) {
            Article a = articles.stream().filter(x -> x.id().equals(s.article())).findFirst().orElseThrow();
            assertEquals(a.text().substring(s.start(), s.end()), s.text(), "span " + s);
        }
    }
}
