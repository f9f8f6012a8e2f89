package org.isnad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad bench pipeline PATH...}: times the whole pipeline over a folder, after warm-up runs. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Time the analysis pipeline on input files (warm-up runs first); prints articles/s and tokens/s.")
public final class BenchPipelineCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders of articles")
    List<Path> inputs;

    @Option(names = "--runs", defaultValue = "5", description = "measured runs (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "2", description = "warm-up runs (default ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.standard();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        System.out.printf("pipeline load: %.0f ms%n", loadMs);
        var result = pipeline.run(inputs, Pipeline.Progress.NONE);
        long chars = result.articles().stream().mapToLong(a -> a.article().text().length()).sum();
        for (int i = 0; i < warmup; i++) {
            pipeline.run(inputs, Pipeline.Progress.NONE);
        }
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            pipeline.run(inputs, Pipeline.Progress.NONE);
        }
        double secs = (System.nanoTime() - start) / 1e9 / runs;
        System.out.printf("%d articles, %d chars: %.1f ms per run, %.0f articles/s, %.0f chars/s%n",
                result.articles().size(), chars, secs * 1000, result.articles().size() / secs, chars / secs);
        return 0;
    }
}
