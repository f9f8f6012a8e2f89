package org.isnad.ner;

import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Typed name lists over folded token sequences (PERS, LOC, ORG bits), matched longest-first.
 * Built from ../shared/data/gazetteers (ANERGazet, ANETAC, geonames-ar) and shipped inside the model.
 */
public final class Gazetteer {
    public static final int PERS = 1, LOC = 2, ORG = 4;
    static final int MAX_LEN = 6;
    private final Map<String, Integer> phrases;
    private final Map<String, Integer> firstWords = new HashMap<>();
    private final List<String> countries;

    Gazetteer(Map<String, Integer> phrases, List<String> countries) {
        this.phrases = phrases;
        this.countries = List.copyOf(countries);
        for (Map.Entry<String, Integer> e : phrases.entrySet()) {
            String k = e.getKey();
            int sp = k.indexOf(' ');
            String first = sp < 0 ? k : k.substring(0, sp);
            int len = sp < 0 ? 1 : k.split(" ").length;
            firstWords.merge(first, len, Math::max);
        }
    }

    /** Country names (folded), from geonames entries with a two-letter country id. */
    public List<String> countries() {
        return countries;
    }

    public int size() {
        return phrases.size();
    }

    /** Type mask of one folded phrase (tokens joined by single spaces), 0 when absent. */
    public int lookup(String foldedPhrase) {
        Integer m = phrases.get(foldedPhrase);
        return m == null ? 0 : m;
    }

    /**
     * For each token, per type bit, 1 where a longest match of that type begins and 2 inside it;
     * packed as {@code code(type k) << (2*k)}.
     */
    public int[] match(String[] folded) {
        int n = folded.length;
        int[] out = new int[n];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Integer maxLen = firstWords.get(folded[i]);
            if (maxLen == null) {
                continue;
            }
            int seen = 0;
            for (int len = Math.min(maxLen, n - i); len >= 1; len--) {
                sb.setLength(0);
                for (int j = i; j < i + len; j++) {
                    if (j > i) {
                        sb.append(' ');
                    }
                    sb.append(folded[j]);
                }
                int mask = lookup(sb.toString()) & ~seen;
                if (mask == 0) {
                    continue;
                }
                seen |= mask;
                for (int k = 0; k < 3; k++) {
                    if ((mask & (1 << k)) != 0) {
                        for (int j = i; j < i + len; j++) {
                            int code = j == i ? 1 : 2;
                            if (((out[j] >> (2 * k)) & 3) == 0) {
                                out[j] |= code << (2 * k);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Span view of the longest gazetteer match covering each token, where a match may also begin with
     * the clitic-stripped form of its first token ({@code stripped[i]}, e.g. والولايات المتحدة). Packed per
     * token as {@code type mask | position << 4 (1 single, 2 begin, 3 inside, 4 end) | min(length, 4) << 8
     * | (1 << 12 when the match needed clitic stripping)}; 0 where no match covers the token.
     */
    public int[] spans(String[] folded, String[] stripped) {
        int n = folded.length;
        int[] out = new int[n];
        int[] bestLen = new int[n];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            for (int variant = 0; variant < 2; variant++) {
                String first = variant == 0 ? folded[i] : stripped[i];
                if (variant == 1 && first.equals(folded[i])) {
                    break;
                }
                Integer maxLen = firstWords.get(first);
                if (maxLen == null) {
                    continue;
                }
                for (int len = Math.min(maxLen, n - i); len >= 1; len--) {
                    sb.setLength(0);
                    sb.append(first);
                    for (int j = i + 1; j < i + len; j++) {
                        sb.append(' ').append(folded[j]);
                    }
                    int mask = lookup(sb.toString());
                    if (mask == 0) {
                        continue;
                    }
                    for (int j = i; j < i + len; j++) {
                        if (len > bestLen[j]) {
                            bestLen[j] = len;
                            int pos = len == 1 ? 1 : j == i ? 2 : j == i + len - 1 ? 4 : 3;
                            out[j] = mask | pos << 4 | Math.min(len, 4) << 8 | variant << 12;
                        }
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** Loads ANERGazet, ANETAC and geonames-ar from a gazetteers directory. */
    public static Gazetteer load(Path dir) throws IOException {
        Map<String, Integer> m = new TreeMap<>();
        List<String> countries = new ArrayList<>();
        Path ag = dir.resolve("anergazet");
        readList(ag.resolve("AlignedPersGazetteer.txt"), PERS, m);
        readList(ag.resolve("AlignedLocGazetteer.txt"), LOC, m);
        readList(ag.resolve("AlignedOrgGazetteer.txt"), ORG, m);
        for (String line : Files.readAllLines(dir.resolve("anetac/en-ar-named-entities.txt"), StandardCharsets.UTF_8)) {
            String[] p = line.strip().split("\\s+", 3);
            if (p.length < 3) {
                continue;
            }
            int type = switch (p[0]) {
                case "PERSON" -> PERS;
                case "LOCATION" -> LOC;
                case "ORGANIZATION" -> ORG;
                default -> 0;
            };
            add(m, p[2], type);
        }
        for (String line : Files.readAllLines(dir.resolve("geonames-ar/geonames-ar.tsv"), StandardCharsets.UTF_8)) {
            String[] p = line.split("\t");
            if (p.length < 2) {
                continue;
            }
            add(m, p[1], LOC);
            if (p[0].matches("[A-Z]{2}")) {
                countries.add(foldPhrase(p[1]));
            }
        }
        return new Gazetteer(m, countries);
    }

    private static void readList(Path f, int type, Map<String, Integer> m) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("====") || t.startsWith("****")) {
                    continue;
                }
                add(m, t, type);
            }
        }
    }

    private static void add(Map<String, Integer> m, String phrase, int type) {
        String f = foldPhrase(phrase);
        if (type != 0 && !f.isEmpty()) {
            m.merge(f, type, (a, b) -> a | b);
        }
    }

    /** Tokenizes and folds a phrase, joining tokens with single spaces. */
    static String foldPhrase(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (var t : new NerTokenizer().tokenize(phrase)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(ArabicText.fold(t.text()));
        }
        return sb.toString();
    }

    /** Writes the phrases in order, so that equal gazetteers give equal bytes. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(phrases.size());
        for (Map.Entry<String, Integer> e : new TreeMap<>(phrases).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeByte(e.getValue());
        }
        out.writeInt(countries.size());
        for (String c : countries) {
            out.writeUTF(c);
        }
    }

    static Gazetteer read(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, Integer> m = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String k = in.readUTF();
            m.put(k, (int) in.readByte());
        }
        int c = in.readInt();
        List<String> countries = new ArrayList<>(c);
        for (int i = 0; i < c; i++) {
            countries.add(in.readUTF());
        }
        return new Gazetteer(m, countries);
    }
}
