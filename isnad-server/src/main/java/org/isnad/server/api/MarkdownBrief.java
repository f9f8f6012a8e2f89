package org.isnad.server.api;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Entity;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Story;

/** A story dossier as a Markdown brief: key points, timeline, contradictions, claims, entities, sources. */
final class MarkdownBrief {
    private MarkdownBrief() {
    }

    static String write(Dossier d) {
        Story s = d.stories().get(0);
        Map<String, Article> articles = d.articles().stream().map(Dossier.StoriedArticle::article)
                .collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
        Map<String, Entity> entities = d.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity(), (a, b) -> a));
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(s.title())).append("\n\n");
        md.append("_").append(articles.size()).append(" articles, story `").append(s.id()).append("`_\n\n");
        md.append("## Key points\n\n");
        if (s.keyPoints().isEmpty()) {
            md.append("_none found_\n");
        }
        for (Story.KeyPoint kp : s.keyPoints()) {
            md.append("- ").append(inline(kp.text())).append(" (").append(inline(outlets(kp.sources(), articles))).append(")\n");
        }
        md.append("\n## Timeline\n\n");
        if (s.timeline().isEmpty()) {
            md.append("_no dated events_\n");
        }
        for (Story.TimelineEntry t : s.timeline()) {
            md.append("- **").append(t.date().value()).append("** ").append(inline(t.text())).append("\n");
        }
        md.append("\n## Contradictions\n\n");
        if (s.contradictions().isEmpty()) {
            md.append("_none found_\n");
        }
        for (Story.Contradiction c : s.contradictions()) {
            md.append("### ").append(c.kind()).append(": ").append(inline(c.topic())).append("\n\n");
            for (SourceSpan side : c.sides()) {
                md.append("- ").append(inline(outlet(side.article(), articles))).append(": «").append(inline(side.text())).append("»\n");
            }
            md.append("\n");
        }
        md.append("\n## Claims\n\n");
        if (d.claims().isEmpty()) {
            md.append("_none found_\n");
        } else {
            md.append("| speaker | outlet | stance | claim |\n|---|---|---|---|\n");
            for (Claim c : d.claims()) {
                String speaker = c.speakerText() != null ? c.speakerText()
                        : c.speaker() != null && entities.containsKey(c.speaker()) ? entities.get(c.speaker()).name() : "?";
                md.append("| ").append(cell(speaker)).append(" | ").append(cell(outlet(c.span().article(), articles)))
                        .append(" | ").append(c.stance()).append(" | ").append(cell(c.span().text())).append(" |\n");
            }
        }
        md.append("\n## Entities\n\n");
        for (Entity e : d.entities()) {
            md.append("- **").append(inline(e.name())).append("** (").append(e.type()).append(")");
            if (e.aliases().size() > 1) {
                md.append(": ").append(inline(String.join("، ", e.aliases())));
            }
            md.append("\n");
        }
        md.append("\n## Sources\n\n");
        for (Article a : articles.values()) {
            md.append("- ").append(inline(a.title())).append(" — ").append(inline(a.outlet() != null ? a.outlet() : a.source()));
            if (a.published() != null) {
                md.append(", ").append(a.published().value());
            }
            md.append(" (`").append(a.id()).append("`)\n");
        }
        return md.toString();
    }

    private static String outlets(java.util.List<String> ids, Map<String, Article> articles) {
        return ids.stream().map(id -> outlet(id, articles)).distinct().collect(Collectors.joining("، "));
    }

    private static String outlet(String articleId, Map<String, Article> articles) {
        Article a = articles.get(articleId);
        if (a == null) {
            return articleId;
        }
        return a.outlet() != null ? a.outlet() : a.source();
    }

    /** One line of text with Markdown's active characters escaped. */
    static String inline(String s) {
        return s.replaceAll("\\s+", " ").strip().replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    private static String cell(String s) {
        return inline(s);
    }
}
