package org.isnad.claims.stance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the ANS stance CSV: a header {@code s1,s2,stance}, then one pair a line. The ANS files have
 * no quoted fields and no commas inside statements, so a line splits on its first and last comma
 * (a comma inside {@code s2} would still be kept). Hand-written: a CSV library is not worth a
 * dependency for this format.
 */
public final class StanceCsv {
    private StanceCsv() {
    }

    /** Every example in {@code file}; fails with the line number on a malformed line. */
    public static List<StanceExample> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<StanceExample> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || (i == 0 && line.startsWith("s1,"))) {
                continue;
            }
            int first = line.indexOf(',');
            int last = line.lastIndexOf(',');
            if (first < 0 || first == last) {
                throw new IOException(file + ":" + (i + 1) + ": expected s1,s2,stance");
            }
            try {
                out.add(new StanceExample(line.substring(0, first), line.substring(first + 1, last),
                        StanceLabel.parse(line.substring(last + 1))));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ":" + (i + 1) + ": unknown stance label '" + line.substring(last + 1) + "'");
            }
        }
        return out;
    }
}
