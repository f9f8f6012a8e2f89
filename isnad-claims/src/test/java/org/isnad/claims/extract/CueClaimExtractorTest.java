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
import org.isnad.core.model.Stance;
import org.junit.jupiter.api.Test;

class CueClaimExtractorTest {
    private final ClaimExtractor extractor = new CueClaimExtractor();

    /** Resolves the given names (name, type pairs) in {@code a} and extracts its claims. */
    private List<Claim> claims(Article a, Object... namesAndTypes) {
        List<Mention> ms = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            ms.addAll(all(a, (String) namesAndTypes[i], (EntityType) namesAndTypes[i + 1]));
        }
        List<Entity> es = new RuleEntityResolver().resolve(List.of(a), ms);
        List<Claim> cs = extractor.extract(a, es, "s1");
        assertExact(List.of(a), cs.stream().map(Claim::span).toList());
        cs.forEach(c -> assertEquals("s1", c.story()));
        return cs;
    }

    private static Claim withContent(List<Claim> cs, String content) {
        return cs.stream().filter(c -> c.span().text().equals(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with content '" + content + "' in " + cs));
    }

    @Test
    void namedSpeakerWithTitleRoleAndOutletChannel() {
        Article a = article("a1", "أكد العميد ماهر الداوود، قائد شرطة بلدة السنديان، لوكالة الأنباء المحلية أن الوضع تحت السيطرة.");
        List<Claim> cs = claims(a, "ماهر الداوود", EntityType.PERSON, "بلدة السنديان", EntityType.LOCATION);
        assertEquals(1, cs.size(), cs.toString());
        Claim c = cs.get(0);
        assertEquals("الوضع تحت السيطرة", c.span().text());
        assertEquals("e1", c.speaker());
        assertEquals("العميد ماهر الداوود", c.speakerText());
        assertEquals("لوكالة الأنباء المحلية", c.channel());
        assertEquals("أكد", c.cue());
        assertEquals(Stance.ASSERTS, c.stance());
        assertEquals("a1-c1", c.id());
    }

    @Test
    void subjectlessCueGoesToThePersonJustNamed() {
        Article a = article("a1", "وصل الوزير فادي العطار إلى المدينة صباحاً. وأضاف أن الطريق سيفتح غداً.");
        List<Claim> cs = claims(a, "فادي العطار", EntityType.PERSON);
        Claim c = withContent(cs, "الطريق سيفتح غداً");
        assertEquals("e1", c.speaker());
        assertEquals("فادي العطار", c.speakerText());
        assertEquals("وأضاف", c.cue());
    }

    @Test
    void participleContinuesThePreviousSpeaker() {
        Article a = article("a1", "وقال سامي النجار إن الطريق مفتوح، مؤكداً أن الحافلات ستصل مساءً.");
        List<Claim> cs = claims(a, "سامي النجار", EntityType.PERSON);
        assertEquals(2, cs.size(), cs.toString());
        assertEquals("الطريق مفتوح، مؤكداً أن الحافلات ستصل مساءً", cs.get(0).span().text());
        assertEquals("الحافلات ستصل مساءً", cs.get(1).span().text());
        assertEquals("e1", cs.get(1).speaker());
        assertEquals("مؤكداً", cs.get(1).cue());
    }

    @Test
    void unnamedSourcesAreKeptAsWritten() {
        Article a = article("a1", "وزعمت مصادر ميدانية أن ثلاثة مقاتلين قتلوا في الاشتباك. ويقول مراقبون إن الهدنة هشة.");
        List<Claim> cs = claims(a, "الاشتباك", EntityType.OTHER);
        Claim alleged = withContent(cs, "ثلاثة مقاتلين قتلوا في الاشتباك");
        assertEquals("مصادر ميدانية", alleged.speakerText());
        assertNull(alleged.speaker());
        assertEquals(Stance.ALLEGES, alleged.stance());
        Claim said = withContent(cs, "الهدنة هشة");
        assertEquals("مراقبون", said.speakerText());
        assertEquals(Stance.ASSERTS, said.stance());
    }

    @Test
    void voiceRecordingIsTheChannel() {
        Article a = article("a1", "وقالت سلمى الراشد في تسجيل صوتي إن عائلتها محاصرة منذ يومين.");
        Claim c = claims(a, "سلمى الراشد", EntityType.PERSON).get(0);
        assertEquals("تسجيل صوتي", c.channel());
        assertEquals("سلمى الراشد", c.speakerText());
        assertEquals("عائلتها محاصرة منذ يومين", c.span().text());
    }

    @Test
    void quotedOutletAfterLamIsTheChannel() {
        Article a = article("a1", "وتقول مصادر مطلعة لـ\"الوادي\"، إن المفاوضات متوقفة.");
        Claim c = claims(a, "الوادي", EntityType.ORGANIZATION).get(0);
        assertEquals("لـ\"الوادي\"", c.channel());
        assertEquals("مصادر مطلعة", c.speakerText());
        assertEquals("المفاوضات متوقفة", c.span().text());
    }

    @Test
    void denialThreatAndDemandStances() {
        Article a = article("a1", "ونفت جماعة الرعد وجود أي اشتباكات. وحذرت جماعة الرعد من أي محاولة لاقتحام البلدة. "
                + "وطالب الأهالي بفتح ممر آمن للمدنيين.");
        List<Claim> cs = claims(a, "جماعة الرعد", EntityType.ORGANIZATION);
        Claim denial = withContent(cs, "وجود أي اشتباكات");
        assertEquals(Stance.DENIES, denial.stance());
        assertEquals("e1", denial.speaker());
        Claim threat = withContent(cs, "أي محاولة لاقتحام البلدة");
        assertEquals(Stance.THREATENS, threat.stance());
        assertEquals("e1", threat.speaker());
        Claim demand = withContent(cs, "فتح ممر آمن للمدنيين");
        assertEquals(Stance.DEMANDS, demand.stance());
        assertEquals("الأهالي", demand.speakerText());
    }

    @Test
    void accordingToBeforeAndAfterTheStatement() {
        Article a = article("a1", "قتل شخصان في القصف، بحسب مصدر محلي مطلع. وبحسب المرصد المحلي، فإن القصف استهدف السوق.");
        List<Claim> cs = claims(a, "المرصد المحلي", EntityType.ORGANIZATION);
        Claim after = withContent(cs, "قتل شخصان في القصف");
        assertEquals("مصدر محلي مطلع", after.speakerText());
        assertEquals(Stance.REPORTS, after.stance());
        Claim before = withContent(cs, "القصف استهدف السوق");
        assertEquals("e1", before.speaker());
        assertEquals("المرصد المحلي", before.speakerText());
    }

    @Test
    void quotedStatementAfterColon() {
        Article a = article("a1", "وقال ماهر الداوود: «لن نتراجع عن قرارنا». ثم غادر.");
        Claim c = claims(a, "ماهر الداوود", EntityType.PERSON).get(0);
        assertEquals("لن نتراجع عن قرارنا", c.span().text());
        assertEquals("e1", c.speaker());
    }

    @Test
    void nameBeforeTheCue() {
        Article a = article("a1", "سلمى الراشد قالت إن المياه مقطوعة.");
        Claim c = claims(a, "سلمى الراشد", EntityType.PERSON).get(0);
        assertEquals("e1", c.speaker());
        assertEquals("المياه مقطوعة", c.span().text());
    }

    @Test
    void reportedThroughAnOutletAboutASource() {
        Article a = article("a1", "ونقلت صحيفة الوادي عن مصدر عسكري قوله إن التعزيزات وصلت.");
        Claim c = claims(a, "صحيفة الوادي", EntityType.ORGANIZATION).get(0);
        assertEquals(Stance.REPORTS, c.stance());
        assertEquals("صحيفة الوادي", c.channel());
        assertEquals("مصدر عسكري", c.speakerText());
        assertEquals("التعزيزات وصلت", c.span().text());
    }

    @Test
    void newsWithoutSource() {
        Article a = article("a1", "ووردت أنباء عن اعتقال ثلاثة شبان في الحي.");
        Claim c = claims(a, "الحي", EntityType.LOCATION).get(0);
        assertEquals("اعتقال ثلاثة شبان في الحي", c.span().text());
        assertEquals(Stance.REPORTS, c.stance());
        assertEquals("ووردت أنباء", c.cue());
    }

    @Test
    void sentenceWithoutCueHasNoClaim() {
        Article a = article("a1", "وصلت القافلة إلى البلدة بعد ظهر اليوم. وانتشرت الشرطة في الشوارع.");
        assertTrue(claims(a, "البلدة", EntityType.LOCATION).isEmpty());
    }

    @Test
    void backPointingCueTakesSubjectAndMediumBeforeIt() {
        Article a = article("a1", "ونشر نادر الفاضل مقطعاً مصوراً على منصة تلغرام، قال فيه إن المقاتلين لن يسلموا سلاحهم.");
        Claim c = claims(a, "نادر الفاضل", EntityType.PERSON).get(0);
        assertEquals("e1", c.speaker());
        assertEquals("المقاتلين لن يسلموا سلاحهم", c.span().text());
    }

    @Test
    void videoAndStatementChannels() {
        Article a = article("a1", "وأعلنت جماعة الرعد في مقطع مصور أن عناصرها انسحبوا. واتهمت الجماعة عبر بيان رسمي الشرطة بخرق الهدنة.");
        List<Claim> cs = claims(a, "جماعة الرعد", EntityType.ORGANIZATION, "الجماعة", EntityType.ORGANIZATION);
        Claim video = withContent(cs, "عناصرها انسحبوا");
        assertEquals("مقطع مصور", video.channel());
        assertEquals(Stance.ASSERTS, video.stance());
        Claim accusation = cs.stream().filter(c -> c.stance() == Stance.ALLEGES).findFirst().orElseThrow();
        assertEquals("بيان رسمي", accusation.channel());
        assertEquals("واتهمت", accusation.cue());
    }

    @Test
    void accordingToWithLamAndQuotingFrom() {
        Article a = article("a1", "ووفقاً لمصادر طبية، فإن المستشفى استقبل عشرة جرحى. وسقط جريحان آخران نقلاً عن شهود عيان.");
        List<Claim> cs = claims(a, "المستشفى", EntityType.OTHER);
        Claim medical = withContent(cs, "المستشفى استقبل عشرة جرحى");
        assertEquals("مصادر طبية", medical.speakerText());
        assertEquals(Stance.REPORTS, medical.stance());
        Claim witnesses = withContent(cs, "وسقط جريحان آخران");
        assertEquals("شهود عيان", witnesses.speakerText());
    }

    @Test
    void idsAreDeterministicAndInTextOrder() {
        Article a = article("a7", "قال سامي النجار إن الطريق مفتوح. وقالت مصادر أمنية إن الطريق مغلق.");
        List<Claim> first = claims(a, "سامي النجار", EntityType.PERSON);
        List<Claim> again = claims(a, "سامي النجار", EntityType.PERSON);
        assertEquals(List.of("a7-c1", "a7-c2"), first.stream().map(Claim::id).toList());
        assertEquals(first, again);
        assertTrue(first.get(0).span().start() < first.get(1).span().start());
    }

    @Test
    void verbWithoutSubjectOrComplementizerIsNoClaim() {
        Article a = article("a1", "صارت أفعال القائد تهدد الاستقرار في المنطقة، إلى جانب خسائر أخرى.");
        assertTrue(claims(a, "المنطقة", EntityType.LOCATION).isEmpty());
    }

    @Test
    void participleAfterAnAnnouncementSpeaksForItsSubject() {
        Article a = article("a1", "وأعلن عدد من المقاتلين، في تسجيل مصور، عزمهم البقاء في البلدة، مؤكدين أن الحصار لن يطول. "
                + "وخرج كمال الشيخلي بتسجيل صوتي، قال فيه إن الطريق مقطوع.");
        List<Claim> cs = claims(a, "البلدة", EntityType.LOCATION, "كمال الشيخلي", EntityType.PERSON);
        Claim siege = withContent(cs, "الحصار لن يطول");
        assertEquals("عدد من المقاتلين", siege.speakerText());
        assertNull(siege.speaker());
        Claim road = withContent(cs, "الطريق مقطوع");
        assertEquals("تسجيل صوتي", road.channel());
        assertEquals("كمال الشيخلي", road.speakerText());
    }
}
