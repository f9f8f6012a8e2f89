package org.isnad.events.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lexicon of one- or multi-word phrases (event triggers, count words, qualifiers, outcome cues), each
 * with a label and optional flags, matched against {@link Word}s with clitics and endings allowed on
 * every word ({@link Affixes}). Phrases are tokenized and folded like the text ({@link Words}, i.e.
 * isnad-arabic's tokenizer and normalizer), so both sides meet on the same keys. The longest phrase
 * wins at a position (isnad-arabic has no multi-word lexicon matcher). Loaded from a UTF-8 resource
 * of lines {@code LABEL<TAB>phrase[<TAB>flag,flag]};
 * {@code #} starts a comment.
 */
public final class PhraseLexicon {
    /** One phrase of the lexicon: its label, folded words and flags. */
    public record Entry(String label, List<String> words, Set<String> flags) {
    }

    /** A phrase found at words {@code [from, to)}; {@code prefix} is the clitic on its first word. */
    public record Match(Entry entry, int from, int to, String prefix) {
        public int length() {
            return to - from;
        }
    }

    private final Map<String, List<Entry>> byFirst = new HashMap<>();

    private PhraseLexicon(List<Entry> entries) {
        for (Entry e : entries) {
            byFirst.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
        }
    }

    /** Loads a lexicon resource relative to {@code owner}'s package. */
    public static PhraseLexicon load(Class<?> owner, String resource) {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                List<String> words = Words.of(f[1]).stream().map(Word::folded).toList();
                Set<String> flags = f.length > 2 ? Set.copyOf(Arrays.asList(f[2].split(","))) : Set.of();
                entries.add(new Entry(f[0], words, flags));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PhraseLexicon(entries);
    }

    /** The longest phrase starting at word {@code i}, or null. */
    public Match matchAt(List<Word> words, int i) {
        Match best = null;
        for (Affixes.Reading first : readingsWithSelf(words.get(i).folded())) {
            List<Entry> cands = byFirst.get(first.stem());
            if (cands == null) {
                continue;
            }
            for (Entry e : cands) {
                int n = e.words().size();
                if (i + n > words.size() || (best != null && best.length() >= n)) {
                    continue;
                }
                boolean ok = true;
                for (int k = 1; k < n && ok; k++) {
                    ok = Affixes.is(words.get(i + k).folded(), e.words().get(k));
                }
                if (ok) {
                    best = new Match(e, i, i + n, first.prefix());
                }
            }
        }
        return best;
    }

    /** All non-overlapping longest matches, left to right. */
    public List<Match> findAll(List<Word> words) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Match m = matchAt(words, i);
            if (m != null) {
                out.add(m);
                i = m.to() - 1;
            }
        }
        return out;
    }

    private static List<Affixes.Reading> readingsWithSelf(String folded) {
        List<Affixes.Reading> r = new ArrayList<>();
        r.add(new Affixes.Reading("", folded));
        r.addAll(Affixes.readings(folded));
        return r;
    }
}
