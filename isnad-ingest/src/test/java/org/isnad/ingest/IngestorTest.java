package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.isnad.core.model.Article;
import org.isnad.core.model.InputError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
    static final String TITLE = "افتتاح جسر جديد يربط ضفتي النهر";
    static final String BODY = "افتتح رئيس الوزراء صباح اليوم جسراً جديداً يربط ضفتي النهر بطول كيلومترين، "
            + "بعد أعمال استمرت ثلاث سنوات بتكلفة بلغت نحو مئتي مليون دولار.";

    @TempDir
    Path dir;

    @Test
    void runReadsLearnsAndCleansAndKeepsGoingPastBadInputs() throws IOException {
        String slogan = "موقع المدينة الإخباري دائماً معكم";
        for (int i = 1; i <= 3; i++) {
            Files.writeString(dir.resolve("news" + i + ".txt"), TITLE + " " + i + "\n\n" + BODY + "\n\n" + slogan + "\nحجم الخط");
        }
        Files.write(dir.resolve("legacy.txt"), (TITLE + "\n\n" + BODY).getBytes(Charset.forName("windows-1256")));
        Files.writeString(dir.resolve("scripts.html"), "<html><head><script>alert(1)</script></head><body>"
                + "<script>alert(2)</script><img src=x onerror=\"alert(3)\"></body></html>");
        Files.writeString(dir.resolve("mixed.html"), "<html><body><script>alert(1)</script><h1>" + TITLE + "</h1>"
                + "<p onclick=\"alert(2)\">" + BODY + "</p><script>alert(3)</script></body></html>");
        Files.write(dir.resolve("empty.txt"), new byte[0]);

        Ingestor.Result result = new Ingestor().ingest(List.of(dir));

        Map<String, Article> bySource = result.articles().stream()
                .collect(Collectors.toMap(a -> dir.relativize(Path.of(a.source())).toString(), a -> a));
        assertEquals(List.of("a001", "a002", "a003", "a004", "a005"), result.articles().stream().map(Article::id).toList());
        assertEquals(BODY, bySource.get("news1.txt").text(), "the slogan of three pages is learned as boilerplate");
        assertEquals("repeated across articles", bySource.get("news2.txt").removed().get(0).reason());
        assertEquals(BODY, bySource.get("legacy.txt").text());
        assertEquals(TITLE, bySource.get("legacy.txt").title());
        assertEquals(BODY, bySource.get("mixed.html").text());
        assertFalse(bySource.get("mixed.html").text().contains("alert"));
        assertEquals(List.of(new InputError(dir.resolve("empty.txt").toString(), "empty file"),
                new InputError(dir.resolve("scripts.html").toString(), "no article text")), result.errors());
    }
}
