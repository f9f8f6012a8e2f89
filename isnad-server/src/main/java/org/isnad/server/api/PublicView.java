package org.isnad.server.api;

import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.InputError;
import org.isnad.server.SourceNames;

/**
 * Records as the API and the exports show them: every {@code source} reduced to its
 * {@linkplain SourceNames#publicName public name}, so that no answer or exported file carries a
 * path of the server. The store keeps the full source (ingest reports and the CLI need it); this
 * is the one place where it is cut, on the way out.
 */
final class PublicView {
    private PublicView() {
    }

    static Article article(Article a) {
        return new Article(a.id(), SourceNames.publicName(a.source()), a.outlet(), a.title(), a.published(),
                a.language(), a.text(), a.removed());
    }

    static Dossier dossier(Dossier d) {
        List<Dossier.StoriedArticle> articles = d.articles().stream()
                .map(sa -> new Dossier.StoriedArticle(article(sa.article()), sa.story())).toList();
        List<InputError> errors = d.errors().stream()
                .map(e -> new InputError(SourceNames.publicName(e.source()), e.stage(), e.reason())).toList();
        return new Dossier(d.generatedAt(), articles, d.entities(), d.events(), d.claims(), d.stories(), errors,
                d.provenance());
    }
}
