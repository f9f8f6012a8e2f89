package org.isnad.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The result of a run: what {@code dossier.json} holds. {@code articles} pairs each article with the
 * id of its story; {@code provenance} names the models and lexicons used, with their versions.
 */
public record Dossier(Instant generatedAt, List<StoriedArticle> articles, List<Entity> entities, List<Event> events,
                      List<Claim> claims, List<Story> stories, List<InputError> errors, Map<String, String> provenance) {
    public static final String SCHEMA = "isnad.dossier/1";

    public Dossier {
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        claims = List.copyOf(claims);
        stories = List.copyOf(stories);
        errors = List.copyOf(errors);
        provenance = Map.copyOf(provenance);
    }

    /** An article and the story it was grouped into. */
    public record StoriedArticle(Article article, String story) {
    }
}
