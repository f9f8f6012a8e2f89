package org.isnad.cli.server;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.pipeline.Pipeline;
import org.isnad.server.DataDir;
import org.isnad.server.FileIngest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad ingest PATH... --data DIR}: adds articles to a desk's store (created if missing) through
 * the desk's write path: a chunk of files at a time is stored, the desk's writer groups and analyses the
 * stored articles meanwhile, and the command ends when every article is applied. Idempotent: an article
 * already stored is reported and kept once. Each article is committed before its
 * {@code stored ID SOURCE} line is printed, so an interrupted ingest can simply be run again.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Add raw Arabic news articles (.txt, .html, .htm, .jsonl; folders recursively) to the "
                + "store in DIR (an embedded database and search index); the stories they join are analysed as they are stored, "
                + "in order, and the command ends when all are.",
                "Running it again with the same inputs changes nothing; after a crash it finishes the job.",
                "Do not run it on a DIR that a running server uses: POST /api/articles to that server instead."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every usable input is in the store", "1:nothing could be ingested", "2:invalid usage"})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders of articles")
    List<Path> inputs;

    @Option(names = {"-d", "--data"}, required = true, paramLabel = "DIR", description = "data directory of the store")
    Path data;

    @Option(names = {"-q", "--quiet"}, description = "print only errors and the summary line")
    boolean quiet;

    @Override
    public Integer call() {
        PrintStream out = quiet ? new SummaryOnly(System.out) : System.out;
        return FileIngest.run(inputs, new DataDir(data), Pipeline.standard(), out, System.err, o -> { });
    }

    /** Drops the per-article lines, keeps the closing summary. */
    private static final class SummaryOnly extends PrintStream {
        private final PrintStream target;

        SummaryOnly(PrintStream target) {
            super(OutputStream.nullOutputStream());
            this.target = target;
        }

        @Override
        public void println(String line) {
            if (!line.startsWith("stored ") && !line.startsWith("duplicate ")) {
                target.println(line);
            }
        }

        @Override
        public PrintStream printf(String format, Object... args) {
            return target.printf(format, args);
        }
    }
}
