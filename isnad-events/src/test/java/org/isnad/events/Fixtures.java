package org.isnad.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.DateValue;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.SourceSpan;

/**
 * Invented stories for the tests: places, units and people below do not exist. Entities are built as a
 * resolver would: every occurrence of each alias in each article becomes a mention.
 */
final class Fixtures {
    private Fixtures() {
    }

    static Article article(String id, String outlet, String published, String text) {
        DateValue d = published == null ? null : DateValue.day(null, LocalDate.parse(published));
        return new Article(id, id + ".txt", outlet, "", d, "ar", text, List.of());
    }

    /** An entity whose mentions are all occurrences of its aliases (longest first, not overlapping). */
    static Entity entity(String id, EntityType type, List<Article> articles, String... aliases) {
        List<String> sorted = new ArrayList<>(Arrays.asList(aliases));
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<SourceSpan> mentions = new ArrayList<>();
        for (Article a : articles) {
            List<SourceSpan> here = new ArrayList<>();
            for (String alias : sorted) {
                for (int i = a.text().indexOf(alias); i >= 0; i = a.text().indexOf(alias, i + 1)) {
                    int s = i;
                    if (here.stream().noneMatch(m -> m.start() < s + alias.length() && s < m.end())) {
                        here.add(new SourceSpan(a.id(), s, s + alias.length(), alias));
                    }
                }
            }
            here.sort(Comparator.comparingInt(SourceSpan::start));
            mentions.addAll(here);
        }
        return new Entity(id, type, aliases[0], Arrays.asList(aliases), List.of(), mentions);
    }

    // --- a clash between a militia and the army in an invented town, told by three outlets ---

    static final String CLASH_A = "اندلعت اشتباكات عنيفة الليلة الماضية بين الجيش ولواء الصقور في بلدة تل النخيل بريف محافظة الوادي الأخضر. "
            + "وأسفرت المواجهات عن مقتل 5 وإصابة 12 من الجانبين. "
            + "واعتقلت قوات الجيش اثنين من قادة لواء الصقور بعد محاولة اقتحام مقرهم. "
            + "ولا يبدو أن المواجهات تسير باتجاه حل قريب، وسط استمرار الاشتباكات في أطراف البلدة.";
    static final String CLASH_B = "شهدت بلدة تل النخيل اشتباكات محدودة بين الجيش وكتيبة الصقور فجر السبت. "
            + "وقالت مصادر محلية إن الاشتباكات أدت إلى مقتل 7 أشخاص. "
            + "وتوصل الطرفان إلى اتفاق تهدئة بوساطة وجهاء المنطقة، ينص على وقف إطلاق النار وانسحاب المسلحين من البلدة. "
            + "وحذر الأهالي من أي محاولة لاقتحام منازلهم.";
    static final String CLASH_C = "أعلن الجيش التوصل إلى اتفاق تهدئة مع لواء الصقور في تل النخيل بعد يومين من القتال. "
            + "وقال العقيد سامر الحداد إن قوات الجيش اعتقلت اثنين من قادة اللواء خلال المواجهات التي دارت في البلدة. "
            + "وأضاف أن الوضع في تل النخيل هادئ ولم تقع اشتباكات منذ صباح اليوم.";

    static List<Article> clashArticles() {
        return List.of(article("a1", "وكالة الشمال", "2024-03-10", CLASH_A),
                article("a2", "صحيفة الضفة", "2024-03-10", CLASH_B),
                article("a3", "إذاعة الوادي", "2024-03-11", CLASH_C));
    }

    static List<Entity> clashEntities(List<Article> articles) {
        return List.of(
                entity("army", EntityType.ORGANIZATION, articles, "الجيش", "قوات الجيش"),
                entity("falcons", EntityType.ORGANIZATION, articles, "لواء الصقور", "كتيبة الصقور", "اللواء"),
                entity("town", EntityType.LOCATION, articles, "تل النخيل"),
                entity("province", EntityType.LOCATION, articles, "الوادي الأخضر"),
                entity("colonel", EntityType.PERSON, articles, "سامر الحداد"));
    }

    // --- a flood in an invented town, told by three outlets ---

    static final String FLOOD_A = "ضربت سيول جارفة مدينة وادي السنابل فجر اليوم، ما أدى إلى مقتل 4 أشخاص ونزوح 300 عائلة. "
            + "وقال الدفاع المدني إن فرق الإنقاذ انتشلت جثث الضحايا من تحت أنقاض المنازل في وادي السنابل. "
            + "وأعلنت المحافظة تعليق الدوام في المدارس حتى إشعار آخر.";
    static final String FLOOD_B = "لقي 6 أشخاص حتفهم جراء السيول التي اجتاحت مدينة وادي السنابل صباح اليوم. "
            + "وأوضح الدفاع المدني أن فرق الإنقاذ انتشلت جثث الضحايا من تحت أنقاض المنازل وما زالت تبحث عن مفقودين. "
            + "وتضررت عشرات المنازل في الأحياء المنخفضة من المدينة.";
    static final String FLOOD_C = "ارتفعت حصيلة ضحايا سيول وادي السنابل أمس إلى 6 قتلى، بحسب الدفاع المدني. "
            + "ونزحت مئات العائلات من الأحياء المنخفضة إلى مدارس المدينة. "
            + "وأعلنت المحافظة تعليق الدوام في المدارس حتى إشعار آخر بسبب السيول.";

    static List<Article> floodArticles() {
        return List.of(article("f1", "وكالة الساحل", "2024-11-05", FLOOD_A),
                article("f2", "قناة المدار", "2024-11-05", FLOOD_B),
                article("f3", "موقع الرصد", "2024-11-06", FLOOD_C));
    }

    static List<Entity> floodEntities(List<Article> articles) {
        return List.of(
                entity("city", EntityType.LOCATION, articles, "وادي السنابل"),
                entity("civil", EntityType.ORGANIZATION, articles, "الدفاع المدني"));
    }

    /** Every mention and count span of {@code m} cuts exactly its text out of its article. */
    static void assertExact(EventMention m, List<Article> articles) {
        Article a = articles.stream().filter(x -> x.id().equals(m.article())).findFirst().orElseThrow();
        List<SourceSpan> spans = new ArrayList<>(List.of(m.trigger(), m.sentence()));
        m.counts().forEach(c -> spans.add(c.span()));
        for (SourceSpan s : new SourceSpan[] {m.locationSpan(), m.dateSpan(), m.intensitySpan()}) {
            if (s != null) {
                spans.add(s);
            }
        }
        for (SourceSpan s : spans) {
            org.junit.jupiter.api.Assertions.assertEquals(s.text(), a.text().substring(s.start(), s.end()));
            org.junit.jupiter.api.Assertions.assertEquals(a.id(), s.article());
        }
    }

    static void assertExact(SourceSpan s, List<Article> articles) {
        Article a = articles.stream().filter(x -> x.id().equals(s.article())).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals(s.text(), a.text().substring(s.start(), s.end()));
    }
}
