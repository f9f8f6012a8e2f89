package org.isnad.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.core.model.Article;

/**
 * Benchmark (not a test): model load time from the classpath, and tagging throughput on one thread
 * over the text of a CoNLL file, end to end through {@link NerRecognizer#recognize} (tokenization,
 * sentence splitting, features, Viterbi, rules). Reports wall-clock and thread-CPU rates (the
 * latter is the fair figure on a shared machine). Usage: {@code NerBench FILE [rounds]}.
 */
public final class NerBench {
    private NerBench() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/ner/anercorp/test.txt");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long t0 = System.nanoTime();
        NerRecognizer rec = NerRecognizer.fromClasspath();
        double load = (System.nanoTime() - t0) / 1e9;
        System.out.printf("model load: %.2f s (%d features)%n", load, rec.model().featureCount());
        List<TaggedSentence> data = ConllReader.read(file, TagMaps.IDENTITY);
        List<Article> docs = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        long tokens = 0;
        for (TaggedSentence s : data) {
            sb.append(String.join(" ", s.tokens())).append('\n');
            if (sb.length() > 4000) {
                docs.add(article(docs.size(), sb.toString()));
                sb.setLength(0);
            }
        }
        docs.add(article(docs.size(), sb.toString()));
        NerTokenizer tok = new NerTokenizer();
        for (Article a : docs) {
            tokens += tok.tokenize(a.text()).size();
        }
        int mentions = 0;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            long t = System.nanoTime();
            long cpu = mx.getCurrentThreadCpuTime();
            mentions = 0;
            for (Article a : docs) {
                mentions += rec.recognize(a).size();
            }
            double s = (System.nanoTime() - t) / 1e9;
            double c = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("round %d: %d tokens, %d mentions, wall %.3f s = %.0f tokens/s, thread CPU %.3f s = %.0f tokens/s%n",
                r + 1, tokens, mentions, s, tokens / s, c, tokens / c);
        }
    }

    private static Article article(int i, String text) {
        return new Article("bench-" + i, "bench", null, "", null, "ar", text, List.of());
    }
}
