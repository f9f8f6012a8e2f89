package org.isnad.claims.extract;

import static org.isnad.claims.TestTexts.all;
import static org.isnad.claims.TestTexts.article;
import static org.isnad.claims.TestTexts.assertExact;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Words that look like reporting cues but quote nobody, seen on real wire copy and replayed on invented
 * sentences: {@code بحسب التوقيت المحلي}, the impersonal {@code يُذكر أن}, and {@code يُدعى} "who is called".
 */
class ReportingCuePitfallsTest {
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

    @Test
    void localTimeIsNoSource() {
        Article a = article("a1", "قالت الشرطة إن الحافلة انحرفت عن الطريق حوالي الساعة الثامنة بحسب التوقيت المحلي في بلدة الريحان.");
        List<Claim> cs = claims(a);
        assertTrue(cs.stream().noneMatch(c -> c.speakerText() != null && c.speakerText().contains("التوقيت")), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> "الشرطة".equals(c.speakerText())), cs.toString());
    }

    @Test
    void accordingToLocalTimeIsNoSourceEither() {
        Article a = article("a1", "انطلقت القافلة في السادسة صباحا وفقا للتوقيت المحلي نحو بلدة الريحان.");
        assertEquals(List.of(), claims(a));
    }

    @Test
    void itIsWorthMentioningIsTheOutletsOwnNote() {
        Article a = article("a1", "وقالت الشرطة إن المشتبه به اعتقل. ويذكر أن الوزير منير الساعدي كان قد زار البلدة أمس.");
        List<Claim> cs = claims(a, "منير الساعدي", EntityType.PERSON);
        assertTrue(cs.stream().noneMatch(c -> c.span().text().contains("زار البلدة")), cs.toString());
    }

    @Test
    void whoIsCalledIsNoAllegation() {
        Article a = article("a1", "وقال متحدث باسم الشرطة، يدعى كريم الورداني، للصحفيين إن المشتبه به في الحجز.");
        List<Claim> cs = claims(a, "كريم الورداني", EntityType.PERSON);
        assertTrue(cs.stream().noneMatch(c -> c.cue().contains("يدعى")), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.span().text().equals("المشتبه به في الحجز")), cs.toString());
    }

    @Test
    void aClaimantStillAlleges() {
        Article a = article("a1", "ويدعي المحامي كريم الورداني أن موكله بريء.");
        List<Claim> cs = claims(a, "كريم الورداني", EntityType.PERSON);
        assertEquals(1, cs.size(), cs.toString());
        assertEquals("موكله بريء", cs.get(0).span().text());
    }

    @Test
    void carriedIsNotQuoted() {
        Article a = article("a1", "وقال المسعف رامز العلي إنهم نقلوا الليلة الماضية 18 جثة، غير أن عدد القتلى ارتفع إلى نحو 30 شخصا.");
        List<Claim> cs = claims(a, "رامز العلي", EntityType.PERSON);
        assertTrue(cs.stream().noneMatch(c -> c.cue().equals("نقلوا")), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> "رامز العلي".equals(c.speakerText())), cs.toString());
    }

    @Test
    void quotingThroughAnAgencyStillReports() {
        Article a = article("a1", "ونقلت وكالة الأنباء المحلية عن مسؤول في البلدية قوله إن الطريق مفتوح.");
        List<Claim> cs = claims(a);
        assertTrue(cs.stream().anyMatch(c -> c.span().text().equals("الطريق مفتوح")), cs.toString());
    }

    @Test
    void aPrepositionIsNoSpeaker() {
        Article a = article("a1", "وتبنت جبهة الوشق الهجوم، إذ قالت في بيان إن مقاتليها هاجموا الثكنة. "
                + "وقالت أجهزة الطوارئ في بلدة الريحان إن 13 شخصا أصيبوا.");
        List<Claim> cs = claims(a, "جبهة الوشق", EntityType.ORGANIZATION, "بلدة الريحان", EntityType.LOCATION);
        assertTrue(cs.stream().noneMatch(c -> "في".equals(c.speakerText())), cs.toString());
        Claim injured = cs.stream().filter(c -> c.span().text().startsWith("13 شخصا")).findFirst().orElseThrow();
        assertTrue(injured.speakerText().startsWith("أجهزة الطوارئ"), cs.toString());
    }

    @Test
    void itIsWorthMentioningThatIsTheOutletsOwnNoteToo() {
        Article a = article("a1", "وقال الرائد رامز العلي إن الوضع هادئ. يذكر أنه في مايو الماضي انفجرت سيارة قرب الميناء.");
        List<Claim> cs = claims(a, "رامز العلي", EntityType.PERSON);
        assertTrue(cs.stream().noneMatch(c -> c.cue().equals("يذكر")), cs.toString());
    }

    @Test
    void aSubjectlessSayAfterAnAnnouncementIsTheAnnouncers() {
        Article a = article("a1", "وقال قائد الشرطة رامز العلي إن الانفجار وقع عند المدخل. "
                + "وأعلنت جبهة الوشق مسؤوليتها عن الانفجار، وقالت \"عملية نوعية استهدفت مركزا أمنيا\".");
        List<Claim> cs = claims(a, "رامز العلي", EntityType.PERSON, "جبهة الوشق", EntityType.ORGANIZATION);
        Claim c = cs.stream().filter(x -> x.span().text().contains("عملية نوعية")).findFirst()
                .orElseThrow(() -> new AssertionError(cs.toString()));
        assertEquals("جبهة الوشق", c.speakerText(), cs.toString());
    }

    @Test
    void underTheAgreementIsNoSource() {
        Article a = article("a1", "ووفقا للاتفاق، غادرت الدفعة الأولى من المحتجزين بلدة الريحان.");
        assertTrue(claims(a).stream().noneMatch(c -> c.speakerText() != null && c.speakerText().contains("اتفاق")));
    }

    @Test
    void aPhraseOpeningWithInIsNoSource() {
        Article a = article("a1", "أعلنت وكالة الأنباء المحلية إخراج عشرات المحتجزين. وذكرت في خبر نشر على موقعها أن الحافلات وصلت.");
        List<Claim> cs = claims(a);
        assertTrue(cs.stream().noneMatch(c -> c.speakerText() != null && c.speakerText().startsWith("في")), cs.toString());
    }
}
