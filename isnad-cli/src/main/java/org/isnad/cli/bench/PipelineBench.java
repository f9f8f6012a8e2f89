package org.isnad.cli.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.isnad.arabic.ArabicTokenizer;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.RawArticle;
import org.isnad.pipeline.Pipeline;
import org.isnad.pipeline.StageTimes;

/**
 * Times the whole pipeline on a list of raw articles, every timed run with fresh caches (a run never
 * reuses an earlier run's names or stories), and the baselines on the same texts with as many threads;
 * prints articles/s, tokens/s, per-article latency, peak heap, time per stage and the ratios.
 */
public final class PipelineBench {
    /** What to run. */
    public record Options(int warmup, int runs, int threads, int latencyArticles, boolean baselines) {
    }

    private final PrintStream out;
    private final Options options;

    public PipelineBench(PrintStream out, Options options) {
        this.out = out;
        this.options = options;
    }

    /** Runs everything on {@code raws}; {@code what} says where they came from. */
    public void run(List<RawArticle> raws, String what) throws Exception {
        List<String> texts = raws.stream().map(r -> r.isHtml() ? r.html() : r.text()).toList();
        long chars = texts.stream().mapToLong(String::length).sum();
        ArabicTokenizer tokenizer = new ArabicTokenizer();
        long tokens = texts.stream().mapToLong(t -> tokenizer.tokenize(t).size()).sum();
        out.printf("isnad bench: %,d articles (%s), %,d chars, %,d tokens; %d threads on %d cores, load average %.1f%n",
                raws.size(), what, chars, tokens, options.threads(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.standard().withThreads(options.threads());
        out.printf("pipeline load: %.0f ms%n", ms(System.nanoTime() - t0));

        for (int i = 0; i < options.warmup(); i++) {
            double s = once(pipeline, raws, new StageTimes()).seconds;
            out.printf("warm-up %d: %.1f s%n", i + 1, s);
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < options.runs(); i++) {
            Run r = once(pipeline, raws, new StageTimes());
            runs.add(r);
            out.printf("run %d: %.1f s (CPU %.1f s), %.1f articles/s, peak heap %,d MB (%d articles, %d stories in the dossier)%n",
                    i + 1, r.seconds, r.cpuSeconds, raws.size() / r.seconds, r.peakHeap >> 20, r.articles, r.stories);
        }
        Run median = runs.stream().sorted((a, b) -> Double.compare(a.seconds, b.seconds)).toList().get(runs.size() / 2);
        double isnadRate = raws.size() / median.seconds;
        out.printf("isnad: median %.1f s (CPU %.1f s): %.1f articles/s, %,.0f tokens/s, peak heap %,d MB (fresh caches every run)%n",
                median.seconds, median.cpuSeconds, isnadRate, tokens / median.seconds,
                runs.stream().mapToLong(r -> r.peakHeap).max().orElse(0) >> 20);
        out.println("time per stage (median run; wall time, parts of stories summed over threads):");
        List<String> order = new ArrayList<>(List.of("clean", "recognize", "group", "stories"));
        median.stages.keySet().stream().filter(k -> !order.contains(k)).forEach(order::add);
        for (String stage : order) {
            if (median.stages.containsKey(stage)) {
                double s = median.stages.get(stage) / 1e9;
                out.printf("  %-12s %7.2f s %5.1f %%%n", stage, s, 100 * s / median.seconds);
            }
        }
        latency(pipeline, raws);
        if (options.baselines()) {
            baselines(texts, isnadRate, raws.size() / median.cpuSeconds);
        }
    }

    /** One article alone through the whole pipeline, fresh caches, one thread: its latency. */
    private void latency(Pipeline pipeline, List<RawArticle> raws) {
        int n = Math.min(options.latencyArticles(), raws.size());
        if (n == 0) {
            return;
        }
        Pipeline single = pipeline.withThreads(1);
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            once(single, List.of(raws.get(i)), StageTimes.NONE);
            ms[i] = ms(System.nanoTime() - t0);
        }
        Arrays.sort(ms);
        out.printf("per-article latency (each article alone, fresh caches, 1 thread; %d articles): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                n, ms[n / 2], ms[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)], ms[n - 1]);
    }

    private void baselines(List<String> texts, double isnadRate, double isnadCpuRate) throws Exception {
        Map<String, Double> rates = new LinkedHashMap<>();
        Map<String, Double> cpuRates = new LinkedHashMap<>();
        List<Baseline> all = new ArrayList<>();
        ServiceLoader.load(Baseline.class).forEach(all::add);
        all.add(new LuceneArabicBaseline());
        out.printf("baselines on the same %,d texts, %d threads:%n", texts.size(), options.threads());
        for (Baseline b : all) {
            long t0 = System.nanoTime();
            b.load();
            out.printf("  %s: %s; load %.0f ms%n", b.name(), b.describe(), ms(System.nanoTime() - t0));
            // warm-up over a tenth of the texts (at least one run's worth of JIT for the small baselines)
            int warm = Math.max(1, Math.min(texts.size(), Math.max(texts.size() / 10, 50)));
            for (int i = 0; i < Math.max(1, options.warmup()); i++) {
                pass(b, texts.subList(0, warm));
            }
            List<double[]> secs = new ArrayList<>();
            long tokens = 0;
            for (int i = 0; i < options.runs(); i++) {
                long c0 = cpuNanos();
                long s0 = System.nanoTime();
                tokens = pass(b, texts);
                secs.add(new double[] {(System.nanoTime() - s0) / 1e9, (cpuNanos() - c0) / 1e9});
            }
            secs.sort((x, y) -> Double.compare(x[0], y[0]));
            double median = secs.get(secs.size() / 2)[0];
            double cpu = secs.get(secs.size() / 2)[1];
            rates.put(b.name(), texts.size() / median);
            cpuRates.put(b.name(), texts.size() / cpu);
            out.printf("  %s: median %.2f s (CPU %.2f s): %.1f articles/s, %,.0f of its tokens/s%n", b.name(), median, cpu,
                    texts.size() / median, tokens / median);
        }
        if (!rates.containsKey("corenlp-ar")) {
            out.println("corenlp-ar: not on the class path (GPL, benchmark only): build it with"
                    + " `mvn -q -B -ntp -o -Pbench -DskipTests package` and run `bin/isnad bench` again");
        }
        for (Map.Entry<String, Double> e : rates.entrySet()) {
            out.printf("ratio vs %s = %.2f%n", e.getKey(), isnadRate / e.getValue());
        }
        for (Map.Entry<String, Double> e : cpuRates.entrySet()) {
            out.printf("  (by CPU time: %.2f vs %s)%n", isnadCpuRate / e.getValue(), e.getKey());
        }
    }

    /** All texts through the baseline on the benchmark's threads; the total of its tokens. */
    private long pass(Baseline b, List<String> texts) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < options.threads(); t++) {
                parts.add(pool.submit(() -> {
                    long n = 0;
                    for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
                        n += b.process(texts.get(i));
                    }
                    return n;
                }));
            }
            long total = 0;
            for (Future<Long> f : parts) {
                total += f.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    private record Run(double seconds, double cpuSeconds, long peakHeap, Map<String, Long> stages, int articles, int stories) {
    }

    /** One timed run: clean and analyse every article with caches emptied first. */
    private static Run once(Pipeline pipeline, List<RawArticle> raws, StageTimes times) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        if (times != StageTimes.NONE) {
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        }
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        Pipeline fresh = pipeline.fresh(times);
        Pipeline.Prepared prepared = fresh.prepare(raws, Pipeline.Progress.NONE);
        Dossier d = fresh.analyze(prepared.articles(), prepared.errors(), Pipeline.Progress.NONE);
        double secs = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Run(secs, cpu, peak, times.snapshot(), d.articles().size(), d.stories().size());
    }

    /** CPU time of the whole process (all threads, JIT and GC included): steadier than wall time on a loaded machine. */
    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
