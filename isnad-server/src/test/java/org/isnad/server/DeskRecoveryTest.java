package org.isnad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.RawArticle;
import org.isnad.pipeline.Pipeline;
import org.isnad.server.store.AnalysisStore;
import org.isnad.server.store.ArticleStore;
import org.isnad.server.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store left between an article commit and its application is finished on the next open. */
class DeskRecoveryTest {
    @TempDir
    Path tmp;

    @Test
    void aDirtyStoreIsAnalysedAndReindexedOnOpen() {
        DataDir dir = new DataDir(tmp.resolve("desk"));
        Pipeline pipeline = TestServer.pipeline();
        try (Desk desk = Desk.open(dir, pipeline)) {
            desk.ingest(List.of(new RawArticle("a.txt", null, "وكالة الشمال", "اشتباكات", null, TestArticles.CLASH_A, null)),
                    Pipeline.Progress.NONE, o -> { });
        }
        // what a crash right after an article commit leaves: the article stored, not applied
        Article late = pipeline.prepare(List.of(RawArticle.text("w.txt", TestArticles.WEATHER)), Pipeline.Progress.NONE)
                .articles().get(0);
        try (Database db = Database.open(dir.database())) {
            assertTrue(new ArticleStore(db).insert(late, null));
            assertEquals(1, new AnalysisStore(db).pending());
            assertFalse(new AnalysisStore(db).memberships().containsKey(late.id()));
        }
        try (Desk desk = Desk.open(dir, pipeline)) {
            desk.awaitIdle();
            assertFalse(desk.isDirty());
            assertEquals(2, desk.articleIds().size());
            assertTrue(desk.memberships().containsKey(late.id()), "the late article got a story");
            assertEquals(2, desk.searchIndexSize(), "the index caught up with the database");
            assertEquals(List.of(late.id()), desk.search("الأرصاد", 5).stream().map(h -> h.article()).toList());
        }
    }

    @Test
    void ingestingTheSameArticlesAgainChangesNothing() {
        DataDir dir = new DataDir(tmp.resolve("again"));
        List<RawArticle> raws = List.of(RawArticle.text("a.txt", TestArticles.CLASH_A), RawArticle.text("b.txt", TestArticles.CLASH_B),
                RawArticle.text("a-copy.txt", TestArticles.CLASH_A));
        try (Desk desk = Desk.open(dir, TestServer.pipeline())) {
            Desk.IngestReport first = desk.ingest(raws, Pipeline.Progress.NONE, o -> { });
            assertEquals(2, first.stored());
            var memberships = desk.memberships();
            Desk.IngestReport second = desk.ingest(raws, Pipeline.Progress.NONE, o -> { });
            assertEquals(0, second.stored());
            assertEquals(2, second.outcomes().stream().filter(o -> o.status() == Desk.Outcome.Status.DUPLICATE).count());
            assertEquals(2, desk.articleIds().size());
            assertEquals(memberships, desk.memberships());
            assertEquals(2, desk.searchIndexSize());
        }
    }
}
