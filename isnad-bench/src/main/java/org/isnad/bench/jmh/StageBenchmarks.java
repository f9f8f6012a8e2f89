package org.isnad.bench.jmh;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.isnad.cli.bench.BenchTexts;
import org.isnad.core.model.Article;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Mention;
import org.isnad.core.model.RawArticle;
import org.isnad.core.stage.StoryGrouper;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.StageTimes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot stages one by one, single-threaded, on {@code articles} consecutive articles of the ANT stream's
 * June–October part ({@code -p from=}, at least line 16,793). Every invocation starts from empty caches.
 * Run: {@code bin/isnad bench jmh} (JMH's own options after it, e.g. {@code -f 1 -wi 2 -i 3 StageBenchmarks.recognize}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xss8m", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class StageBenchmarks {
    @Param("../shared/data/news/ant-multisource.jsonl.gz")
    public String stream;
    @Param("20001")
    public int from;
    @Param("200")
    public int articles;

    private Pipeline pipeline;
    private List<RawArticle> raws;
    private List<Article> cleaned;
    private List<Mention> mentions;
    private List<StoryGrouper.Group> groups;

    @Setup(Level.Trial)
    public void load() throws Exception {
        pipeline = Pipeline.standard().withThreads(1);
        raws = BenchTexts.fromStream(Path.of(stream), from, articles);
        cleaned = pipeline.fresh(StageTimes.NONE).prepare(raws, Pipeline.Progress.NONE).articles();
        mentions = pipeline.fresh(StageTimes.NONE).recognize(cleaned);
        groups = pipeline.fresh(StageTimes.NONE).group(cleaned, mentions);
    }

    /** Cleaning (boilerplate learned over the batch, then each article). */
    @Benchmark
    public Pipeline.Prepared clean() {
        return pipeline.fresh(StageTimes.NONE).prepare(raws, Pipeline.Progress.NONE);
    }

    /** Named entities of every article. */
    @Benchmark
    public List<Mention> recognize() {
        return pipeline.fresh(StageTimes.NONE).recognize(cleaned);
    }

    /** Story grouping, names already recognized. */
    @Benchmark
    public List<StoryGrouper.Group> group() {
        return pipeline.fresh(StageTimes.NONE).group(cleaned, mentions);
    }

    /** Entities, claims, links and events of every story, given the groups (no NER, no grouping). */
    @Benchmark
    public Dossier stories() {
        return pipeline.fresh(StageTimes.NONE).analyzeGroups(cleaned, groups, mentions);
    }

    /** The whole pipeline from raw articles. */
    @Benchmark
    public Dossier whole() {
        Pipeline fresh = pipeline.fresh(StageTimes.NONE);
        Pipeline.Prepared p = fresh.prepare(raws, Pipeline.Progress.NONE);
        return fresh.analyze(p.articles(), p.errors(), Pipeline.Progress.NONE);
    }
}
