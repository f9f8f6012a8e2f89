package org.isnad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Count;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A trigger is an event only in its sense, with the arguments that sense needs, and only when the
 * happening is reported as real. Invented sentences; each rule has a positive twin so that the test
 * fails if the extractor stops finding events at all.
 */
class EventSenseTest {
    private final LexiconEventExtractor extractor = new LexiconEventExtractor();

    private List<EventMention> real(String text, EventType type, String... places) {
        Article a = Fixtures.article("n", "o", "2024-05-02", text);
        List<Entity> ents = new java.util.ArrayList<>();
        for (int i = 0; i < places.length; i++) {
            ents.add(Fixtures.entity("p" + i, EntityType.LOCATION, List.of(a), places[i]));
        }
        return extractor.extract(a, ents).stream().filter(m -> m.type() == type && m.modality().isReal()).toList();
    }

    @Test
    void aFootballAttackIsNoEventButAnAttackOnATownIs() {
        assertEquals(List.of(), real("وشن مهاجم الفريق هجوما خطيرا على مرمى المنتخب في الشوط الثاني من المباراة.",
                EventType.ATTACK));
        assertEquals(1, real("وشن مسلحون هجوما على حاجز للشرطة في بلدة عين الزيتون فجر اليوم.", EventType.ATTACK,
                "عين الزيتون").size());
    }

    @Test
    void aMediaAttackIsNoAttack() {
        assertEquals(List.of(), real("وشن الوزير هجوما إعلاميا على المعارضة في بلدة عين الزيتون.", EventType.ATTACK,
                "عين الزيتون"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "لم يعتقل الأمن أحدا من المتظاهرين في بلدة عين الزيتون.",
        "لن تعتقل الشرطة أيا من المحتجين في بلدة عين الزيتون.",
        "وهدد الجيش باعتقال قادة الفصائل في بلدة عين الزيتون.",
        "ودعا المجلس إلى اعتقال المسؤولين عن الحادث في بلدة عين الزيتون.",
        "وفي حال اعتقال قادة الفصائل في بلدة عين الزيتون ستندلع مواجهات.",
        "وستعتقل الشرطة المشتبه بهم في بلدة عين الزيتون غدا."
    })
    void negatedThreatenedDemandedConditionalAndFutureArrestsAreNoEvents(String text) {
        assertEquals(List.of(), real(text, EventType.ARREST, "عين الزيتون"), text);
    }

    @Test
    void anArrestNeedsSomeoneArrested() {
        assertEquals(List.of(), real("ويخشى السكان العودة إلى البلدة خوفا من الاعتقالات.", EventType.ARREST));
        List<EventMention> twelve = real("واعتقلت الشرطة 12 شخصا في بلدة عين الزيتون.", EventType.ARREST, "عين الزيتون");
        assertEquals(1, twelve.size());
        assertEquals(12, twelve.get(0).counts().get(0).count().value());
        assertEquals(1, real("وأعلنت الشرطة اعتقال ناشطين في بلدة عين الزيتون.", EventType.ARREST, "عين الزيتون").size());
    }

    @Test
    void refusedOrAgreedHandoversAreNoHandovers() {
        assertEquals(List.of(), real("وقال قائد الفصيل إنه يرفض تسليم سلاحه للجيش.", EventType.HANDOVER));
        assertEquals(List.of(), real("ويتضمن الاتفاق تسليم السلاح الثقيل على مراحل.", EventType.HANDOVER));
        assertEquals(List.of(), real("ووافق المقاتلون على تسليم المعبر للجيش.", EventType.HANDOVER));
        assertEquals(1, real("وسلمت الفصائل المعبر الحدودي للجيش صباح اليوم.", EventType.HANDOVER).size());
    }

    @Test
    void stoppingTheFightingAfterAndIsNoClash() {
        // «ووقف»: the conjunction must not hide the stopping word
        assertEquals(List.of(), real("وتنص التهدئة على انسحاب المسلحين ووقف القتال في البلدة.", EventType.ARMED_CLASH));
        assertEquals(1, real("واندلع القتال في بلدة عين الزيتون فجر اليوم.", EventType.ARMED_CLASH, "عين الزيتون").size());
    }

    @Test
    void aTitleLineHoldsNoEventTheBodyDoes() {
        String text = "مقتل ثلاثة في هجوم على حاجز للشرطة\n"
                + "قتل ثلاثة من عناصر الشرطة في هجوم مسلح على حاجز في بلدة عين الزيتون.";
        Article a = Fixtures.article("n", "o", "2024-05-02", text);
        List<EventMention> ms = extractor.extract(a, List.of(Fixtures.entity("p", EntityType.LOCATION, List.of(a),
                "عين الزيتون")));
        assertFalse(ms.isEmpty());
        int body = text.indexOf('\n');
        assertTrue(ms.stream().allMatch(m -> m.trigger().start() > body), ms.toString());
    }

    @Test
    void anUnknownTollIsNoCountAndAGivenOneIsRead() {
        Article a = Fixtures.article("x1", "o1", "2024-05-02",
                "واستهدف قصف مدفعي سوق بلدة عين الزيتون، ولم يعرف عدد القتلى بعد.");
        Article b = Fixtures.article("x2", "o2", "2024-05-02",
                "واستهدف قصف مدفعي سوق بلدة عين الزيتون، وقال مسعفون إن 8 من المتسوقين قتلوا.");
        List<Article> arts = List.of(a, b);
        var r = new StoryEventAnalyzer().analyze("s", arts, List.of(Fixtures.entity("p", EntityType.LOCATION, arts,
                "عين الزيتون")), List.of(), 1);
        assertTrue(r.events().stream().flatMap(e -> e.counts().stream()).noneMatch(c -> c.value() == 0), r.events().toString());
        assertEquals(List.of(8L), r.events().stream().flatMap(e -> e.counts().stream())
                .filter(c -> c.kind() == Count.Kind.KILLED).map(Count::value).toList());
    }
}
