package org.isnad.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Non-local evidence for the second tagging pass: for each token, which entity types the first pass
 * gave to other occurrences of the same word (folded, clitic-stripped) in the same document, or in
 * the {@code window} sentences around it when a file has no document boundaries. Packed per token as
 * {@code mask of types (bits 0-3: PERS, LOC, ORG, MISC) | majority type << 4 | majority share << 8
 * | the token's own first-pass tag << 12}.
 */
final class DocumentMemory {
    static final String[] TYPES = {"PERS", "LOC", "ORG", "MISC"};

    private DocumentMemory() {
    }

    static String key(String token) {
        String f = ArabicText.stripClitics(ArabicText.fold(token));
        return f.length() < 3 || ArabicText.shape(token) == 'P' || ArabicText.shape(token) == 'D' ? null : f;
    }

    static int typeIndex(String tag) {
        String t = TagMaps.type(tag);
        for (int k = 0; k < TYPES.length; k++) {
            if (TYPES[k].equals(t)) {
                return k;
            }
        }
        return -1;
    }

    /** Memory codes for every token of {@code sentences} given first-pass {@code tags}. */
    static int[][] compute(List<String[]> sentences, List<String[]> tags, int window) {
        int n = sentences.size();
        String[][] keys = new String[n][];
        for (int s = 0; s < n; s++) {
            keys[s] = new String[sentences.get(s).length];
            for (int i = 0; i < keys[s].length; i++) {
                keys[s][i] = key(sentences.get(s)[i]);
            }
        }
        int[][] out = new int[n][];
        Map<String, int[]> counts = new HashMap<>();
        int lo = 0, hi = -1; // sentences [lo, hi] are in counts
        for (int s = 0; s < n; s++) {
            int wantLo = Math.max(0, s - window), wantHi = Math.min(n - 1, s + window);
            while (hi < wantHi) {
                hi++;
                add(counts, keys[hi], tags.get(hi), 1);
            }
            while (lo < wantLo) {
                add(counts, keys[lo], tags.get(lo), -1);
                lo++;
            }
            out[s] = new int[keys[s].length];
            for (int i = 0; i < keys[s].length; i++) {
                String k = keys[s][i];
                if (k == null) {
                    continue;
                }
                int[] c = counts.get(k);
                int own = typeIndex(tags.get(s)[i]);
                int mask = 0, best = -1, bestCount = 0, total = c[TYPES.length] - 1;
                for (int t = 0; t < TYPES.length; t++) {
                    int x = c[t] - (t == own ? 1 : 0);
                    if (x > 0) {
                        mask |= 1 << t;
                        if (x > bestCount) {
                            bestCount = x;
                            best = t;
                        }
                    }
                }
                int share = total <= 0 ? 0 : bestCount * 2 >= total ? 2 : 1; // majority of other occurrences?
                out[s][i] = mask | (best + 1) << 4 | share << 8;
            }
            for (int i = 0; i < keys[s].length; i++) {
                String tag = tags.get(s)[i];
                out[s][i] |= (typeIndex(tag) + 1 + (tag.startsWith("I-") ? 8 : 0)) << 12;
            }
        }
        return out;
    }

    private static void add(Map<String, int[]> counts, String[] keys, String[] tags, int delta) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(keys[i], k -> new int[TYPES.length + 1]);
            int t = typeIndex(tags[i]);
            if (t >= 0) {
                c[t] += delta;
            }
            c[TYPES.length] += delta;
        }
    }
}
