package org.isnad.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.isnad.core.model.Article;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Entity;
import org.isnad.output.DossierJson;

/**
 * Single records in the dossier schema's JSON form. Goes through {@link DossierJson} on a one-record
 * dossier so that an article or entity answered alone is written exactly as inside a dossier.
 */
final class SchemaJson {
    private SchemaJson() {
    }

    static ObjectNode article(Article a, String story) {
        Dossier d = new Dossier(Instant.now(), List.of(new Dossier.StoriedArticle(a, story)), List.of(), List.of(),
                List.of(), List.of(), List.of(), Map.of());
        return (ObjectNode) DossierJson.toJson(d).get("articles").get(0);
    }

    static ObjectNode entity(Entity e) {
        Dossier d = new Dossier(Instant.now(), List.of(), List.of(e), List.of(), List.of(), List.of(), List.of(), Map.of());
        return (ObjectNode) DossierJson.toJson(d).get("entities").get(0);
    }
}
