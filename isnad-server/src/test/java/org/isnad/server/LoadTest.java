package org.isnad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load test on a real server over loopback: 8 writer threads post small invented Arabic
 * articles (each post is a durable insert, answered at once; the desk's writer groups and analyses
 * them in the background) while 4 reader threads list the stories and search. Asserts that nothing
 * fails (no 5xx, no unexpected status, no exception), that every article is stored, and that the
 * writer then applies every one (each article in a story); prints p50/p99 latencies and the time from
 * the last answer until everything is applied, which are not asserted (they depend on the machine).
 * Tagged {@code load}: it runs in the normal build and alone with {@code -Dgroups=load}. Bounded:
 * writes stop starting after {@link #WRITE_SECONDS}.
 */
@Tag("load")
class LoadTest {
    static final int WRITERS = 8;
    static final int ARTICLES_PER_WRITER = 3;
    /**
     * No writer starts a post after this many seconds of load (each writer's first post always
     * goes), so that a very busy machine still ends the test in time. What was acknowledged is
     * checked whatever the count.
     */
    static final long WRITE_SECONDS = 8;
    static final int READERS = 4;
    /** Between a reader's rounds, so that four readers on two cores do not starve the writes. */
    static final long READ_PAUSE_MILLIS = 20;
    static final String[] TOWNS = {"وادي الندى", "تل الورد", "عين الصفصاف", "المرج الأخضر", "رأس الجبل",
        "الساحل الغربي", "بئر السبيل", "جسر القمر"};
    static final String[] PROJECTS = {"مدرسة ابتدائية", "مستوصف صحي", "سوق شعبية"};

    @TempDir
    Path dir;

    /** A short article of its own for each writer and index (distinct text, so each is stored). */
    static String article(int writer, int i) {
        String town = TOWNS[writer];
        return "أعلنت بلدية " + town + " افتتاح " + PROJECTS[i] + " جديدة يوم الخميس بحضور عدد من الأهالي.\n"
                + "وقال رئيس البلدية إن المشروع كلف " + (120 + 10 * writer + i) + " ألف دينار، وإن العمل في "
                + "مشروع ثانٍ في " + town + " سيبدأ بعد " + (2 + i) + " أشهر.";
    }

    record Sample(String kind, long nanos) {
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void concurrentWritersAndReadersSeeNoErrors() throws Exception {
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger stored = new AtomicInteger();
        long[] deadline = new long[1];
        CountDownLatch start = new CountDownLatch(1);
        long up = System.nanoTime();
        try (TestServer s = new TestServer(dir.resolve("desk"))) {
            System.out.printf(Locale.ROOT, "load: server up in %.1f s (the pipeline's models load once per JVM)%n",
                    (System.nanoTime() - up) / 1e9);
            long began = System.nanoTime();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(started("writer-" + w, () -> run(start, errors, () -> {
                    for (int i = 0; i < ARTICLES_PER_WRITER; i++) {
                        if (i > 0 && System.nanoTime() > deadline[0]) {
                            break;
                        }
                        long t = System.nanoTime();
                        TestServer.Reply r = s.postArticleNow("نشرة " + TOWNS[writer], PROJECTS[i] + " في " + TOWNS[writer],
                                article(writer, i));
                        samples.add(new Sample("write", System.nanoTime() - t));
                        if (r.status() == 201) {
                            stored.incrementAndGet();
                        } else {
                            errors.add("POST " + r.status() + ": " + r.body());
                        }
                    }
                })));
            }
            String query = "/api/search?q=" + java.net.URLEncoder.encode("مستوصف البلدية", StandardCharsets.UTF_8);
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                readers.add(started("reader-" + r, () -> run(start, errors, () -> {
                    while (writing.get()) {
                        for (String path : List.of("/api/stories", query)) {
                            long t = System.nanoTime();
                            TestServer.Reply rep = s.get(path);
                            samples.add(new Sample("read", System.nanoTime() - t));
                            if (rep.status() != 200) {
                                errors.add("GET " + path + " " + rep.status() + ": " + rep.body());
                            }
                        }
                        pause(READ_PAUSE_MILLIS);
                    }
                })));
            }
            deadline[0] = System.nanoTime() + TimeUnit.SECONDS.toNanos(WRITE_SECONDS);
            start.countDown();
            for (Thread t : writers) {
                t.join();
            }
            writing.set(false);
            for (Thread t : readers) {
                t.join();
            }
            System.out.printf(Locale.ROOT, "load: %d writes and %d reads in %.1f s%n", stored.get(),
                    samples.stream().filter(x -> x.kind().equals("read")).count(), (System.nanoTime() - began) / 1e9);
            var health = s.get("/api/health").json();
            assertTrue(stored.get() >= WRITERS, "every writer stored at least one article: " + stored);
            assertEquals(stored.get(), health.get("articles").asInt(), "every acknowledged article is stored: " + health);
            long drain = System.nanoTime();
            s.awaitApplied();
            System.out.printf(Locale.ROOT, "load: every article applied %.1f s after the last write was answered%n",
                    (System.nanoTime() - drain) / 1e9);
            assertFalse(s.get("/api/health").json().get("dirty").asBoolean());
            assertEquals(stored.get(), s.server.desk().memberships().size(), "every stored article is in a story");
            assertEquals(stored.get(), s.server.desk().searchIndexSize());
        }
        report("write", samples);
        report("read", samples);
        assertTrue(errors.isEmpty(), errors.size() + " errors, first: " + errors.peek());
        assertEquals(stored.get(), samples.stream().filter(x -> x.kind().equals("write")).count());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Thread started(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.start();
        return t;
    }

    private static void run(CountDownLatch start, ConcurrentLinkedQueue<String> errors, Runnable body) {
        try {
            start.await();
            body.run();
        } catch (Throwable e) {
            errors.add(Thread.currentThread().getName() + ": " + e);
        }
    }

    private static void report(String kind, ConcurrentLinkedQueue<Sample> samples) {
        List<Long> ms = new ArrayList<>();
        samples.stream().filter(x -> x.kind().equals(kind)).forEach(x -> ms.add(x.nanos()));
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "load %s: n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms%n", kind, ms.size(),
                percentile(ms, 0.50), percentile(ms, 0.99), ms.isEmpty() ? 0.0 : ms.get(ms.size() - 1) / 1e6);
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
