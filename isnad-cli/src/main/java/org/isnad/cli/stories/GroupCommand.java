package org.isnad.cli.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.isnad.core.model.Article;
import org.isnad.core.model.RawArticle;
import org.isnad.pipeline.Pipeline;
import org.isnad.stories.StoryStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code group STREAM.jsonl[.gz] --out FILE}: groups a news stream into stories as it is read, one
 * article at a time (clean, names, online assignment), writing {@code source<TAB>story<TAB>storyline}
 * per article; nothing but the grouper's window is kept in memory. Prints time and heap as it goes.
 */
@Command(name = "group", mixinStandardHelpOptions = true,
        description = "Group a JSONL news stream (in publication order) into stories with the online grouper, streaming.")
public final class GroupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "STREAM", description = "a .jsonl or .jsonl.gz stream, one article per line, sorted by publication time")
    Path stream;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "TSV of source, story, storyline")
    Path out;

    @Option(names = "--limit", defaultValue = "0", description = "stop after this many articles (0: all)")
    int limit;

    @Option(names = "--every", defaultValue = "5000", description = "print progress every N articles")
    int every;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        Pipeline pipeline = Pipeline.standard();
        StoryStream stories = new StoryStream();
        ObjectMapper json = new ObjectMapper();
        long start = System.nanoTime();
        int n = 0;
        int failed = 0;
        int storiesOpened = 0;
        try (BufferedReader in = open(stream); BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null && (limit == 0 || n < limit)) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String source = stream.getFileName() + ":" + lineNo;
                try {
                    JsonNode j = json.readTree(line);
                    String id = j.path("id").asText(source);
                    RawArticle raw = new RawArticle(id, text(j, "url"), text(j, "outlet"), text(j, "title"),
                            text(j, "published"), j.path("text").asText(), null);
                    List<Article> cleaned = pipeline.prepare(List.of(raw), Pipeline.Progress.NONE).articles();
                    if (cleaned.isEmpty()) {
                        failed++;
                        continue;
                    }
                    Article a = cleaned.get(0);
                    StoryStream.Decision d = stories.add(a, pipeline.recognizeUncached(a));
                    storiesOpened += d.opened() ? 1 : 0;
                    w.write(id + "\t" + d.story() + "\t" + d.storyline() + "\n");
                    for (String gone : d.merged()) {
                        w.write("#merged\t" + gone + "\t" + d.story() + "\n");
                    }
                    n++;
                } catch (IOException | RuntimeException e) {
                    failed++;
                }
                if (n > 0 && n % every == 0) {
                    report(o, n, start, stories);
                }
            }
        }
        report(o, n, start, stories);
        o.printf(Locale.ROOT, "grouped %d articles into %d stories (%d inputs skipped); wrote %s%n", n, storiesOpened, failed, out);
        o.flush();
        return 0;
    }

    private static void report(PrintWriter o, int n, long start, StoryStream stories) {
        System.gc();
        long used = 0;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
                peak += pool.getPeakUsage().getUsed();
            }
        }
        o.printf(Locale.ROOT, "%d articles, %.1f s, open stories %d, heap after GC %d MB, peak heap %d MB%n", n,
                (System.nanoTime() - start) / 1e9, stories.openStories(), used >> 20, peak >> 20);
        o.flush();
    }

    private static String text(JsonNode n, String f) {
        String s = n.path(f).asText(null);
        return s == null || s.isBlank() ? null : s;
    }

    private static BufferedReader open(Path p) throws IOException {
        InputStream raw = Files.newInputStream(p);
        InputStream in = p.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
