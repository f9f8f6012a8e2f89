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

    /** Why cleaning removed a line (the cleaner's reasons), in Arabic. */
    static final Map<String, String> REMOVAL = Map.ofEntries(Map.entry("interface text", "نص واجهة الموقع"),
            Map.entry("comment prompt", "دعوة إلى التعليق"), Map.entry("subscription prompt", "دعوة إلى الاشتراك"),
            Map.entry("share/follow prompt", "دعوة إلى المشاركة أو المتابعة"), Map.entry("related-article link", "رابط مقال ذي صلة"),
            Map.entry("source line", "سطر المصدر"), Map.entry("byline", "سطر الكاتب"), Map.entry("photo caption", "تعليق صورة"),
            Map.entry("AI summary widget", "عنوان ملخص آلي"), Map.entry("AI summary (repeats the article)", "ملخص آلي يكرر المقال"),
            Map.entry("date line", "سطر التاريخ"), Map.entry("copyright notice", "حقوق النشر"), Map.entry("tag list", "قائمة وسوم"),
            Map.entry("no words", "بلا كلمات"), Map.entry("duplicate of body text", "تكرار لنص المقال"),
            Map.entry("short non-sentence line", "سطر قصير ليس جملة"),
            Map.entry("caption or label next to boilerplate", "تعليق أو عنوان بجوار نص الواجهة"),
            Map.entry("share/comment/related/ad block", "كتلة مشاركة أو تعليقات أو إعلان"),
            Map.entry("link-dense block", "كتلة روابط"));
    private static final java.util.regex.Pattern EVENT_ID = java.util.regex.Pattern.compile("\\s*\\([a-z][0-9a-f]{6,}-[a-z]+\\d+\\)");

    private Labels() {
    }

    /** A removal reason in Arabic; one the table does not know is called text outside the article. */
    public static String removal(String reason) {
        if (reason == null) {
            return "نص خارج المقال";
        }
        if (reason.startsWith("page chrome")) {
            return "جزء من هيكل الصفحة";
        }
        return REMOVAL.getOrDefault(reason, "نص خارج المقال");
    }

    /** A contradiction's topic without the internal event id the analysis writes into it ({@code (s…-ev1)}). */
    public static String topic(String topic) {
        return topic == null ? "" : EVENT_ID.matcher(topic).replaceAll("");
    }

    public static String of(Enum<?> value) {
        Map<?, String> table = value instanceof EntityType ? TYPE : value instanceof Stance ? STANCE
                : value instanceof EventType ? EVENT : value instanceof Story.Contradiction.Kind ? KIND
                : value instanceof Count.Kind ? COUNT : Map.of();
        String s = table.get(value);
        return s != null ? s : value.name();
    }
}
