package org.isnad.claims.extract;

import static org.isnad.claims.TestTexts.all;
import static org.isnad.claims.TestTexts.article;
import static org.isnad.claims.TestTexts.assertExact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.isnad.claims.resolve.RuleEntityResolver;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Mention;
import org.junit.jupiter.api.Test;

/** Who said it, on invented news sentences: passives, relayed sources, titles, continuations, trimmed spans. */
class SpeakerRulesTest {
    private final ClaimExtractor extractor = new CueClaimExtractor();

    private List<Claim> claims(Article a, Object... namesAndTypes) {
        List<Mention> ms = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            ms.addAll(all(a, (String) namesAndTypes[i], (EntityType) namesAndTypes[i + 1]));
        }
        List<Entity> es = new RuleEntityResolver().resolve(List.of(a), ms);
        List<Claim> cs = extractor.extract(a, es, "s1");
        assertExact(List.of(a), cs.stream().map(Claim::span).toList());
        return cs;
    }

    /** The claim whose content starts with {@code words} (after a complementizer), else the first containing them. */
    private static Claim about(List<Claim> cs, String words) {
        return cs.stream().filter(c -> c.span().text().replaceFirst("^(إنه|إنها|بأنه|أنه) ", "").startsWith(words)).findFirst()
                .or(() -> cs.stream().filter(c -> c.span().text().contains(words)).findFirst())
                .orElseThrow(() -> new AssertionError("no claim with '" + words + "' in " + cs));
    }

    @Test
    void aPassiveReportingVerbNamesNoSpeaker() {
        Article a = article("a1", "وقال الوزير سليم الخطيب إن الطريق سيفتح غدا. وأُعلن لاحقا أن الاجتماع أُرجئ إلى الأسبوع المقبل.");
        List<Claim> cs = claims(a, "سليم الخطيب", EntityType.PERSON);
        assertTrue(cs.stream().noneMatch(c -> c.span().text().startsWith("الاجتماع")), cs.toString());
    }

    @Test
    void theAccusedAfterAPassiveAccusationIsNotItsSpeaker() {
        Article a = article("a1", "ويُتهم المدير السابق فراس النجار بإخفاء وثائق العقود عن لجنة التحقيق.");
        List<Claim> cs = claims(a, "فراس النجار", EntityType.PERSON);
        assertTrue(cs.stream().noneMatch(c -> c.speakerText() != null && c.speakerText().contains("النجار")), cs.toString());
    }

    @Test
    void aSourceQuotedThroughAPassiveVerbIsTheSpeaker() {
        Article a = article("a1", "ونُقل عن مصدر أمني قوله إن الانفجار أسفر عن مقتل ثلاثة أشخاص.");
        Claim c = about(claims(a), "الانفجار");
        assertEquals("مصدر أمني", c.speakerText());
    }

    @Test
    void aRelayedSourceIsTheSpeakerAndTheRelayTheChannel() {
        Article a = article("a1", "وقال المرصد المحلي نقلا عن مصادر طبية إن القصف طال ثلاث بلدات في الريف الشرقي.");
        Claim c = about(claims(a), "القصف");
        assertEquals("مصادر طبية", c.speakerText());
        assertEquals("المرصد المحلي", c.channel());
    }

    @Test
    void whatAnAgencyReportedIsTheAgencys() {
        Article a = article("a1", "ارتفعت حصيلة الفيضانات إلى عشرين قتيلا بحسب ما أفادت وكالة الأنباء الرسمية.");
        Claim c = about(claims(a), "ارتفعت");
        assertEquals("وكالة الأنباء الرسمية", c.speakerText());
    }

    @Test
    void inHisWordsIsNotASource() {
        Article a = article("a1", "وكتب النائب حسان الكردي أن القانون يخالف الدستور، حسب تعبيره.");
        List<Claim> cs = claims(a, "حسان الكردي", EntityType.PERSON);
        assertTrue(cs.stream().noneMatch(c -> "تعبيره".equals(c.speakerText())), cs.toString());
    }

    @Test
    void aPersonAfterATitleNamingAnOrganisationIsTheSpeaker() {
        Article a = article("a1", "وقال منسق الأمم المتحدة للشؤون الإنسانية في البلاد كريم السعدي إن المساعدات لم تصل بعد.");
        Claim c = about(claims(a, "الأمم المتحدة", EntityType.ORGANIZATION, "كريم السعدي", EntityType.PERSON), "المساعدات");
        assertTrue(c.speakerText().endsWith("كريم السعدي"), c.speakerText());
        assertTrue(!c.speakerText().contains("الأمم المتحدة"), c.speakerText());
    }

    @Test
    void aTitleWithNoNameIsTheSpeakerNotTheOrganisationInIt() {
        Article a = article("a1", "ولفت أمين اللجنة التنفيذية لحزب الوسط الوطني، إلى أن الانتخابات ستجرى في موعدها.");
        Claim c = about(claims(a, "حزب الوسط الوطني", EntityType.ORGANIZATION), "الانتخابات");
        assertEquals("أمين اللجنة التنفيذية لحزب الوسط الوطني", c.speakerText());
        assertNull(c.speaker(), "the secretary is not the party");
    }

    @Test
    void aNameFollowedByItsTitleIsTheSpeakerEvenWhenNotRecognized() {
        Article a = article("a1", "وقال سامر الحلبي، أمين سر نقابة المهندسين، إن الإضراب مستمر حتى تلبية المطالب.");
        Claim c = about(claims(a, "نقابة المهندسين", EntityType.ORGANIZATION), "الإضراب");
        assertEquals("سامر الحلبي", c.speakerText());
    }

    @Test
    void anOutletTheSpeakerTalkedToIsTheChannel() {
        Article a = article("a1", "وقال محامي العائلات لرويترز إن المحكمة أمهلت الدولة أسبوعا للرد.");
        Claim c = about(claims(a, "رويترز", EntityType.ORGANIZATION), "المحكمة");
        assertEquals("محامي العائلات", c.speakerText());
        assertEquals("لرويترز", c.channel());
    }

    @Test
    void anAgencyRelayingAStatementIsPartOfTheChannel() {
        Article a = article("a1", "وقال الجيش الوطني، في بيان نقلته وكالة أنباء الشرق، إنه أسقط طائرة مسيرة.");
        Claim c = about(claims(a, "أنباء الشرق", EntityType.ORGANIZATION), "أسقط");
        assertEquals("الجيش الوطني", c.speakerText());
    }

    @Test
    void aSpeakerAfterLilIsWrittenWithItsArticle() {
        // the recognizer's mention starts after لل (مرصد ...), as it does on real text
        Article a = article("a1", "ووفقا للمرصد الوطني لحقوق الإنسان، فإن عشرات العائلات عادت إلى القرية.");
        Claim c = about(claims(a, "مرصد الوطني لحقوق الإنسان", EntityType.ORGANIZATION), "عشرات");
        assertEquals("المرصد الوطني لحقوق الإنسان", c.speakerText());
    }

    @Test
    void aHyphenatedNameIsOneName() {
        Article a = article("a1", "وقالت الناشطة ليلى بن-حمودة إن الضغط الدولي أدى دورا في القرار.");
        Claim c = about(claims(a, "ليلى بن", EntityType.PERSON), "الضغط");
        assertTrue(c.speakerText().endsWith("ليلى بن-حمودة"), c.speakerText());
    }

    @Test
    void aConjoinedVerbAfterANameContinuesThePreviousSpeaker() {
        Article a = article("a1", "وقال مسؤول حكومي إن الضربات دقيقة وموجهة نحو جماعة الفجر، ولفت إلى أن الهجوم البري لم يبدأ بعد.");
        Claim c = about(claims(a, "جماعة الفجر", EntityType.ORGANIZATION), "الهجوم");
        assertEquals("مسؤول حكومي", c.speakerText());
    }

    @Test
    void wadafContinuesThePreviousSpeaker() {
        Article a = article("a1", "وقال وزير الري حسن عبد الواحد إن أعمال السد اكتملت. وأضاف أن التشغيل يبدأ الشهر المقبل.");
        Claim c = about(claims(a, "حسن عبد الواحد", EntityType.PERSON), "التشغيل");
        assertTrue(c.speakerText().endsWith("حسن عبد الواحد"), c.speakerText());
    }

    @Test
    void theAccusersComeBeforeTheAccused() {
        Article a = article("a1", "ويتهم منتقدون الرئيس عادل مراد باستغلال الأزمة لتأجيل الانتخابات.");
        Claim c = about(claims(a, "عادل مراد", EntityType.PERSON), "باستغلال");
        assertEquals("منتقدون", c.speakerText());
    }

    @Test
    void aParticipleSpeaksForItsClausesSubject() {
        Article a = article("a1", "وقال المتحدث باسم الصليب الأحمر إن القوافل توقفت. وأبقت النمسا حدودها مغلقة، قائلة إنها لا تستطيع استقبال المزيد.");
        Claim c = about(claims(a, "النمسا", EntityType.LOCATION, "الصليب الأحمر", EntityType.ORGANIZATION), "لا تستطيع");
        assertEquals("النمسا", c.speakerText());
    }

    @Test
    void anUnnamedSourceBeforeAPluralVerbIsItsSubject() {
        Article a = article("a1", "وتقول الحكومة إن الغارات تستهدف المسلحين، ولكن مصادر في المعارضة والسكان يقولون إن أغلب الضحايا من المدنيين.");
        Claim c = about(claims(a), "أغلب الضحايا");
        assertEquals("مصادر في المعارضة والسكان", c.speakerText());
    }

    @Test
    void theOppositionAccusingIsTheSpeakerNotTheAccused() {
        Article a = article("a1", "وتتهم المعارضة روسيا باستهداف المستشفيات في الريف الجنوبي.");
        Claim c = about(claims(a, "روسيا", EntityType.LOCATION), "روسيا باستهداف");
        assertEquals("المعارضة", c.speakerText());
    }

    @Test
    void aNameAfterATitleIsKeptWhenTheRecognizerMissedIt() {
        Article a = article("a1", "وقال الأمين العام لاتحاد العمال نبيل الزعبي في بيان إن الإضراب سيستمر.");
        Claim c = about(claims(a, "اتحاد العمال", EntityType.ORGANIZATION), "الإضراب");
        assertTrue(c.speakerText().endsWith("نبيل الزعبي"), c.speakerText());
    }

    @Test
    void aParticipleAfterANewSubjectInTheSameSentenceIsThatSubjects() {
        Article a = article("a1", "وأضاف البيان: \"القصف طال مقرات مدنية بلا مبرر\" كما انتقدت وزارة الخارجية القصف قائلة في بيان إنها ترفض استخدام أراضيها.");
        Claim c = about(claims(a, "وزارة الخارجية", EntityType.ORGANIZATION), "ترفض");
        assertEquals("وزارة الخارجية", c.speakerText());
    }
}
