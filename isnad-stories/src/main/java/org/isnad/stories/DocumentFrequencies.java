package org.isnad.stories;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.isnad.arabic.ContentWords;

/**
 * How many documents of a background corpus contain each match key: the IDF half of TF-IDF.
 * Stored as gzipped TSV: a header {@code #docs<TAB>N}, then {@code key<TAB>df} lines.
 */
public final class DocumentFrequencies {
    static final String RESOURCE = "/org/isnad/stories/df.tsv.gz";

    private final Map<String, Integer> df;
    private final int documents;

    DocumentFrequencies(Map<String, Integer> df, int documents) {
        this.df = Map.copyOf(df);
        this.documents = documents;
    }

    /** The table shipped with Isnad, or an empty one (every word equally rare) when absent. */
    public static DocumentFrequencies bundled() {
        try (InputStream in = DocumentFrequencies.class.getResourceAsStream(RESOURCE)) {
            return in == null ? new DocumentFrequencies(Map.of(), 0) : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled document frequencies " + RESOURCE, e);
        }
    }

    static DocumentFrequencies read(InputStream gz) throws IOException {
        Map<String, Integer> df = new HashMap<>();
        int docs = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    continue;
                }
                int n = Integer.parseInt(line.substring(tab + 1));
                if (line.startsWith("#docs\t")) {
                    docs = n;
                } else {
                    df.put(line.substring(0, tab), n);
                }
            }
        }
        return new DocumentFrequencies(df, docs);
    }

    /**
     * Counts keys over a corpus of one document per line (gzipped), keeping keys seen in at least
     * {@code minDf} documents, and writes the table.
     */
    public static int build(Iterable<Path> corpora, int minDf, Path out) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        int docs = 0;
        for (Path corpus : corpora) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    ContentWords.keys(line).forEach(k -> counts.merge(k, 1, Integer::sum));
                    docs++;
                }
            }
        }
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
            w.write("#docs\t" + docs + "\n");
            var kept = counts.entrySet().stream().filter(e -> e.getValue() >= minDf)
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .toList();
            for (var e : kept) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
            return kept.size();
        }
    }

    /** Smoothed inverse document frequency; a key never seen counts as rarer than any seen. */
    public double idf(String key) {
        int n = df.getOrDefault(key, 0);
        return Math.log((documents + 1.0) / (n + 0.5));
    }

    public int documents() {
        return documents;
    }

    public int size() {
        return df.size();
    }

}
