package org.isnad.pipeline;

import org.isnad.claims.extract.CueClaimExtractor;
import org.isnad.claims.resolve.RuleEntityResolver;
import org.isnad.claims.stance.TrainedStatementComparer;
import org.isnad.events.StoryEventAnalyzer;
import org.isnad.ingest.clean.ArticleCleaner;
import org.isnad.ingest.clean.BoilerplateLearner;
import org.isnad.ingest.read.FileArticleSource;
import org.isnad.ner.NerRecognizer;
import org.isnad.stories.OnlineStoryGrouper;

/** Isnad's own stage implementations, wired together. */
final class Stages {
    private Stages() {
    }

    static Pipeline standard() {
        return standard(new BackgroundRecognizer(NerRecognizer::fromClasspath));
    }

    static Pipeline standard(org.isnad.core.stage.EntityRecognizer recognizer) {
        BoilerplateLearner learner = new BoilerplateLearner();
        return new Pipeline(new FileArticleSource(),
                batch -> new ArticleCleaner(learner.learn(batch)),
                recognizer,
                new OnlineStoryGrouper(),
                new StandardStoryAnalysis(new RuleEntityResolver(), new CueClaimExtractor(),
                        new ClaimLinker(TrainedStatementComparer.load()), new StoryEventAnalyzer()));
    }
}
