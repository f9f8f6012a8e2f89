package org.isnad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Mention;
import org.isnad.core.model.RawArticle;
import org.isnad.core.stage.EntityRecognizer;
import org.isnad.ner.NerRecognizer;
import org.isnad.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One article that breaks a stage is stored, reported with its stage, and never bricks the desk. */
class DeskFaultTest {
    static final String TRADE = "قالت وزارة الاقتصاد إن حجم التبادل التجاري بلغ هذا العام 16.8 مليار دولار.";

    @TempDir
    Path tmp;

    @Test
    void aFailingStageIsReportedWithTheArticleAndTheDeskStillOpens() {
        NerRecognizer real = NerRecognizer.fromClasspath();
        EntityRecognizer flaky = new EntityRecognizer() {
            @Override
            public List<Mention> recognize(Article a) {
                if (a.text().contains("عطب")) {
                    throw new IllegalStateException("stage broke");
                }
                return real.recognize(a);
            }

            @Override
            public String provenance() {
                return real.provenance();
            }
        };
        DataDir dir = new DataDir(tmp.resolve("desk"));
        try (Desk desk = Desk.open(dir, Pipeline.standard(flaky))) {
            Desk.IngestReport ok = desk.ingest(List.of(RawArticle.text("trade.txt", TRADE)), Pipeline.Progress.NONE, o -> { });
            assertEquals(1, ok.stored());
            assertEquals(List.of(), ok.failed(), "a decimal after a year word is ordinary text");
            Desk.IngestReport bad = desk.ingest(List.of(RawArticle.text("bad.txt", "خبر فيه عطب " + TestArticles.WEATHER)),
                    Pipeline.Progress.NONE, o -> { });
            assertEquals(1, bad.stored(), "the article is stored");
            assertEquals(1, bad.failed().size(), bad.failed().toString());
            assertEquals("ner", bad.failed().get(0).stage());
            assertEquals(2, desk.memberships().size(), "both articles are in stories");
        }
        try (Desk desk = Desk.open(dir, Pipeline.standard(flaky))) {
            assertEquals(2, desk.articleIds().size());
            assertTrue(desk.analysisErrors().stream().anyMatch(e -> e.source().equals("bad.txt") && e.stage().equals("ner")),
                    "the diagnostic is kept with the analysis: " + desk.analysisErrors());
        }
    }
}
