package org.isnad.events;

import java.util.List;
import java.util.Objects;
import org.isnad.core.model.DateValue;
import org.isnad.core.model.EventType;
import org.isnad.core.model.SourceSpan;

/**
 * One report of an event in one sentence of one article, before merging across articles.
 *
 * @param article      article id
 * @param type         event type
 * @param trigger      the trigger words as written ({@code الاشتباكات}, {@code القبض على})
 * @param sentence     the sentence the trigger is in
 * @param modality     whether it happened ({@link Modality})
 * @param actors       entity ids of who acted
 * @param targets      entity ids acted upon
 * @param location     entity id of the place, or null
 * @param locationSpan the place's mention, or null
 * @param places       ids of every LOCATION named in the sentence (places named together are related,
 *                     e.g. a town and its province)
 * @param date         when, or null
 * @param dateSource   where the date came from
 * @param dateSpan     the date expression, or null when the date is the publication date or unknown
 * @param counts       counts with their spans
 * @param intensity    the qualifier on the trigger ({@code عنيفة}, {@code محدودة})
 * @param intensitySpan trigger plus qualifier, or null when {@code intensity} is NONE
 */
public record EventMention(String article, EventType type, SourceSpan trigger, SourceSpan sentence,
                           Modality modality, List<String> actors, List<String> targets, String location,
                           SourceSpan locationSpan, List<String> places, DateValue date, DateSource dateSource, SourceSpan dateSpan,
                           List<CountMention> counts, Intensity intensity, SourceSpan intensitySpan) {
    /** Where an event's date comes from, strongest first. */
    public enum DateSource { EXPLICIT, RELATIVE, PUBLICATION, NONE }

    /** How violent the report says it was. */
    public enum Intensity { NONE, LOW, HIGH }

    public EventMention {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(trigger, "trigger");
        actors = List.copyOf(actors);
        targets = List.copyOf(targets);
        places = List.copyOf(places);
        counts = List.copyOf(counts);
    }
}
