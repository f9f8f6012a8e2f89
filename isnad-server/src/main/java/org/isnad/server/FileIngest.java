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
 * {@code isnad ingest PATH... --data DIR}: reads files and folders of articles into a desk. Each
 * stored article is printed ({@code stored ID SOURCE}) only after it is committed; duplicates are
 * printed as {@code duplicate ID SOURCE}; unreadable or unusable inputs go to stderr.
 */
public final class FileIngest {
    private FileIngest() {
    }

    /**
     * Ingests {@code inputs} into {@code dir}. {@code afterEach} runs after each outcome is printed.
     * Returns the exit code: 0 when every usable input is in the store, 1 when nothing was.
     */
    public static int run(List<Path> inputs, DataDir dir, Pipeline pipeline, PrintStream out, PrintStream err,
                          Consumer<Desk.Outcome> afterEach) {
        List<InputError> readErrors = new ArrayList<>();
        List<RawArticle> raws = new FileArticleSource().read(inputs, readErrors::add);
        for (InputError e : readErrors) {
            err.println("isnad: " + e.source() + ": " + e.reason());
        }
        Desk.IngestReport report;
        try (Desk desk = Desk.open(dir, pipeline)) {
            report = desk.ingest(raws, Pipeline.Progress.NONE, o -> {
                switch (o.status()) {
                    case STORED -> out.println("stored " + o.id() + " " + o.source());
                    case DUPLICATE -> out.println("duplicate " + o.id() + " " + o.source());
                    case REJECTED -> err.println("isnad: " + o.source() + ": " + o.reason());
                }
                out.flush();
                afterEach.accept(o);
            });
        }
        long duplicates = report.outcomes().stream().filter(o -> o.status() == Desk.Outcome.Status.DUPLICATE).count();
        long rejected = readErrors.size() + report.outcomes().stream()
                .filter(o -> o.status() == Desk.Outcome.Status.REJECTED).count();
        out.printf("%d stored, %d already there, %d rejected; the store holds %d articles in %d stories%n",
                report.stored(), duplicates, rejected, report.articles(), report.stories());
        return report.stored() + duplicates > 0 ? 0 : 1;
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
