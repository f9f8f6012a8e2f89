package org.isnad.output;

import java.util.Map;
import org.isnad.core.model.Count;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.EventType;
import org.isnad.core.model.Stance;
import org.isnad.core.model.Story;

/**
 * Arabic words for the model's enum names, as dossier.html shows them (the desk's page, app.js,
 * carries the same words). A constant without a word here shows as its name (a test keeps the
 * tables complete).
 */
public final class Labels {
    static final Map<EntityType, String> TYPE = Map.of(EntityType.PERSON, "شخص", EntityType.ORGANIZATION, "منظمة",
            EntityType.LOCATION, "مكان", EntityType.GROUP, "جماعة", EntityType.OTHER, "أخرى");
    static final Map<Stance, String> STANCE = Map.of(Stance.ASSERTS, "يؤكد", Stance.ALLEGES, "يزعم", Stance.DENIES, "ينفي",
            Stance.REPORTS, "ينقل", Stance.DEMANDS, "يطالب", Stance.THREATENS, "يهدد");
    static final Map<EventType, String> EVENT = Map.ofEntries(Map.entry(EventType.ARMED_CLASH, "اشتباك مسلح"),
            Map.entry(EventType.ATTACK, "هجوم"), Map.entry(EventType.RAID_OR_SIEGE, "مداهمة أو حصار"),
            Map.entry(EventType.ARREST, "اعتقال"), Map.entry(EventType.ABDUCTION, "اختطاف"), Map.entry(EventType.KILLING, "قتل"),
            Map.entry(EventType.AGREEMENT, "اتفاق"), Map.entry(EventType.MOBILIZATION, "حشد"), Map.entry(EventType.STATEMENT, "تصريح"),
            Map.entry(EventType.ACCUSATION, "اتهام"), Map.entry(EventType.DENIAL, "نفي"), Map.entry(EventType.HANDOVER, "تسليم"),
            Map.entry(EventType.NEGOTIATION, "تفاوض"), Map.entry(EventType.PROTEST, "احتجاج"), Map.entry(EventType.OTHER, "أخرى"));
    static final Map<Story.Contradiction.Kind, String> KIND = Map.of(Story.Contradiction.Kind.COUNT, "عدد",
            Story.Contradiction.Kind.OUTCOME, "نتيجة", Story.Contradiction.Kind.INTENSITY, "شدة", Story.Contradiction.Kind.NAME, "اسم",
            Story.Contradiction.Kind.CAUSE, "سبب", Story.Contradiction.Kind.PLACE, "مكان", Story.Contradiction.Kind.TIME, "زمن",
            Story.Contradiction.Kind.ATTRIBUTION, "نسبة", Story.Contradiction.Kind.OTHER, "أخرى");
    static final Map<Count.Kind, String> COUNT = Map.of(Count.Kind.KILLED, "قتلى", Count.Kind.INJURED, "جرحى",
            Count.Kind.ARRESTED, "معتقلون", Count.Kind.ABDUCTED, "مختطفون", Count.Kind.DISPLACED, "نازحون",
            Count.Kind.FIGHTERS, "مقاتلون", Count.Kind.OTHER, "أخرى");

    private Labels() {
    }

    public static String of(Enum<?> value) {
        Map<?, String> table = value instanceof EntityType ? TYPE : value instanceof Stance ? STANCE
                : value instanceof EventType ? EVENT : value instanceof Story.Contradiction.Kind ? KIND
                : value instanceof Count.Kind ? COUNT : Map.of();
        String s = table.get(value);
        return s != null ? s : value.name();
    }
}
