package org.isnad.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.isnad.core.model.RawArticle;

/** The articles a benchmark runs on: {@code n} lines of the ANT stream from a given line. */
public final class BenchTexts {
    /** The first line of the stream's June–October 2018 part; the lines before are reserved for evaluation. */
    public static final int FIRST_ALLOWED_LINE = 16_793;
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchTexts() {
    }

    /**
     * Lines {@code from .. from+n-1} (1-based) of a JSONL stream (gzipped or not) as raw articles whose
     * source is the ANT id; lines before {@code from} are skipped unread, and {@code from} may not be before
     * {@link #FIRST_ALLOWED_LINE}.
     */
    public static List<RawArticle> fromStream(Path file, int from, int n) throws IOException {
        if (from < FIRST_ALLOWED_LINE) {
            throw new IOException("line " + from + " is before line " + FIRST_ALLOWED_LINE
                    + ": the stream's February–May part is reserved for independent evaluation");
        }
        List<RawArticle> out = new ArrayList<>(n);
        try (BufferedReader in = open(file)) {
            for (int line = 1; line < from; line++) {
                if (in.readLine() == null) {
                    return out;
                }
            }
            String s;
            int line = from;
            while (out.size() < n && (s = in.readLine()) != null) {
                JsonNode j = JSON.readTree(s);
                String text = j.path("text").asText("");
                if (!text.isBlank()) {
                    out.add(new RawArticle(j.path("id").asText("line-" + line), field(j, "url"), field(j, "outlet"),
                            field(j, "title"), field(j, "published"), text, null));
                }
                line++;
            }
        }
        return out;
    }

    private static String field(JsonNode j, String name) {
        String s = j.path(name).asText(null);
        return s == null || s.isBlank() ? null : s;
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
