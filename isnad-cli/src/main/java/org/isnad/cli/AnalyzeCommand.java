package org.isnad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.InputError;
import org.isnad.output.DossierHtml;
import org.isnad.output.DossierJson;
import org.isnad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code isnad analyze PATH... --out DIR}: files and folders of raw articles to {@code dossier.json}
 * and {@code dossier.html}. Exit 0 when at least one article was analysed, 1 when none could be.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse raw Arabic news pages (.txt, .html, .htm, .jsonl; folders recursively)",
                "into a story dossier: DIR/dossier.json and DIR/dossier.html.",
                "Inputs that cannot be read are reported on stderr and in the dossier's errors."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:at least one article analysed", "1:nothing could be analysed", "2:invalid usage"})
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders of articles")
    List<Path> inputs;

    @picocli.CommandLine.Mixin
    org.isnad.cli.GrouperOption grouper = new org.isnad.cli.GrouperOption();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "output folder (created if missing)")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N",
            description = "articles and stories analysed at once (default: one per core; the dossier is the same)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        Dossier dossier;
        try (Progress progress = quiet ? null : new Progress()) {
            Pipeline pipeline = grouper.apply(Pipeline.standard().withThreads(threads));
            dossier = pipeline.run(inputs, progress == null ? Pipeline.Progress.NONE : progress);
        }
        for (InputError e : dossier.errors()) {
            err.println("isnad: " + e.source() + ": " + e.reason());
        }
        Path json = new DossierJson().write(dossier, out);
        Path html = new DossierHtml().write(dossier, out);
        if (!quiet) {
            System.out.println(Summary.of(dossier));
            System.out.println("wrote " + json + " and " + html);
        }
        return dossier.articles().isEmpty() ? 1 : 0;
    }

    /**
     * A progress bar on stderr, per pipeline step, for long runs only: steps of at least
     * {@link #MIN_ITEMS} items, and only when a terminal is attached (a log file gets no bar frames).
     */
    private static final class Progress implements Pipeline.Progress, AutoCloseable {
        static final int MIN_ITEMS = 20;
        private final boolean terminal = System.console() != null;
        private ProgressBar bar;
        private String step;

        @Override
        public void update(String step, int done, int total) {
            if (!step.equals(this.step)) {
                close();
                this.step = step;
                if (terminal && total >= MIN_ITEMS) {
                    bar = new ProgressBarBuilder().setTaskName(step).setInitialMax(total)
                            .setConsumer(new ConsoleProgressBarConsumer(System.err)).continuousUpdate().build();
                }
            }
            if (bar != null) {
                bar.stepTo(done);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
