package org.isnad.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads CoNLL-style NER files: one {@code token TAG [more tags]} line per token, blank lines between
 * sentences; Wojood's {@code $#$} document separators are skipped. Only the first tag column is read.
 */
public final class ConllReader {
    private ConllReader() {
    }

    /** Reads {@code file}, mapping every tag through {@code tagMap} (see {@link TagMaps}). */
    public static List<TaggedSentence> read(Path file, UnaryOperator<String> tagMap) throws IOException {
        List<TaggedSentence> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("$#$")) {
                    flush(out, toks, tags);
                    continue;
                }
                String[] parts = t.split("\\s+");
                if (parts.length < 2) {
                    continue;
                }
                toks.add(parts[0]);
                tags.add(tagMap.apply(parts[1]));
            }
        }
        flush(out, toks, tags);
        return out;
    }

    private static void flush(List<TaggedSentence> out, List<String> toks, List<String> tags) {
        if (!toks.isEmpty()) {
            out.add(new TaggedSentence(toks, tags));
            toks.clear();
            tags.clear();
        }
    }
}
