package org.isnad.server;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Arabic articles written for the desk-wide views: a clash in a real city (Homs, so that the
 * geocoder places it) reported by two outlets, and an unrelated book fair two months later whose
 * two reports name the same invented minister, so that one person spans two stories. A third
 * invented person shares his first name only. Every name of a person is invented.
 */
public final class DeskArticles {
    private DeskArticles() {
    }

    public static final String NORTH = "وكالة الشمال";
    public static final String VALLEY = "صحيفة الوادي";
    public static final String MINISTER = "منصور العتيبي";
    public static final String PLACE = "حمص";

    public static final String CLASH_1 = """
            اندلعت اشتباكات عنيفة صباح الاثنين في مدينة حمص بين قوات الأمن ومسلحين مجهولين، ما أسفر عن مقتل \
            أربعة عناصر وإصابة ستة آخرين.
            وقال وزير الداخلية منصور العتيبي إن القوات طاردت المسلحين حتى أطراف المدينة.""";

    public static final String CLASH_2 = """
            قُتل أربعة من عناصر الأمن في اشتباكات اندلعت صباح الاثنين في مدينة حمص مع مسلحين مجهولين.
            وأكد وزير الداخلية منصور العتيبي أن التحقيق جارٍ لمعرفة هوية المهاجمين.""";

    public static final String FAIR_1 = """
            افتتح وزير الداخلية منصور العتيبي يوم الأحد معرض الكتاب السنوي في العاصمة بمشاركة مئتي دار نشر.
            وقال العتيبي إن المعرض يستمر عشرة أيام ويستقبل الزوار مجانًا.""";

    public static final String FAIR_2 = """
            فتح معرض الكتاب السنوي أبوابه الأحد بحضور وزير الداخلية منصور العتيبي ومئتي دار نشر من عشرين بلدًا.
            وأعلن منظمو المعرض أن الدخول مجاني طوال أيامه العشرة.""";

    /** Posts one article with its outlet and publication day; answers the reply (201, or 200 for a duplicate). */
    public static TestServer.Reply post(TestServer s, String outlet, String title, String published, String text) {
        String body = new ObjectMapper().createObjectNode().put("outlet", outlet).put("title", title)
                .put("published", published).put("text", text).toString();
        return s.post("/api/articles", "application/json", body, TestServer.TOKEN);
    }

    /** The four articles; answers the story ids of the clash and of the fair. */
    public static String[] postAll(TestServer s) {
        String clash = s.storyOf(post(s, NORTH, "اشتباكات في حمص", "2024-03-11", CLASH_1));
        post(s, VALLEY, "مقتل أربعة في حمص", "2024-03-11", CLASH_2);
        post(s, NORTH, "افتتاح معرض الكتاب", "2024-05-20", FAIR_1);
        String fair = s.storyOf(post(s, VALLEY, "معرض الكتاب يفتح أبوابه", "2024-05-20", FAIR_2));
        // a later ingest may regroup: ask again
        clash = s.get("/api/articles/" + post(s, NORTH, "اشتباكات في حمص", "2024-03-11", CLASH_1).json().get("id").asText())
                .json().get("story").asText();
        return new String[] {clash, fair};
    }
}
