package org.isnad.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.isnad.events.text.Word;
import org.isnad.events.text.Words;

/**
 * Country names (package-private), from {@code countries.txt}: the geonames-ar entries with a
 * two-letter country id (../shared/data/gazetteers/geonames-ar). A country and a place that is not one
 * never contradict each other as the place of one event: the town is in some country.
 */
final class Countries {
    private static final Set<String> NAMES = load();

    private Countries() {
    }

    /**
     * True when {@code name} (as written, with or without the article) is a country, or the start of a
     * longer country name of at least two words ({@code الولايات المتحدة}).
     */
    static boolean is(String name) {
        String key = key(name);
        if (key.isEmpty()) {
            return false;
        }
        if (NAMES.contains(key) || NAMES.contains(key.startsWith("ال") ? key.substring(2) : "ال" + key)) {
            return true;
        }
        if (key.indexOf(' ') > 0) {
            for (String n : NAMES) {
                if (n.startsWith(key + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String key(String name) {
        return String.join(" ", Words.of(name).stream().map(Word::folded).toList());
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        try (InputStream in = Countries.class.getResourceAsStream("countries.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource countries.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(key(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
