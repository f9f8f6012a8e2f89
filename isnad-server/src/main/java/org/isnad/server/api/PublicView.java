package org.isnad.server.api;

import java.util.List;
import java.util.regex.Pattern;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Entity;
import org.isnad.core.model.InputError;
import org.isnad.core.model.Story;
import org.isnad.server.SourceNames;

/**
 * Records as the API and the exports show them, cut on the way out (the store keeps them whole):
 *
 * <ul>
 *   <li>every {@code source} reduced to its {@linkplain SourceNames#publicName public name}, so that
 *       no answer or exported file carries a path of the server (ingest reports and the CLI keep
 *       the full path);</li>
 *   <li>the bidi embedding, override and isolate controls (U+202A..U+202E, U+2066..U+2069) removed
 *       from the strings shown as labels: titles, outlets, entity names and aliases, a claim's
 *       speaker, key points, timeline entries, contradiction topics. Pages concatenate these with
 *       other text ({@code outlet · date · id}); an unterminated U+202E there reverses everything
 *       after it and can make a label read as something else. The marks U+200E/U+200F, which
 *       embed nothing, stay. The article text and the spans cut from it are not touched: offsets
 *       index into them.</li>
 * </ul>
 */
final class PublicView {
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

    private PublicView() {
    }

    /** {@code s} without bidi embedding, override and isolate controls (null stays null). */
    static String label(String s) {
        return s == null ? null : BIDI_CONTROLS.matcher(s).replaceAll("");
    }

    static Article article(Article a) {
        return new Article(a.id(), SourceNames.publicName(a.source()), label(a.outlet()), label(a.title()),
                a.published(), a.language(), a.text(), a.removed());
    }

    static Entity entity(Entity e) {
        return new Entity(e.id(), e.type(), label(e.name()), e.aliases().stream().map(PublicView::label).toList(),
                e.descriptions(), e.mentions());
    }

    static Story story(Story s) {
        return new Story(s.id(), label(s.title()), s.articles(),
                s.keyPoints().stream().map(k -> new Story.KeyPoint(label(k.text()), k.sources(), k.spans(), k.reports())).toList(),
                s.timeline().stream().map(t -> new Story.TimelineEntry(t.date(), label(t.text()), t.events(), t.sources()))
                        .toList(),
                s.contradictions().stream().map(c -> new Story.Contradiction(c.kind(), label(c.topic()), c.sides(), c.confidence(), c.sentences()))
                        .toList(), s.storyline(), s.reports());
    }

    static Claim claim(Claim c) {
        return new Claim(c.id(), c.span(), c.speaker(), label(c.speakerText()), c.channel(), c.cue(), c.stance(),
                c.corroboratedBy(), c.contradictedBy(), c.story());
    }

    static Dossier dossier(Dossier d) {
        List<Dossier.StoriedArticle> articles = d.articles().stream()
                .map(sa -> new Dossier.StoriedArticle(article(sa.article()), sa.story())).toList();
        List<InputError> errors = d.errors().stream()
                .map(e -> new InputError(SourceNames.publicName(e.source()), e.stage(), e.reason())).toList();
        return new Dossier(d.generatedAt(), articles, d.entities().stream().map(PublicView::entity).toList(), d.events(),
                d.claims().stream().map(PublicView::claim).toList(), d.stories().stream().map(PublicView::story).toList(),
                errors, d.provenance());
    }
}
