package org.isnad.arabic;

import java.util.Locale;
import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * Search and match keys for single words: {@link ArabicNormalizer#fold} first, then Lucene's
 * {@link org.apache.lucene.analysis.ar.ArabicNormalizer} and {@link ArabicStemmer} (Larkey's
 * "light10" stemmer), then Latin lower-cased.
 *
 * <p>What Lucene's light stemmer does (9.12): it removes at most one prefix, the first that
 * matches of {@code ال، وال، بال، كال، فال، لل، و}, when the word is longer than the prefix by at
 * least two letters ({@code و} only from words of four letters or more), then goes once through
 * the suffixes {@code ها، ان، ات، ون، ين، يه، ية، ه، ة، ي} in that order, removing each one the word
 * ends with while at least two letters remain (so several may go: {@code ولاية} &rarr; {@code لا}). So
 * {@code اشتباك} and {@code الاشتباكات} share the key {@code اشتباك}, {@code المدينة} and {@code مدينة}
 * share {@code مدين}; broken plurals ({@code قتيل}/{@code قتلى}) and verb forms do not meet, and
 * some roots lose a letter ({@code وزير} &rarr; {@code زير}). Keys are for matching, never for display.
 */
public final class MatchKey {
    private MatchKey() {
    }

    /** The match key of one word. */
    public static String of(String word) {
        char[] s = ArabicNormalizer.fold(word).toCharArray();
        int len = new org.apache.lucene.analysis.ar.ArabicNormalizer().normalize(s, s.length);
        len = new ArabicStemmer().stem(s, len);
        return new String(s, 0, len).toLowerCase(Locale.ROOT);
    }
}
