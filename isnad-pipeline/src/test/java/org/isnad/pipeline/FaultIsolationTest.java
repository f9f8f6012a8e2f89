package org.isnad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.claims.extract.ClaimExtractor;
import org.isnad.claims.extract.CueClaimExtractor;
import org.isnad.claims.resolve.RuleEntityResolver;
import org.isnad.claims.stance.TrainedStatementComparer;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.InputError;
import org.isnad.core.model.Mention;
import org.isnad.core.stage.EntityRecognizer;
import org.isnad.events.StoryEventAnalyzer;
import org.isnad.ingest.clean.ArticleCleaner;
import org.isnad.ingest.clean.BoilerplateLearner;
import org.isnad.ingest.read.FileArticleSource;
import org.isnad.ner.NerRecognizer;
import org.isnad.stories.SimilarityStoryGrouper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stage that fails on one article or story is recorded there, and every other article is analysed. */
class FaultIsolationTest {
    static final String TRADE = "قالت وزارة الاقتصاد إن حجم التبادل التجاري بين البلدين بلغ هذا العام 16.8 مليار دولار، "
            + "مقارنة بنحو 12 مليارا في العام الماضي.";
    static final String FLOOD = "غمرت السيول أحياء مدينة الوادي بعد أمطار غزيرة، وأعلن الدفاع المدني إجلاء مئتي عائلة.";
    static final String POISON = "كلمة-تفشل";

    static Pipeline pipeline(EntityRecognizer recognizer, ClaimExtractor claims) {
        BoilerplateLearner learner = new BoilerplateLearner();
        return new Pipeline(new FileArticleSource(), batch -> new ArticleCleaner(learner.learn(batch)), recognizer,
                new SimilarityStoryGrouper(), new StandardStoryAnalysis(new RuleEntityResolver(), claims,
                new ClaimLinker(TrainedStatementComparer.load()), new StoryEventAnalyzer()));
    }

    @Test
    void aDecimalAfterAYearWordIsAnalysedLikeAnyNumber(@TempDir Path in) throws Exception {
        Files.writeString(in.resolve("trade.txt"), TRADE);
        Dossier d = Pipeline.standard().run(List.of(in), Pipeline.Progress.NONE);
        assertEquals(List.of(), d.errors());
        assertEquals(1, d.articles().size());
        assertFalse(d.claims().isEmpty(), "the ministry's statement is still a claim");
    }

    @Test
    void failingNerAndClaimStagesCostOnlyTheirArticleAndLayer(@TempDir Path in) throws Exception {
        Files.writeString(in.resolve("a-flood.txt"), FLOOD);
        Files.writeString(in.resolve("b-poison.txt"), "أعلن المتحدث أن " + POISON + " لن تمر. " + FLOOD);
        Files.writeString(in.resolve("c-trade.txt"), TRADE);
        NerRecognizer real = NerRecognizer.fromClasspath();
        EntityRecognizer flaky = new EntityRecognizer() {
            @Override
            public List<Mention> recognize(org.isnad.core.model.Article a) {
                if (a.text().contains(POISON)) {
                    throw new IllegalStateException("boom in ner");
                }
                return real.recognize(a);
            }

            @Override
            public String provenance() {
                return real.provenance();
            }
        };
        CueClaimExtractor realClaims = new CueClaimExtractor();
        ClaimExtractor flakyClaims = new ClaimExtractor() {
            @Override
            public List<org.isnad.core.model.Claim> extract(org.isnad.core.model.Article a,
                                                            List<org.isnad.core.model.Entity> entities, String story) {
                if (a.text().contains(POISON)) {
                    throw new ArrayIndexOutOfBoundsException("boom in claims");
                }
                return realClaims.extract(a, entities, story);
            }
        };
        Dossier d = pipeline(flaky, flakyClaims).run(List.of(in), Pipeline.Progress.NONE);
        assertEquals(3, d.articles().size(), "the failing article is kept");
        List<InputError> errors = d.errors();
        assertEquals(2, errors.size(), errors.toString());
        assertEquals("ner", errors.get(0).stage());
        assertTrue(errors.get(0).source().endsWith("b-poison.txt"), errors.toString());
        assertTrue(errors.get(0).reason().contains("boom in ner"), errors.toString());
        assertEquals("claims", errors.get(1).stage());
        assertTrue(errors.get(1).source().endsWith("b-poison.txt"));
        assertTrue(d.claims().stream().anyMatch(c -> c.span().text().contains("التبادل التجاري")
                || c.span().text().contains("16.8")), "the other articles keep their claims");
    }
}
