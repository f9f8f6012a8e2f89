package org.isnad.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.isnad.core.model.Article;
import org.isnad.core.model.DateValue;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Span;
import org.isnad.core.stage.StoryGrouper;
import org.junit.jupiter.api.Test;

/** The online grouper on invented reports: publication order, separate happenings, bounded memory. */
class OnlineStoryGrouperTest {
    static Article article(String id, String outlet, String when, String title, String text) {
        DateValue published = new DateValue(when, when.substring(0, 10), DateValue.Precision.DAY);
        return new Article(id, id + ".txt", outlet, title, published, "ar", text, List.of());
    }

    static final String STRIKE_1 = "قتل خمسة أشخاص وأصيب عشرة آخرون في غارة جوية لطائرات الحكومة استهدفت سوقا شعبية في بلدة الوادي الأخضر "
            + "بمحافظة الشمال صباح الاثنين، في إطار الحملة العسكرية على المحافظة الخاضعة لسيطرة فصائل المعارضة، بحسب ما أفاد الدفاع المدني. وقال مسؤول محلي إن الغارة دمرت عددا من المحال التجارية "
            + "وإن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض.";
    static final String STRIKE_1B = "أعلن الدفاع المدني مقتل خمسة مدنيين وإصابة عشرة في غارة على سوق بلدة الوادي الأخضر "
            + "في محافظة الشمال الاثنين. وأضاف أن الغارة دمرت محال تجارية في السوق الشعبية وأن عمليات البحث عن ناجين تحت الأنقاض مستمرة.";
    static final String STRIKE_2 = "قتل ثلاثة عمال في قصف مدفعي لقوات الحكومة استهدف محطة لضخ المياه قرب مدينة الجسر في محافظة الشمال "
            + "يوم الخميس، ضمن الحملة العسكرية المستمرة على المحافظة الخاضعة لسيطرة فصائل المعارضة. "
            + "وقالت إدارة المحطة إن القصف أدى إلى توقف ضخ المياه عن عشرات القرى المجاورة.";
    static final String FLOOD = "غمرت السيول أحياء واسعة من مدينة الساحل بعد أمطار غزيرة استمرت يومين، "
            + "وأعلنت السلطات إجلاء مئات العائلات إلى مراكز إيواء مؤقتة في المدارس.";

    static List<Article> reports() {
        return List.of(
                article("a1", "وكالة أ", "2018-07-02T08:00:00+00:00", "خمسة قتلى في غارة على سوق الوادي الأخضر", STRIKE_1),
                article("a2", "وكالة ب", "2018-07-02T10:30:00+00:00", "مقتل خمسة مدنيين بغارة على سوق في الوادي الأخضر", STRIKE_1B),
                article("a3", "وكالة أ", "2018-07-02T12:00:00+00:00", "سيول تغمر مدينة الساحل وإجلاء مئات العائلات", FLOOD),
                article("a4", "وكالة ج", "2018-07-05T09:00:00+00:00", "مقتل ثلاثة عمال في قصف محطة مياه قرب الجسر", STRIKE_2));
    }

    static int groupOf(List<StoryGrouper.Group> groups, int member) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).members().contains(member)) {
                return i;
            }
        }
        throw new AssertionError("article " + member + " in no group");
    }

    static final String REACTION = "أدانت وزارة الخارجية الغارة الجوية التي استهدفت السوق الشعبية في بلدة الوادي الأخضر "
            + "بمحافظة الشمال الاثنين وأسفرت عن مقتل خمسة مدنيين، وطالبت بتحقيق دولي في الغارة على السوق.";

    @Test
    void twoReportsOfOneStrikeJoinAndOtherHappeningsStayApart() {
        List<StoryGrouper.Group> groups = new OnlineStoryGrouper().group(reports());
        assertEquals(groupOf(groups, 0), groupOf(groups, 1), "one strike, two outlets: " + groups);
        assertNotEquals(groupOf(groups, 0), groupOf(groups, 2), "a flood is another story");
        assertNotEquals(groupOf(groups, 0), groupOf(groups, 3), "a strike three days later elsewhere is another story");
        groups.forEach(g -> assertTrue(g.storyline() != null && g.storyline().startsWith("l")));
    }


    /** The places a recognizer finds in the articles (the grouper reads names and places from mentions). */
    static List<Mention> places(List<Article> articles) {
        List<Mention> places = new ArrayList<>();
        for (Article a : articles) {
            for (String place : new String[] {"الوادي الأخضر", "محافظة الشمال", "الجسر", "الساحل"}) {
                int at = a.text().indexOf(place);
                if (at >= 0) {
                    places.add(new Mention(a.id(), new Span(at, at + place.length()), place, EntityType.LOCATION, "LOC", 1));
                }
            }
        }
        return places;
    }

    @Test
    void aReactionJoinsItsEvent() {
        List<Article> articles = new ArrayList<>(reports());
        articles.add(article("a5", "وكالة د", "2018-07-02T15:00:00+00:00", "الخارجية تدين غارة الوادي الأخضر", REACTION));
        List<StoryGrouper.Group> groups = new OnlineStoryGrouper().group(articles, places(articles));
        assertEquals(groupOf(groups, 0), groupOf(groups, 4), "the condemnation joins the strike: " + groups);
        assertNotEquals(groupOf(groups, 0), groupOf(groups, 3), "the shelling three days later is another story");
    }

    @Test
    void anotherAttackInTheProvinceDaysLaterIsAnotherStoryOfTheSameStoryline() {
        List<StoryGrouper.Group> groups = new OnlineStoryGrouper().group(reports(), places(reports()));
        assertNotEquals(groupOf(groups, 0), groupOf(groups, 3), "two attacks, two stories");
        assertEquals(groups.get(groupOf(groups, 0)).storyline(), groups.get(groupOf(groups, 3)).storyline(),
                "both attacks of the campaign in the province are one storyline: " + groups);
        assertNotEquals(groups.get(groupOf(groups, 0)).storyline(), groups.get(groupOf(groups, 2)).storyline(),
                "the flood is not");
    }

    @Test
    void theResultDependsOnPublicationTimesNotOnInputOrder() {
        List<Article> shuffled = new ArrayList<>(reports());
        Collections.reverse(shuffled);
        List<StoryGrouper.Group> a = new OnlineStoryGrouper().group(reports());
        List<StoryGrouper.Group> b = new OnlineStoryGrouper().group(shuffled);
        List<List<String>> idsA = a.stream().map(g -> g.members().stream().map(i -> reports().get(i).id()).sorted().toList())
                .sorted((x, y) -> x.get(0).compareTo(y.get(0))).toList();
        List<List<String>> idsB = b.stream().map(g -> g.members().stream().map(i -> shuffled.get(i).id()).sorted().toList())
                .sorted((x, y) -> x.get(0).compareTo(y.get(0))).toList();
        assertEquals(idsA, idsB);
        assertEquals(new OnlineStoryGrouper().group(reports()), a, "deterministic");
    }

    @Test
    void memoryIsBoundedByTheWindowNotByTheStream() {
        StoryModel model = StoryModel.bundled();
        StoryAssigner assigner = new StoryAssigner(model);
        StoryAssigner.State state = new StoryAssigner.State();
        TermVectors vectors = new TermVectors(DocumentFrequencies.bundled());
        Random r = new Random(5);
        String[] words = FLOOD.concat(" ").concat(STRIKE_2).split(" ");
        int maxOpen = 0;
        for (int i = 0; i < 3_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 40; k++) {
                sb.append(words[r.nextInt(words.length)]).append(' ');
            }
            String when = LocalDate.of(2018, 1, 1).plusDays(i / 30) + "T10:00:00+00:00";
            Article a = article("x" + i, "o", when, "عنوان " + i, sb.toString());
            assigner.assign(state, StoryDoc.of(i, a, List.of(), vectors));
            maxOpen = Math.max(maxOpen, state.openStories());
        }
        // 30 articles a day: at most the stories of the last window's days stay open
        assertTrue(maxOpen <= 30 * (model.windowDays() + 1), "open stories peaked at " + maxOpen);
        assertTrue(state.index.size() < 3_000, "index bounded: " + state.index.size());
    }
}
