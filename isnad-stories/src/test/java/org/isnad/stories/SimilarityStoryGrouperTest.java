package org.isnad.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.core.model.Article;
import org.isnad.core.model.DateValue;
import org.isnad.core.stage.StoryGrouper;
import org.junit.jupiter.api.Test;

class SimilarityStoryGrouperTest {
    static final Path SEEDS = Path.of("..", "..", "shared", "corpus", "seeds");

    static final String FOOTBALL_1 = """
            فاز نادي النجم الساحلي على ضيفه الترجي بهدفين مقابل هدف في مباراة مثيرة ضمن الجولة العاشرة من الدوري.
            وسجل المهاجم ياسين الدريدي الهدف الأول في الدقيقة 23 من ركلة جزاء، قبل أن يعادل الضيوف النتيجة في الشوط الثاني.
            وأحرز البديل هدف الفوز في الوقت بدل الضائع، ليرتقي الفريق إلى صدارة الترتيب برصيد 24 نقطة.
            وقال المدرب بعد اللقاء إن لاعبيه قدموا مباراة كبيرة أمام جمهور غفير ملأ المدرجات.""";
    static final String FOOTBALL_2 = """
            حقق النجم الساحلي فوزاً ثميناً على الترجي في قمة الجولة العاشرة من بطولة الدوري بنتيجة 2-1.
            وافتتح ياسين الدريدي التسجيل من ركلة جزاء، وتعادل الترجي مطلع الشوط الثاني، ثم خطف النجم هدف الفوز في الدقائق الأخيرة.
            وبهذا الفوز انفرد النجم بصدارة الدوري، فيما تراجع الترجي إلى المركز الثالث.""";
    static final String FLOOD = """
            غمرت السيول عدداً من أحياء مدينة الوادي الأخضر بعد أمطار غزيرة هطلت طوال ليلة الثلاثاء، ما أدى إلى انقطاع الطرق الرئيسية.
            وأعلنت مديرية الدفاع المدني إجلاء أكثر من مئتي عائلة من المنازل المتضررة إلى مراكز إيواء مؤقتة.
            وحذرت هيئة الأرصاد الجوية من استمرار هطول الأمطار خلال اليومين المقبلين، داعية السكان إلى تجنب مجاري الأودية.""";

    static Article article(String id, String text, LocalDate published) {
        String title = text.lines().findFirst().orElse(id);
        return new Article(id, id + ".txt", null, title, published == null ? null : DateValue.day(null, published),
                "ar", text, List.of());
    }

    static List<Article> seeds() throws IOException {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path p : files.sorted().toList()) {
                out.add(article(p.getFileName().toString(), Files.readString(p), null));
            }
        }
        return out;
    }

    @Test
    void seedsFormOneStoryAndUnrelatedArticlesStayApart() throws IOException {
        List<Article> articles = new ArrayList<>(seeds());
        int nSeeds = articles.size();
        articles.add(article("football1", FOOTBALL_1, LocalDate.of(2025, 10, 20)));
        articles.add(article("flood", FLOOD, LocalDate.of(2025, 10, 21)));
        articles.add(article("football2", FOOTBALL_2, LocalDate.of(2025, 10, 20)));
        List<StoryGrouper.Group> groups = new SimilarityStoryGrouper().group(articles);

        assertEquals(3, groups.size(), () -> "groups: " + groups);
        List<Integer> seedIdx = new ArrayList<>();
        for (int i = 0; i < nSeeds; i++) {
            seedIdx.add(i);
        }
        assertEquals(seedIdx, groups.get(0).members(), "the five seeds share one story");
        assertEquals(List.of(nSeeds, nSeeds + 2), groups.get(1).members(), "both match reports share a story");
        assertEquals(List.of(nSeeds + 1), groups.get(2).members(), "the flood stands alone");
        assertTrue(groups.get(1).title().contains("النجم"), groups.get(1).title());
    }

    @Test
    void sameTopicFarApartInTimeIsNotOneStory() {
        List<Article> articles = List.of(
                article("f1", FOOTBALL_1, LocalDate.of(2025, 10, 20)),
                article("f2", FOOTBALL_2, LocalDate.of(2024, 3, 1)));
        assertEquals(2, new SimilarityStoryGrouper().group(articles).size());
    }

    @Test
    void groupingIsDeterministicAndCoversEveryArticleOnce() throws IOException {
        List<Article> articles = new ArrayList<>(seeds());
        articles.add(article("flood", FLOOD, null));
        var a = new SimilarityStoryGrouper().group(articles);
        var b = new SimilarityStoryGrouper().group(articles);
        assertEquals(a, b);
        assertEquals(articles.size(), a.stream().mapToInt(g -> g.members().size()).sum());
    }
}
