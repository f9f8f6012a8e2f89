package org.isnad.eval;

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
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.isnad.core.model.RawArticle;

/**
 * Reads chosen articles of the ANT news stream ({@code ant-multisource.jsonl.gz}, or a plain
 * {@code .jsonl} of the same shape) as raw articles whose {@code source} is the ANT id, in stream
 * (publication) order. Articles published before {@link #FIRST_DEV_DAY} are reserved for independent
 * evaluation: asking for one is an error, and they are never parsed.
 */
public final class AntStream {
    /** The first day of the development part of the stream (June–October 2018). */
    public static final String FIRST_DEV_DAY = "2018-06-01";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AntStream() {
    }

    public static List<RawArticle> read(Path file, Collection<String> ids) throws IOException {
        Set<String> wanted = new HashSet<>(ids);
        List<RawArticle> out = new ArrayList<>();
        Set<String> found = new HashSet<>();
        try (BufferedReader in = open(file)) {
            String line;
            while ((line = in.readLine()) != null) {
                String id = idOf(line);
                if (id == null || !wanted.contains(id)) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                String published = n.path("published").asText("");
                if (published.compareTo(FIRST_DEV_DAY) < 0) {
                    throw new IOException(id + " was published " + published + ", before " + FIRST_DEV_DAY
                            + ": February–May 2018 is reserved for independent evaluation");
                }
                found.add(id);
                out.add(new RawArticle(id, text(n, "url"), text(n, "outlet"), text(n, "title"), published,
                        n.path("text").asText(), null));
            }
        }
        if (found.size() < wanted.size()) {
            Set<String> missing = new HashSet<>(wanted);
            missing.removeAll(found);
            throw new IOException(missing.size() + " gold articles not in " + file + ", e.g. " + missing.iterator().next());
        }
        return out;
    }

    /**
     * Every article of {@code categories} whose publication day (the date part of {@code published} as
     * written) is in {@code [from, to]}, plus the articles {@code also} names; {@code from} must not be
     * before {@link #FIRST_DEV_DAY}.
     */
    public static List<RawArticle> readWindow(Path file, String from, String to, Set<String> categories,
                                              Collection<String> also) throws IOException {
        if (from.compareTo(FIRST_DEV_DAY) < 0) {
            throw new IOException("window starts " + from + ", before " + FIRST_DEV_DAY
                    + ": February–May 2018 is reserved for independent evaluation");
        }
        Set<String> ids = new HashSet<>(also);
        try (BufferedReader in = open(file)) {
            String line;
            while ((line = in.readLine()) != null) {
                int p = line.indexOf("\"published\"");
                String day = p < 0 || line.length() < p + 25 ? "" : line.substring(line.indexOf('"', line.indexOf(':', p) + 1) + 1).substring(0, 10);
                if (day.compareTo(from) < 0 || day.compareTo(to) > 0) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                if (categories.contains(n.path("category").asText())) {
                    ids.add(n.path("id").asText());
                }
            }
        }
        return read(file, ids);
    }

    /** The value of the line's leading {@code "id"} field, read without parsing the article. */
    static String idOf(String line) {
        int key = line.indexOf("\"id\"");
        if (key < 0 || key > 16) {
            return null;
        }
        int open = line.indexOf('"', line.indexOf(':', key) + 1);
        int close = open < 0 ? -1 : line.indexOf('"', open + 1);
        return close < 0 ? null : line.substring(open + 1, close);
    }

    private static String text(JsonNode n, String field) {
        String s = n.path(field).asText(null);
        return s == null || s.isBlank() ? null : s;
    }

    private static BufferedReader open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
