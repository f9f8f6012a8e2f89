package org.isnad.core.stage;

import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Mention;

/** Finds named-entity mentions in an article, each with its exact span. */
public interface EntityRecognizer {
    List<Mention> recognize(Article article);

    /** Name and version of the model behind it, recorded in every dossier. */
    String provenance();
}
