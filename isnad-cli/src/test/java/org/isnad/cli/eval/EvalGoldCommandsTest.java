package org.isnad.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.cli.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval stories} and {@code eval dossier} on tiny golds written here. */
class EvalGoldCommandsTest {
    static CommandRun.Result run(String... args) {
        return CommandRun.run(args);
    }

    static final String STORIES_GOLD = """
            {"gold": "stories", "split": "dev", "window": {"from": "2018-06-10", "to": "2018-06-12"}, "annotation": {"by": "test"},
             "storylines": [{"id": "L1", "label": "flood"}, {"id": "L2", "label": "election"}],
             "stories": [{"id": "S1", "storyline": "L1", "label": "flood", "articles": ["T-1", "T-2"]},
                         {"id": "S2", "storyline": "L1", "label": "flood aid", "articles": ["T-3"]},
                         {"id": "S3", "storyline": "L2", "label": "election", "articles": ["T-4", "T-5"]}]}
            """;

    static String dossierWithStories(String... groups) {
        StringBuilder arts = new StringBuilder();
        StringBuilder stories = new StringBuilder();
        int n = 0;
        for (int g = 0; g < groups.length; g++) {
            StringBuilder ids = new StringBuilder();
            for (String ant : groups[g].split(",")) {
                n++;
                arts.append(arts.length() == 0 ? "" : ",").append("{\"id\": \"a").append(n).append("\", \"source\": \"")
                        .append(ant).append("\", \"title\": \"t\", \"text\": \"نص\"}");
                ids.append(ids.length() == 0 ? "" : ",").append("\"a").append(n).append('"');
            }
            stories.append(stories.length() == 0 ? "" : ",").append("{\"id\": \"s").append(g).append("\", \"articles\": [")
                    .append(ids).append("], \"keyPoints\": [], \"contradictions\": []}");
        }
        return "{\"articles\": [" + arts + "], \"entities\": [], \"claims\": [], \"events\": [], \"stories\": [" + stories + "]}";
    }

    static final Pattern STORIES_LINE = Pattern.compile(
            "stories B3 F1 = (\\d\\.\\d\\d) \\(P (\\d\\.\\d\\d) R (\\d\\.\\d\\d)\\) storyline B3 F1 = (\\d\\.\\d\\d) on .+");

    @Test
    void storiesPerfectPredictionScoresOneAndAWrongMergeLowersPrecision(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("stories-t.json"), STORIES_GOLD);
        Path perfect = Files.writeString(dir.resolve("perfect.json"), dossierWithStories("T-1,T-2", "T-3", "T-4,T-5"));
        CommandRun.Result r = run("eval", "stories", "--gold", gold.toString(), "--dossier", perfect.toString());
        assertEquals(0, r.exit(), r.err());
        Matcher m = STORIES_LINE.matcher(r.lastLine());
        assertTrue(m.matches(), r.lastLine());
        assertEquals("1.00", m.group(1));

        Path merged = Files.writeString(dir.resolve("merged.json"), dossierWithStories("T-1,T-2,T-3", "T-4,T-5"));
        CommandRun.Result w = run("eval", "stories", "--gold", gold.toString(), "--dossier", merged.toString());
        Matcher mw = STORIES_LINE.matcher(w.lastLine());
        assertTrue(mw.matches(), w.lastLine());
        // T-1, T-2 see 2 of 3 right, T-3 sees 1 of 3: P = (2/3 + 2/3 + 1/3 + 1 + 1) / 5
        assertEquals("0.73", mw.group(2));
        assertEquals("1.00", mw.group(3));
        assertEquals("1.00", mw.group(4), "the merge is inside one storyline");
        assertTrue(w.out().contains("2 gold stories: «flood», «flood aid»"), w.out());

        Path oneStory = Files.writeString(dir.resolve("one.json"), dossierWithStories("T-1,T-2,T-3,T-4,T-5"));
        Matcher mo = STORIES_LINE.matcher(run("eval", "stories", "--gold", gold.toString(), "--dossier", oneStory.toString()).lastLine());
        assertTrue(mo.matches());
        assertTrue(Double.parseDouble(mo.group(2)) < 0.45, "all in one story: precision " + mo.group(2));
    }

    @Test
    void storiesRunsTheGrouperOnTheStreamAndRefusesTheReservedMonths(@TempDir Path dir) throws Exception {
        String flood = "غمرت مياه الفيضانات عشرات المنازل في قرى الوادي بعد أمطار غزيرة استمرت يومين، "
                + "وأعلن الدفاع المدني إجلاء مئات السكان من القرى المنكوبة إلى مدارس المدينة.";
        String vote = "أغلقت مراكز الاقتراع أبوابها مساء الأحد في الانتخابات البرلمانية، "
                + "وبدأت لجان الفرز عد الأصوات وسط إقبال وصفته الهيئة المستقلة للانتخابات بأنه متوسط.";
        StringBuilder jsonl = new StringBuilder();
        String[][] rows = {{"T-1", flood}, {"T-2", flood + " وتواصل فرق الإنقاذ البحث عن مفقودين."},
            {"T-3", "أرسلت الحكومة قوافل مساعدات إلى قرى الوادي التي غمرتها الفيضانات. " + flood},
            {"T-4", vote}, {"T-5", vote + " ويتوقع إعلان النتائج الأولية الثلاثاء."}};
        int day = 10;
        for (String[] row : rows) {
            jsonl.append("{\"id\": \"").append(row[0]).append("\", \"outlet\": \"o\", \"category\": \"middleEast\", \"published\": \"2018-06-")
                    .append(day++ / 2 + 5).append("T10:00:00+00:00\", \"title\": \"t\", \"text\": \"").append(row[1]).append("\"}\n");
        }
        Path data = Files.writeString(dir.resolve("stream.jsonl"), jsonl.toString());
        Path gold = Files.writeString(dir.resolve("stories-t.json"), STORIES_GOLD);
        CommandRun.Result r = run("eval", "stories", "--gold", gold.toString(), "--data", data.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(STORIES_LINE.matcher(r.lastLine()).matches(), r.lastLine());

        Path early = Files.writeString(dir.resolve("early.jsonl"), jsonl.toString().replace("2018-06-", "2018-03-"));
        CommandRun.Result refused = run("eval", "stories", "--gold", gold.toString(), "--data", early.toString());
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("reserved for independent evaluation"), refused.err());
    }

    @Test
    void dossierPerfectClaimsScoreOneAndAWholeArticleClaimScoresZero(@TempDir Path dir) throws Exception {
        String text = "قال وزير الداخلية إن الشرطة اعتقلت ثلاثة مشتبه بهم في الهجوم.\\n"
                + "وتقع البلدة على بعد عشرين كيلومترا من العاصمة وتضم سوقا كبيرة.\\n"
                + "وشهدت المنطقة في السنوات الماضية هجمات مماثلة استهدفت قوات الأمن.";
        String gold = """
                {"gold": "analysis", "split": "dev", "annotation": {"by": "test"},
                 "stories": [{"id": "A1", "label": "x", "articles": ["T-1"], "entities": [],
                   "claims": [{"article": "T-1", "speaker": "وزير الداخلية", "cue": "قال", "stance": "ASSERTS", "content": "الشرطة اعتقلت ثلاثة مشتبه بهم"}],
                   "events": [], "contradictions": [], "keyFacts": []}]}
                """;
        Path g = Files.writeString(dir.resolve("analysis-t.json"), gold);
        String start = text.replace("\\n", "\n");
        int s = start.indexOf("الشرطة");
        int e = start.indexOf("الهجوم") + "الهجوم".length();
        String claim = "{\"span\": {\"article\": \"a1\", \"start\": " + s + ", \"end\": " + e + ", \"text\": \"x\"},"
                + " \"speakerText\": \"وزير الداخلية\", \"cue\": \"قال\", \"stance\": \"ASSERTS\"}";
        String whole = "{\"span\": {\"article\": \"a1\", \"start\": 0, \"end\": " + start.length() + ", \"text\": \"x\"},"
                + " \"speakerText\": \"وزير الداخلية\", \"cue\": \"قال\", \"stance\": \"ASSERTS\"}";
        String base = "{\"articles\": [{\"id\": \"a1\", \"source\": \"T-1\", \"text\": \"" + text + "\"}], \"entities\": [], \"events\": [],"
                + " \"stories\": [{\"id\": \"s1\", \"articles\": [\"a1\"], \"keyPoints\": [], \"contradictions\": []}], \"claims\": [";
        Path good = Files.writeString(dir.resolve("good.json"), base + claim + "]}");
        CommandRun.Result r = run("eval", "dossier", "--gold", g.toString(), "--dossier", good.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.lastLine().startsWith("dossier eval: claims P 1.00 R 1.00 | events P 0.00 R 0.00 | contradictions P 0.00 R 0.00"), r.lastLine());
        assertTrue(r.out().contains("speaker acc 1.00"), r.out());

        Path bad = Files.writeString(dir.resolve("bad.json"), base + whole + "]}");
        CommandRun.Result b = run("eval", "dossier", "--gold", g.toString(), "--dossier", bad.toString());
        assertTrue(b.lastLine().startsWith("dossier eval: claims P 0.00 R 0.00"), b.lastLine());
    }
}
