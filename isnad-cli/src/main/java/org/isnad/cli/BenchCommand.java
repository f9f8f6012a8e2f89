package org.isnad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.cli.bench.BenchTexts;
import org.isnad.core.model.RawArticle;
import org.isnad.ingest.read.FileArticleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code isnad bench}: the whole pipeline on N articles of the ANT stream (or on files), fresh caches every
 * timed run, beside Lucene's ArabicAnalyzer and (with the bench module built) Stanford CoreNLP's Arabic
 * tokenize+ssplit+pos on the same texts. Speed lives here, never in timed unit tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time the whole pipeline on N articles of the ANT stream (fresh caches every timed run) and, on the same texts,",
                "Lucene's ArabicAnalyzer and Stanford CoreNLP's Arabic tokenize+ssplit+pos (CoreNLP only when built with -Pbench);",
                "prints articles/s, tokens/s, p50/p99 latency, peak heap, time per stage and `ratio vs NAME`."},
        subcommands = {BenchPipelineCommand.class, BenchNerCommand.class, BenchJmhCommand.class})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--stream", defaultValue = "../shared/data/news/ant-multisource.jsonl.gz",
            description = "JSONL stream of articles (default ${DEFAULT-VALUE})")
    Path stream;

    @Option(names = "--from", defaultValue = "20001",
            description = "first line of the stream (at least 16,793: earlier lines are reserved; default ${DEFAULT-VALUE})")
    int from;

    @Option(names = {"-n", "--articles"}, defaultValue = "2000", description = "articles (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--input", arity = "1..*", paramLabel = "PATH",
            description = "files or folders of articles instead of the stream")
    List<Path> inputs;

    @picocli.CommandLine.Mixin
    BenchRuns bench = new BenchRuns();

    @Option(names = "--no-baselines", description = "time Isnad only")
    boolean noBaselines;

    @Override
    public Integer call() throws Exception {
        List<RawArticle> raws;
        String what;
        if (inputs != null && !inputs.isEmpty()) {
            raws = new ArrayList<>(new FileArticleSource().read(inputs, e -> System.err.println(e.source() + ": " + e.reason())));
            what = inputs.size() == 1 ? inputs.get(0).toString() : inputs.size() + " inputs";
        } else {
            raws = BenchTexts.fromStream(stream, from, articles);
            what = stream.getFileName() + " lines " + from + "–" + (from + raws.size() - 1);
        }
        return bench.bench(raws, what, !noBaselines);
    }
}
