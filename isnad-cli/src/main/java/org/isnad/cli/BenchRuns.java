package org.isnad.cli;

import java.util.List;
import org.isnad.cli.bench.PipelineBench;
import org.isnad.core.model.RawArticle;
import picocli.CommandLine.Option;

/** How a pipeline bench runs (warm-up, timed runs, threads, latency sample): one picocli mixin for both bench commands. */
public final class BenchRuns {
    @Option(names = "--warmup", defaultValue = "1", description = "warm-up runs (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--runs", defaultValue = "3", description = "timed runs, median reported (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--threads", defaultValue = "0", description = "threads (default: one per core)")
    int threads;

    @Option(names = "--latency", defaultValue = "500", paramLabel = "N",
            description = "articles timed one by one for p50/p99 latency (default ${DEFAULT-VALUE})")
    int latency;

    /** Times the pipeline on {@code raws} (named {@code what}), with the baselines or without. */
    int bench(List<RawArticle> raws, String what, boolean baselines) throws Exception {
        int t = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        new PipelineBench(System.out, new PipelineBench.Options(warmup, Math.max(1, runs), t, latency, baselines))
                .run(raws, what);
        return 0;
    }
}
