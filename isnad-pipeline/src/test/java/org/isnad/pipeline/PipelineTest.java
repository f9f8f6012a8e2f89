package org.isnad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on the seeds plus unrelated articles in each input format. */
class PipelineTest {
    static final Path SEEDS = Path.of("..", "..", "shared", "corpus", "seeds");
    static Pipeline pipeline;

    static final String FOOTBALL = """
            النجم الساحلي يهزم الترجي ويتصدر الدوري

            فاز نادي النجم الساحلي على ضيفه الترجي بهدفين مقابل هدف في مباراة مثيرة ضمن الجولة العاشرة من الدوري.

            وسجل المهاجم ياسين الدريدي الهدف الأول في الدقيقة 23 من ركلة جزاء، قبل أن يعادل الضيوف النتيجة في الشوط الثاني.

            وأحرز البديل هدف الفوز في الوقت بدل الضائع، ليرتقي الفريق إلى صدارة الترتيب برصيد 24 نقطة.
            """;
    static final String FLOOD_HTML = """
            <html><head><title>سيول تغمر أحياء الوادي الأخضر - صحيفة المساء</title>
            <script>var tracking = "اشتباكات حملة أمنية";</script></head>
            <body><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav>
            <article><h1>سيول تغمر أحياء الوادي الأخضر وإجلاء مئتي عائلة</h1>
            <p>غمرت السيول عدداً من أحياء مدينة الوادي الأخضر بعد أمطار غزيرة هطلت طوال ليلة الثلاثاء، ما أدى إلى انقطاع الطرق الرئيسية.</p>
            <p>وأعلنت مديرية الدفاع المدني إجلاء أكثر من مئتي عائلة من المنازل المتضررة إلى مراكز إيواء مؤقتة.</p>
            <p>وحذرت هيئة الأرصاد الجوية من استمرار هطول الأمطار خلال اليومين المقبلين، داعية السكان إلى تجنب مجاري الأودية.</p>
            </article><footer>جميع الحقوق محفوظة</footer></body></html>
            """;
    static final String FOOTBALL_JSONL = "{\"url\":\"https://sport.example.com/a/1\",\"outlet\":\"الرياضية\",\"title\":\"النجم يتصدر بعد الفوز على الترجي\","
            + "\"published\":\"2025-10-20\",\"text\":\"حقق النجم الساحلي فوزاً ثميناً على الترجي في قمة الجولة العاشرة من بطولة الدوري بنتيجة 2-1. "
            + "وافتتح ياسين الدريدي التسجيل من ركلة جزاء، ثم خطف النجم هدف الفوز في الدقائق الأخيرة وانفرد بالصدارة.\"}\n";

    @BeforeAll
    static void load() {
        pipeline = Pipeline.standard();
    }

    @Test
    void seedsAndUnrelatedArticlesFormSeparateStories(@TempDir Path in) throws Exception {
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path p : files.toList()) {
                Files.copy(p, in.resolve(p.getFileName()));
            }
        }
        Files.writeString(in.resolve("football.txt"), FOOTBALL);
        Files.createDirectories(in.resolve("more"));
        Files.writeString(in.resolve("more").resolve("flood.html"), FLOOD_HTML);
        Files.writeString(in.resolve("more").resolve("feed.jsonl"), FOOTBALL_JSONL);

        Dossier d = pipeline.run(List.of(in), Pipeline.Progress.NONE);
        assertEquals(List.of(), d.errors());
        assertEquals(8, d.articles().size());
        Map<String, String> sourceOf = new HashMap<>();
        // a JSONL article's source is FILE:LINE
        d.articles().forEach(a -> sourceOf.put(a.article().id(),
                Path.of(a.article().source()).getFileName().toString().replaceFirst(":\\d+$", "")));
        Set<Set<String>> stories = new HashSet<>();
        for (Story s : d.stories()) {
            stories.add(s.articles().stream().map(sourceOf::get).collect(Collectors.toSet()));
        }
        Set<String> seeds;
        try (Stream<Path> files = Files.list(SEEDS)) {
            seeds = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertTrue(stories.contains(seeds), "seeds form one story: " + stories);
        assertTrue(stories.contains(Set.of("football.txt", "feed.jsonl")), "match reports form one story: " + stories);
        assertTrue(stories.contains(Set.of("flood.html")), "flood stands alone: " + stories);
        d.articles().forEach(a -> assertTrue(a.story() != null));
        String flood = d.articles().stream().filter(a -> a.article().source().endsWith("flood.html")).findFirst()
                .orElseThrow().article().text();
        assertTrue(!flood.contains("tracking") && !flood.contains("جميع الحقوق محفوظة") && flood.contains("مراكز إيواء مؤقتة"), flood);
    }

    @Test
    void theSameArticleTwiceIsAnalysedOnce(@TempDir Path in) throws Exception {
        Files.writeString(in.resolve("one.txt"), FOOTBALL);
        // the same text with diacritics and tatweel added is still the same article
        Files.writeString(in.resolve("two.txt"), FOOTBALL.replace("فاز نادي", "فَازَ نـادي"));
        Dossier d = pipeline.run(List.of(in), Pipeline.Progress.NONE);
        assertEquals(1, d.articles().size());
        assertEquals(1, d.errors().size());
        assertTrue(d.errors().get(0).reason().contains("same text as"), d.errors().get(0).reason());
    }

    @Test
    void storyIdsStayWhenArticlesJoin(@TempDir Path in) throws Exception {
        Files.writeString(in.resolve("a.txt"), FOOTBALL);
        String before = pipeline.run(List.of(in), Pipeline.Progress.NONE).stories().get(0).id();
        Files.writeString(in.resolve("b.jsonl"), FOOTBALL_JSONL);
        Dossier after = pipeline.run(List.of(in), Pipeline.Progress.NONE);
        assertEquals(1, after.stories().size());
        assertEquals(before, after.stories().get(0).id());
    }

    @Test
    void aStorysAnalysisDependsOnItsOwnArticlesOnly(@TempDir Path in) throws Exception {
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path p : files.toList()) {
                Files.copy(p, in.resolve(p.getFileName()));
            }
        }
        Dossier alone = pipeline.run(List.of(in), Pipeline.Progress.NONE);
        Files.writeString(in.resolve("000-football.txt"), FOOTBALL); // sorts first: analysed before the seeds
        Dossier withOther = Pipeline.standard().run(List.of(in), Pipeline.Progress.NONE);
        Story seeds = alone.stories().get(0);
        Story again = withOther.stories().stream().filter(s -> s.id().equals(seeds.id())).findFirst().orElseThrow();
        assertEquals(seeds, again);
        assertEquals(alone.entities(), withOther.entities().stream().filter(e -> e.id().startsWith(seeds.id() + "-")).toList());
        assertEquals(alone.events(), withOther.events().stream().filter(e -> e.story().equals(seeds.id())).toList());
        assertEquals(alone.claims(), withOther.claims().stream().filter(c -> c.story().equals(seeds.id())).toList());
    }

    @Test
    void analysingAgainGivesTheSameDossier(@TempDir Path in) throws Exception {
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path p : files.toList()) {
                Files.copy(p, in.resolve(p.getFileName()));
            }
        }
        Dossier first = pipeline.run(List.of(in), Pipeline.Progress.NONE);
        Dossier second = pipeline.run(List.of(in), Pipeline.Progress.NONE); // served from the caches
        Dossier fresh = Pipeline.standard().run(List.of(in), Pipeline.Progress.NONE);
        for (Dossier d : List.of(second, fresh)) {
            assertEquals(first.entities(), d.entities());
            assertEquals(first.events(), d.events());
            assertEquals(first.claims(), d.claims());
            assertEquals(first.stories(), d.stories());
        }
    }
}
