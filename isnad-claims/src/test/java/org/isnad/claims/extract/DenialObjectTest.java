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

/** Denials, accusations, threats and demands whose object is a noun phrase, not an أن clause. */
class DenialObjectTest {
    private List<Claim> claims(Article a, Object... namesAndTypes) {
        List<Mention> ms = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            ms.addAll(all(a, (String) namesAndTypes[i], (EntityType) namesAndTypes[i + 1]));
        }
        List<Entity> es = new RuleEntityResolver().resolve(List.of(a), ms);
        List<Claim> cs = new CueClaimExtractor().extract(a, es, "s1");
        assertExact(List.of(a), cs.stream().map(Claim::span).toList());
        return cs;
    }

    private static Claim withCue(List<Claim> cs, String cue) {
        return cs.stream().filter(c -> c.cue().equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with cue '" + cue + "' in " + cs));
    }

    @Test
    void pronounSubjectDenialContinuesTheLastSpeakerOfTheParagraph() {
        Article a = article("a1", "وقال كمال الزيناتي إن الحملة مدبرة من الخارج، ووصف رجال الأمن بالمرتزقة. "
                + "كما نفى جميع التهم الموجهة إليه بالانتماء إلى عصابة مسلحة، وكذلك الاتهامات المتعلقة بالخطف، "
                + "وزعم أن خصومه يلاحقونه.");
        List<Claim> cs = claims(a, "كمال الزيناتي", EntityType.PERSON);
        Claim denial = withCue(cs, "نفى");
        assertEquals(Stance.DENIES, denial.stance());
        assertEquals("e1", denial.speaker());
        assertEquals("جميع التهم الموجهة إليه بالانتماء إلى عصابة مسلحة، وكذلك الاتهامات المتعلقة بالخطف",
                denial.span().text());
        Claim allegation = withCue(cs, "وزعم");
        assertEquals(Stance.ALLEGES, allegation.stance());
        assertEquals("خصومه يلاحقونه", allegation.span().text());
        assertEquals("e1", allegation.speaker());
    }

    @Test
    void pronounSubjectWithNobodySpokenOfBeforeIsNoClaim() {
        Article a = article("a1", "وصلت القافلة إلى البلدة صباحاً. كما نفى جميع التهم الموجهة إليه.");
        List<Claim> cs = claims(a);
        assertTrue(cs.isEmpty(), cs.toString());
    }

    @Test
    void unnamedInstitutionDeniesANounObject() {
        Article a = article("a1", "ونفت الوزارة الاتهامات التي وجهتها لها المنظمة.");
        List<Claim> cs = claims(a);
        Claim denial = withCue(cs, "ونفت");
        assertEquals(Stance.DENIES, denial.stance());
        assertEquals("الوزارة", denial.speakerText());
        assertNull(denial.speaker());
        assertEquals("الاتهامات التي وجهتها لها المنظمة", denial.span().text());
    }

    @Test
    void namedSubjectDeniesTheTruthOfReports() {
        Article a = article("a1", "نفى رامي العسلي صحة الأنباء عن اعتقاله.");
        List<Claim> cs = claims(a, "رامي العسلي", EntityType.PERSON);
        Claim denial = withCue(cs, "نفى");
        assertEquals(Stance.DENIES, denial.stance());
        assertEquals("e1", denial.speaker());
        assertEquals("صحة الأنباء عن اعتقاله", denial.span().text());
    }

    @Test
    void accusationPointingBackToARecordingTakesTheNamedPerson() {
        Article a = article("a1", "وظهر نبيل الصراف في تسجيل صوتي اتهم فيه الأجهزة الأمنية بالوقوف وراء الهجوم، "
                + "زاعماً أن خصومه يريدون قتله.");
        List<Claim> cs = claims(a, "نبيل الصراف", EntityType.PERSON);
        Claim accusation = withCue(cs, "اتهم");
        assertEquals(Stance.ALLEGES, accusation.stance());
        assertEquals("e1", accusation.speaker());
        assertEquals("الأجهزة الأمنية بالوقوف وراء الهجوم", accusation.span().text());
        assertEquals("تسجيل صوتي", accusation.channel());
    }

    @Test
    void verbInsideAClauseAfterItsNounIsStillNoClaim() {
        Article a = article("a1", "قال كمال الزيناتي إن الطريق مفتوح. وصارت أفعال القائد تهدد الاستقرار في المنطقة.");
        List<Claim> cs = claims(a, "كمال الزيناتي", EntityType.PERSON);
        assertTrue(cs.stream().noneMatch(c -> c.stance() == Stance.THREATENS), cs.toString());
    }

    @Test
    void unnamedSubjectBeforeAPointingBackCueIsNotTakenFromTheLastSpeaker() {
        Article a = article("a1", "وقال كمال الزيناتي إن الحملة مدبرة. وظهرت والدة الفتاة بمقطع مصور ناشدت فيه "
                + "الجهات الأمنية التدخل لتحرير ابنتها.");
        List<Claim> cs = claims(a, "كمال الزيناتي", EntityType.PERSON);
        assertTrue(cs.stream().noneMatch(c -> c.stance() == Stance.DEMANDS && "e1".equals(c.speaker())), cs.toString());
    }
}
