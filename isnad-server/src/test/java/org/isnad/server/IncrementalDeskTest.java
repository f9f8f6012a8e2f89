package org.isnad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.isnad.core.model.Article;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Mention;
import org.isnad.core.model.RawArticle;
import org.isnad.core.model.Story;
import org.isnad.core.stage.EntityRecognizer;
import org.isnad.core.stage.StoryGrouper;
import org.isnad.ingest.clean.ArticleCleaner;
import org.isnad.ingest.clean.BoilerplateLearner;
import org.isnad.ingest.read.FileArticleSource;
import org.isnad.ner.NerRecognizer;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.StoryAnalysis;
import org.isnad.server.store.ArticleStore;
import org.isnad.server.store.Database;
import org.isnad.stories.OnlineStoryGrouper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental desk: a POST answers before its article is analysed, only the stories an article
 * touches are analysed again, pending work survives a restart, a failing story blocks nothing, and the
 * stories are those of {@code Pipeline.analyze} over the same articles in the same order.
 */
class IncrementalDeskTest {
    /** An article holding this word makes the test recognizer wait at {@link #gate} (an invented word). */
    static final String HOLD = "زنبرقة";
    static final String CLASH_A_TITLE = "اشتباكات في تل السنابل";

    static volatile CountDownLatch gate = new CountDownLatch(0);
    static volatile CountDownLatch held = new CountDownLatch(1);
    static Pipeline gated;

    @TempDir
    Path tmp;

    @BeforeAll
    static void pipelines() {
        NerRecognizer real = NerRecognizer.fromClasspath();
        gated = Pipeline.standard(new EntityRecognizer() {
            @Override
            public List<Mention> recognize(Article a) {
                if (a.text().contains(HOLD)) {
                    held.countDown();
                    try {
                        gate.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return real.recognize(a);
            }

            @Override
            public String provenance() {
                return real.provenance();
            }
        });
    }

    @Test
    void aPostIsAnsweredWhileTheWriterIsBusyAndTheArticleJoinsItsStoryOnceReleased() throws Exception {
        gate = new CountDownLatch(1);
        held = new CountDownLatch(1);
        try (TestServer s = new TestServer(tmp.resolve("desk"), gated)) {
            TestServer.Reply first = s.postNow("/api/articles", "text/plain; charset=utf-8",
                    TestArticles.WEATHER + "\nوسمّى الصيادون العاصفة " + HOLD + ".", TestServer.TOKEN);
            assertEquals(201, first.status(), first.body());
            assertTrue(held.await(60, TimeUnit.SECONDS), "the writer reached the held article");

            // the writer is stuck in name recognition: a POST is still stored and answered
            String json = "{\"title\": \"" + CLASH_A_TITLE + "\", \"text\": \"" + TestArticles.CLASH_A.replace("\n", "\\n") + "\"}";
            TestServer.Reply a = s.postNow("/api/articles", "application/json", json, TestServer.TOKEN);
            assertEquals(201, a.status(), a.body());
            assertEquals("pending", a.json().get("story").asText());
            assertEquals(1, gate.getCount(), "answered while the writer was held");
            String id = a.json().get("id").asText();
            JsonNode stored = s.get("/api/articles/" + id).json();
            assertTrue(stored.get("story").isNull(), "stored, not applied yet: " + stored.get("story"));
            assertTrue(s.get("/api/stories").json().get("dirty").asBoolean());

            gate.countDown();
            s.awaitApplied();
            String story = s.get("/api/articles/" + id).json().get("story").asText();
            JsonNode dossier = s.get("/api/stories/" + story).json();
            assertEquals(List.of(id), dossier.get("articles").findValuesAsText("id"));
            assertFalse(s.get("/api/stories").json().get("dirty").asBoolean());
            TestServer.Reply again = s.postNow("/api/articles", "application/json", json, TestServer.TOKEN);
            assertEquals("duplicate", again.json().get("status").asText());
            assertEquals(story, again.json().get("story").asText(), "a duplicate is answered with its story");
        } finally {
            gate.countDown();
        }
    }

    @Test
    void onlyTheStoryAnArticleJoinsIsAnalysedAgain() {
        List<String> analysed = Collections.synchronizedList(new ArrayList<>());
        try (Desk desk = Desk.open(new DataDir(tmp.resolve("touched")), gated, analysed::add)) {
            desk.ingest(List.of(raw("a.txt", CLASH_A_TITLE, TestArticles.CLASH_A)), Pipeline.Progress.NONE, o -> { });
            desk.ingest(List.of(RawArticle.text("w.txt", TestArticles.WEATHER), RawArticle.text("m.txt", MARKET)),
                    Pipeline.Progress.NONE, o -> { });
            assertEquals(3, desk.stories().size(), desk.stories().toString());
            String clash = desk.storyOf(desk.articleIds().iterator().next()).orElseThrow();
            analysed.clear();

            desk.ingest(List.of(raw("b.txt", "مقتل سبعة في تل السنابل", TestArticles.CLASH_B)), Pipeline.Progress.NONE, o -> { });
            assertEquals(List.of(clash), analysed, "the clash story, once, and no other");
            assertEquals(2, desk.story(clash).orElseThrow().articles().size());
            assertEquals(3, desk.stories().size());
        }
    }

    @Test
    void pendingWorkLeftByAStoppedDeskIsFinishedOnTheNextOpenWithTheGrouperStateRebuilt() {
        DataDir dir = new DataDir(tmp.resolve("restart"));
        String clash;
        try (Desk desk = Desk.open(dir, gated)) {
            desk.ingest(List.of(raw("a.txt", CLASH_A_TITLE, TestArticles.CLASH_A)), Pipeline.Progress.NONE, o -> { });
            clash = desk.storyOf(desk.articleIds().iterator().next()).orElseThrow();
        }
        // stored, never applied: what a desk stopped (or killed) before its writer got to them leaves
        List<Article> late = gated.prepare(List.of(raw("b.txt", "مقتل سبعة في تل السنابل", TestArticles.CLASH_B),
                RawArticle.text("w.txt", TestArticles.WEATHER)), Pipeline.Progress.NONE).articles();
        try (Database db = Database.open(dir.database())) {
            late.forEach(a -> assertTrue(new ArticleStore(db).insert(a, null)));
        }
        try (Desk desk = Desk.open(dir, gated)) {
            desk.awaitIdle();
            assertFalse(desk.isDirty());
            assertEquals(clash, desk.storyOf(late.get(0).id()).orElseThrow(),
                    "the second report joined the story applied before the restart: the grouper remembered it");
            assertNotEquals(clash, desk.storyOf(late.get(1).id()).orElseThrow());
            assertEquals(3, desk.searchIndexSize());
        }
    }

    @Test
    void aStoryWhoseAnalysisThrowsIsRecordedAndLaterArticlesAreStillApplied() {
        Pipeline breaking = new Pipeline(new FileArticleSource(), batch -> new ArticleCleaner(new BoilerplateLearner().learn(batch)),
                new NoNames(), new OnlineStoryGrouper(), new BreakingAnalysis());
        try (Desk desk = Desk.open(new DataDir(tmp.resolve("breaking")), breaking)) {
            Desk.IngestReport bad = desk.ingest(List.of(RawArticle.text("bad.txt", "خبر فيه عطب. " + TestArticles.CLASH_A)),
                    Pipeline.Progress.NONE, o -> { });
            assertEquals(1, bad.stored());
            Desk.IngestReport good = desk.ingest(List.of(RawArticle.text("w.txt", TestArticles.WEATHER)), Pipeline.Progress.NONE, o -> { });
            assertEquals(1, good.stored());
            assertFalse(desk.isDirty(), "the queue went on past the failing story");
            assertEquals(2, desk.stories().size());
            var errors = desk.analysisErrors();
            assertEquals(1, errors.size(), errors.toString());
            assertEquals("analysis", errors.get(0).stage());
            assertTrue(errors.get(0).source().startsWith("story s") && errors.get(0).source().contains("bad.txt"), errors.get(0).source());
            assertTrue(errors.get(0).reason().contains("story broke"), errors.get(0).reason());
            String badStory = desk.stories().get(0).id();
            assertEquals(1, desk.storyDossier(badStory).orElseThrow().articles().size(), "the story keeps its article");
        }
    }

    @Test
    void theSameArticlesInTheSameOrderMakeTheStoriesAnalyzeMakesHoweverTheyArrive() {
        List<RawArticle> raws = reports();
        Dossier batch = gated.analyze(gated.prepare(raws, Pipeline.Progress.NONE).articles(), List.of(), Pipeline.Progress.NONE);
        try (Desk desk = Desk.open(new DataDir(tmp.resolve("same")), gated)) {
            desk.ingest(raws.subList(0, 10), Pipeline.Progress.NONE, o -> { });
            for (RawArticle r : raws.subList(10, 20)) {
                desk.submit(List.of(r), o -> { }); // batches of whatever the writer finds pending
            }
            for (RawArticle r : raws.subList(20, raws.size())) {
                desk.ingest(List.of(r), Pipeline.Progress.NONE, o -> { });
            }
            desk.awaitIdle();
            List<Story> expected = batch.stories();
            List<Story> got = desk.stories();
            assertTrue(expected.size() < raws.size() && expected.size() >= 5, "reports of one incident share a story: " + expected.size());
            assertEquals(expected.stream().map(Story::id).toList(), got.stream().map(Story::id).toList());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).articles(), got.get(i).articles());
                assertEquals(expected.get(i).title(), got.get(i).title());
                assertEquals(expected.get(i).storyline(), got.get(i).storyline());
                assertEquals(expected.get(i).contradictions(), got.get(i).contradictions());
                assertEquals(expected.get(i).keyPoints(), got.get(i).keyPoints());
            }
            Map<String, String> memberships = desk.memberships();
            for (Dossier.StoriedArticle a : batch.articles()) {
                assertEquals(a.story(), memberships.get(a.article().id()));
            }
        }
    }

    /** Thirty invented reports, ten incidents each told by three outlets, dated an hour apart, in order. */
    static List<RawArticle> reports() {
        String[] towns = {"عين الصفصاف", "تل الورود", "كفر النخيل", "دير السوسن", "بئر الحمام", "خربة الطين",
            "رأس الغدير", "وادي الشيح", "جسر الرمان", "مرج الزعتر"};
        String[] groups = {"لواء الفجر الجديد", "كتائب السهل", "حراس الوادي", "جبهة الضفاف", "فرقة النجمة"};
        String[] outlets = {"وكالة الضفة", "شبكة الرصد", "صحيفة المساء"};
        List<RawArticle> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            for (int o = 0; o < 3; o++) {
                String text = "أفادت " + outlets[o] + " بأن اشتباكات اندلعت في بلدة " + towns[i] + " بين قوات الأمن ومسلحين من "
                        + groups[i % groups.length] + "، وأسفرت عن مقتل " + (2 + i + o) + " أشخاص.\nوقال مسؤول محلي إن الوضع في "
                        + towns[i] + " بات تحت السيطرة.\nالتقرير رقم " + (out.size() + 1) + ".";
                String published = String.format("2031-03-%02dT%02d:00:00+00:00", 1 + i / 3, (i % 3) * 6 + o);
                out.add(new RawArticle("r" + out.size() + ".txt", null, outlets[o], "اشتباكات في " + towns[i], published, text, null));
            }
        }
        return out;
    }

    static final String MARKET = "افتتحت بلدية المرج الأخضر سوقًا شعبية جديدة للخضار والفواكه يوم الخميس، "
            + "وقال رئيس البلدية إن السوق ستفتح أبوابها كل صباح.";

    static RawArticle raw(String source, String title, String text) {
        return new RawArticle(source, null, null, title, null, text, null);
    }

    /** Analysis that throws on a story holding the word عطب and otherwise makes bare stories. */
    static final class BreakingAnalysis implements StoryAnalysis {
        @Override
        public Result analyze(List<Article> articles, List<StoryGrouper.Group> groups, List<Mention> mentions,
                              Pipeline.Progress progress) {
            List<Story> stories = new ArrayList<>();
            List<Dossier.StoriedArticle> storied = new ArrayList<>();
            for (StoryGrouper.Group g : groups) {
                List<Article> members = g.members().stream().map(articles::get).toList();
                if (members.stream().anyMatch(a -> a.text().contains("عطب"))) {
                    throw new IllegalStateException("story broke");
                }
                String id = "s" + members.get(0).id().substring(1);
                stories.add(new Story(id, g.title(), members.stream().map(Article::id).toList(), List.of(), List.of(), List.of()));
                members.forEach(a -> storied.add(new Dossier.StoriedArticle(a, id)));
            }
            return new Result(storied, List.of(), List.of(), List.of(), stories, List.of());
        }

        @Override
        public Map<String, String> provenance() {
            return Map.of();
        }
    }

    /** A recognizer that finds nothing. */
    static final class NoNames implements EntityRecognizer {
        @Override
        public List<Mention> recognize(Article a) {
            return List.of();
        }

        @Override
        public String provenance() {
            return "none";
        }
    }
}
