package org.isnad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.isnad.core.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest with SIGKILL in the middle, restarts it, and compares the store with one from
 * an uninterrupted run: nothing acknowledged is lost, nothing is stored twice.
 */
class CrashTest {
    private static final int ARTICLES = 30;
    private static final int KILL_AFTER = 8;

    @TempDir
    Path tmp;

    @Test
    void aKilledIngestLosesNothingAcknowledgedAndResumesToTheCleanRunsStore() throws Exception {
        Path inputs = writeArticles(tmp.resolve("in"));
        Path crashed = tmp.resolve("crashed");
        Path clean = tmp.resolve("clean");

        Process p = ingest(crashed, inputs, 150, tmp.resolve("crash-1.err"));
        Set<String> acknowledged = new LinkedHashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < KILL_AFTER && (line = out.readLine()) != null) {
                if (line.startsWith("stored ")) {
                    acknowledged.add(line.split(" ")[1]);
                }
            }
            assertEquals(KILL_AFTER, acknowledged.size(), "the ingest printed acknowledgements before dying: "
                    + Files.readString(tmp.resolve("crash-1.err")));
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(p.exitValue() != 0, "the ingest was killed, not finished");

        List<String> resumed = runToEnd(crashed, inputs, tmp.resolve("crash-2.err"));
        List<String> uninterrupted = runToEnd(clean, inputs, tmp.resolve("clean.err"));
        assertEquals(ARTICLES, uninterrupted.stream().filter(l -> l.startsWith("stored ")).count());
        for (String id : acknowledged) {
            assertTrue(resumed.stream().anyMatch(l -> l.startsWith("duplicate " + id + " ")),
                    "acknowledged " + id + " was already in the store on restart");
        }

        try (Desk a = Desk.open(new DataDir(crashed), TestServer.pipeline());
             Desk b = Desk.open(new DataDir(clean), TestServer.pipeline())) {
            assertEquals(ARTICLES, b.articleIds().size());
            assertEquals(b.articleIds(), a.articleIds(), "same articles, stored once each");
            assertEquals(new ArrayList<>(b.articleIds()), new ArrayList<>(a.articleIds()), "in the same order");
            assertTrue(a.articleIds().containsAll(acknowledged));
            assertEquals(ARTICLES, a.searchIndexSize(), "index holds each article once");
            assertFalse(a.isDirty());
            Map<String, String> memberships = a.memberships();
            assertEquals(b.memberships(), memberships, "same story memberships");
            assertEquals(ARTICLES, memberships.size());
            assertEquals(b.stories().stream().map(Story::id).toList(), a.stories().stream().map(Story::id).toList());
        }
    }

    private Process ingest(Path data, Path inputs, long pauseMillis, Path err) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8", "-Disnad.ingest.pauseMillis=" + pauseMillis,
                "-cp", System.getProperty("java.class.path"), FileIngest.class.getName(), data.toString(), inputs.toString());
        pb.redirectError(err.toFile());
        return pb.start();
    }

    private List<String> runToEnd(Path data, Path inputs, Path err) throws Exception {
        Process p = ingest(data, inputs, 0, err);
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "ingest failed: " + Files.readString(err));
        return lines;
    }

    /** Thirty invented reports: ten incidents, each told by three outlets in their own words. */
    static Path writeArticles(Path dir) throws IOException {
        Files.createDirectories(dir);
        String[] towns = {"عين الصفصاف", "تل الورود", "كفر النخيل", "دير السوسن", "بئر الحمام", "خربة الطين",
                "رأس الغدير", "وادي الشيح", "جسر الرمان", "مرج الزعتر"};
        String[] groups = {"لواء الفجر الجديد", "كتائب السهل", "حراس الوادي", "جبهة الضفاف", "فرقة النجمة"};
        String[] people = {"العقيد مازن دريبان", "النقيب وائل حسكور", "المقدم رامي تلحوق", "العميد فارس بريكان", "الرائد نزار قشلان"};
        String[][] outlets = {{"وكالة الضفة", "أفادت"}, {"شبكة الرصد", "ذكرت"}, {"صحيفة المساء", "نقلت"}};
        int n = 0;
        for (int i = 0; i < 10; i++) {
            String town = towns[i];
            String group = groups[i % groups.length];
            String person = people[(i + 2) % people.length];
            for (int o = 0; o < 3; o++) {
                int killed = 2 + i + o; // outlets disagree on the toll
                String text = outlets[o][1] + " " + outlets[o][0] + " بأن اشتباكات اندلعت يوم " + (10 + i)
                        + " تشرين الأول في بلدة " + town + " بين قوات الأمن ومسلحين من " + group + "، وأسفرت عن مقتل "
                        + killed + " أشخاص.\nوقال " + person + " إن الوضع في " + town + " بات تحت السيطرة"
                        + (o == 2 ? "، فيما نفى " + group + " ذلك." : ".") + "\nالتقرير رقم " + (n + 1) + ".";
                String title = "اشتباكات في " + town + " (" + outlets[o][0] + ")";
                Files.writeString(dir.resolve(String.format("%02d.txt", n++)), title + "\n\n" + text, StandardCharsets.UTF_8);
            }
        }
        return dir;
    }
}
