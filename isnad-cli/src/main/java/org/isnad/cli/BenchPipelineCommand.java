package org.isnad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.ingest.read.FileArticleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad bench pipeline PATH...}: {@code isnad bench} on files instead of the stream. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Time the whole pipeline on input files, fresh caches every timed run (as `isnad bench --input PATH...`).")
public final class BenchPipelineCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders of articles")
    List<Path> inputs;

    @picocli.CommandLine.Mixin
    BenchRuns bench = new BenchRuns();

    @Option(names = "--baselines", description = "also time Lucene (and CoreNLP, if built) on the same texts")
    boolean baselines;

    @Override
    public Integer call() throws Exception {
        var raws = new FileArticleSource().read(inputs, e -> System.err.println(e.source() + ": " + e.reason()));
        return bench.bench(raws, inputs.size() == 1 ? inputs.get(0).toString() : inputs.size() + " inputs", baselines);
    }
}
