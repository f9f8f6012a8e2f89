package org.isnad.core.model;

import java.util.List;

/** One referent across the articles of a run, with every surface form seen and every mention. */
public record Entity(String id, EntityType type, String name, List<String> aliases,
                     List<String> descriptions, List<SourceSpan> mentions) {
    public Entity {
        aliases = List.copyOf(aliases);
        descriptions = List.copyOf(descriptions);
        mentions = List.copyOf(mentions);
    }
}
