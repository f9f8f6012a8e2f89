package org.isnad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.isnad.core.model.Article;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Mention;
import org.isnad.core.model.RawArticle;
import org.isnad.core.stage.EntityRecognizer;
import org.isnad.ner.NerRecognizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a benchmark relies on: a fresh pipeline recomputes everything, gives the same dossier, and times each stage. */
class FreshPipelineTest {
    static final List<RawArticle> RAWS = List.of(
            new RawArticle("a1", null, "صحيفة المساء", "سيول تغمر أحياء الوادي الأخضر", "2025-03-04", """
                    غمرت السيول عدداً من أحياء مدينة الوادي الأخضر بعد أمطار غزيرة هطلت طوال ليلة الثلاثاء.

                    وقال مدير الدفاع المدني سامر الخطيب إن فرق الإنقاذ أجلت أكثر من مئتي عائلة من المنازل المتضررة.
                    """, null),
            new RawArticle("a2", null, "وكالة الأنباء", "إجلاء مئتي عائلة في الوادي الأخضر", "2025-03-04", """
                    أعلنت مديرية الدفاع المدني إجلاء مئتي عائلة من أحياء الوادي الأخضر بعد أن غمرتها السيول.

                    وقال سامر الخطيب مدير الدفاع المدني إن فرق الإنقاذ أجلت أكثر من مئتي عائلة من المنازل المتضررة.
                    """, null),
            new RawArticle("a3", null, "الرياضية", "النجم الساحلي يهزم الترجي", "2025-03-05", """
                    فاز نادي النجم الساحلي على ضيفه الترجي بهدفين مقابل هدف في الجولة العاشرة من الدوري.
                    """, null),
            new RawArticle("a4", null, "الرياضية", "النجم الساحلي يهزم الترجي", "2025-03-05", """
                    فاز نادي النجم الساحلي على ضيفه الترجي بهدفين مقابل هدف في الجولة العاشرة من الدوري.
                    """, null));

    static NerRecognizer ner;

    @BeforeAll
    static void load() {
        ner = NerRecognizer.fromClasspath();
    }

    /** The shipped recognizer, counting the articles it is asked about. */
    static final class Counting implements EntityRecognizer {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public List<Mention> recognize(Article article) {
            calls.incrementAndGet();
            return ner.recognize(article);
        }

        @Override
        public String provenance() {
            return ner.provenance();
        }
    }

    private static Dossier run(Pipeline p) {
        Pipeline.Prepared prepared = p.prepare(RAWS, Pipeline.Progress.NONE);
        return p.analyze(prepared.articles(), prepared.errors(), Pipeline.Progress.NONE);
    }

    @Test
    void freshPipelineRecognizesAgainAndGivesTheSameDossier() {
        Counting counting = new Counting();
        Pipeline pipeline = Pipeline.standard(counting).withThreads(2);
        Dossier first = run(pipeline);
        assertEquals(3, first.articles().size(), "the repeated article is analysed once");
        assertTrue(first.errors().stream().anyMatch(e -> e.source().equals("a4") && e.reason().contains("a3")), first.errors().toString());
        assertEquals(3, counting.calls.get());
        run(pipeline);
        assertEquals(3, counting.calls.get(), "the same pipeline reuses its cached names");

        StageTimes times = new StageTimes();
        Dossier fresh = run(pipeline.fresh(times));
        assertEquals(6, counting.calls.get(), "a fresh pipeline recognizes every article again");
        assertEquals(first.entities(), fresh.entities());
        assertEquals(first.claims(), fresh.claims());
        assertEquals(first.stories(), fresh.stories());
        assertEquals(first.events(), fresh.events());

        Map<String, Long> stages = times.snapshot();
        for (String stage : List.of("clean", "recognize", "group", "stories", "  entities", "  claims", "  links", "  events")) {
            assertTrue(stages.getOrDefault(stage, 0L) > 0, stage + " timed: " + stages);
        }
        assertTrue(StageTimes.NONE.snapshot().isEmpty(), "the default records nothing");
    }

    @Test
    void aRecognizerThatCannotLoadFailsLoudlyNotPerArticle() {
        EntityRecognizer r = new BackgroundRecognizer(() -> {
            throw new IllegalStateException("model missing");
        });
        Error e = assertThrows(Error.class, () -> r.provenance());
        assertTrue(e.getMessage().contains("model missing"), e.getMessage());
    }
}
