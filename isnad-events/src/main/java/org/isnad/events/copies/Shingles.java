package org.isnad.events.copies;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.isnad.arabic.ArabicNormalizer;

/**
 * The word shingles of a text as 64-bit hashes, sorted and distinct. Words are compared in a form
 * that does not depend on how the text was encoded or typed: Unicode compatibility forms resolved
 * (NFKC: presentation-form letters, ligatures, full-width digits), then Arabic folding (hamza forms,
 * diacritics, tatweel, Arabic-Indic digits, bidi marks); punctuation and spacing are ignored.
 */
final class Shingles {
    private Shingles() {
    }

    /** Hashes of the {@code size}-word shingles of {@code text} (one shingle of all words when fewer). */
    static long[] of(String text, int size) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return new long[0];
        }
        int n = Math.max(1, words.size() - size + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(words.size(), i + size); j++) {
                h = mix(h * 31 + words.get(j).hashCode());
            }
            out[i] = h;
        }
        Arrays.sort(out);
        return distinct(out);
    }

    /** The text's words, normalized. */
    static List<String> words(String text) {
        String folded = ArabicNormalizer.fold(hasCompatibilityForms(text) ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean in = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** Whether NFKC can change the text: presentation forms, ligatures or full-width forms (U+FB00 up). */
    private static boolean hasCompatibilityForms(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\uFB00' && !Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Jaccard similarity of two sorted distinct hash arrays. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared / (double) (a.length + b.length - shared);
    }

    /** MurmurHash3's 64-bit finalizer: spreads every input bit over the whole hash. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53a87bbL;
        h ^= h >>> 33;
        return h;
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
