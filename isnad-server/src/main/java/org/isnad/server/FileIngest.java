package org.isnad.server;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.isnad.core.model.InputError;
import org.isnad.core.model.RawArticle;
import org.isnad.ingest.read.FileArticleSource;
import org.isnad.pipeline.Pipeline;

/**
 * {@code isnad ingest PATH... --data DIR}: reads files and folders of articles into a desk, a chunk of
 * files at a time (memory stays bounded whatever the input), through the desk's write path: each
 * chunk is cleaned and stored, the writer applies the stored articles meanwhile, and the command ends
 * once every article is applied. Each stored article is printed ({@code stored ID SOURCE}) only after
 * it is committed; duplicates are printed as {@code duplicate ID SOURCE}; unreadable or unusable
 * inputs go to stderr.
 */
public final class FileIngest {
    /** A chunk is cleaned together (boilerplate is learned over it): at most this many articles... */
    static final int CHUNK_ARTICLES = 1_000;
    /** ...or this many characters of raw input. */
    static final long CHUNK_CHARS = 16L * 1024 * 1024;

    /** How often the wait for the writer reports progress. */
    static final long PROGRESS_MILLIS = 2_000;
    /** Progress goes to stderr each time this many more articles are applied. */
    static final int PROGRESS_EVERY = 5_000;

    private FileIngest() {
    }

    /** Prints {@code isnad: N articles applied after S s} on stderr at each {@link #PROGRESS_EVERY}. */
    private static final class Progress {
        private final PrintStream err;
        private final long start;
        private int next = PROGRESS_EVERY;

        Progress(PrintStream err, long start) {
            this.err = err;
            this.start = start;
        }

        void report(int applied) {
            if (applied >= next) {
                err.printf(java.util.Locale.ROOT, "isnad: %d articles applied after %.1f s%n", applied,
                        (System.nanoTime() - start) / 1e9);
                next = (applied / PROGRESS_EVERY + 1) * PROGRESS_EVERY;
            }
        }
    }

    /**
     * Ingests {@code inputs} into {@code dir}. {@code afterEach} runs after each outcome is printed.
     * Returns the exit code: 0 when every usable input is in the store, 1 when nothing was.
     */
    public static int run(List<Path> inputs, DataDir dir, Pipeline pipeline, PrintStream out, PrintStream err,
                          Consumer<Desk.Outcome> afterEach) {
        int[] readErrors = {0};
        Consumer<InputError> onError = e -> {
            readErrors[0]++;
            err.println("isnad: " + e.source() + ": " + e.reason());
        };
        List<Path> files = FileArticleSource.files(inputs, onError);
        long[] counts = new long[3];
        Consumer<Desk.Outcome> onEach = o -> {
            counts[o.status().ordinal()]++;
            switch (o.status()) {
                case STORED -> out.println("stored " + o.id() + " " + o.source());
                case DUPLICATE -> out.println("duplicate " + o.id() + " " + o.source());
                case REJECTED -> err.println("isnad: " + o.source() + ": " + o.reason());
            }
            out.flush();
            afterEach.accept(o);
        };
        int articles;
        int stories;
        Progress progress = new Progress(err, System.nanoTime());
        try (Desk desk = Desk.open(dir, pipeline)) {
            FileArticleSource source = new FileArticleSource();
            List<RawArticle> chunk = new ArrayList<>();
            long chars = 0;
            for (Path file : files) {
                for (RawArticle r : source.read(List.of(file), onError)) {
                    chunk.add(r);
                    chars += (r.text() != null ? r.text().length() : 0) + (r.html() != null ? r.html().length() : 0);
                }
                if (chunk.size() >= CHUNK_ARTICLES || chars >= CHUNK_CHARS) {
                    desk.submit(chunk, onEach);
                    progress.report(desk.applied());
                    chunk = new ArrayList<>();
                    chars = 0;
                }
            }
            if (!chunk.isEmpty()) {
                desk.submit(chunk, onEach);
            }
            try {
                while (!desk.awaitIdle(PROGRESS_MILLIS)) {
                    progress.report(desk.applied());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
            progress.report(desk.applied());
            articles = desk.articleCount();
            stories = desk.storyCount();
        }
        long stored = counts[Desk.Outcome.Status.STORED.ordinal()];
        long duplicates = counts[Desk.Outcome.Status.DUPLICATE.ordinal()];
        long rejected = readErrors[0] + counts[Desk.Outcome.Status.REJECTED.ordinal()];
        out.printf("%d stored, %d already there, %d rejected; the store holds %d articles in %d stories%n",
                stored, duplicates, rejected, articles, stories);
        return stored + duplicates > 0 ? 0 : 1;
    }

    /**
     * {@code java -cp ... org.isnad.server.FileIngest DATA_DIR PATH...}: the same without picocli,
     * for scripts and the crash test. The system property {@code isnad.ingest.pauseMillis} pauses
     * after each acknowledged article so a test can kill the process mid-ingest deterministically.
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: FileIngest DATA_DIR PATH...");
            System.exit(2);
        }
        long pause = Long.getLong("isnad.ingest.pauseMillis", 0L);
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            inputs.add(Path.of(args[i]));
        }
        int code = run(inputs, new DataDir(Path.of(args[0])), Pipeline.standard(), System.out, System.err, o -> {
            if (pause > 0) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        System.exit(code);
    }
}
