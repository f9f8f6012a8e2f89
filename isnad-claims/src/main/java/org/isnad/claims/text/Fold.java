package org.isnad.claims.text;

import java.util.Locale;
import org.isnad.arabic.ArabicNormalizer;

/**
 * Folds spelling for matching: {@link ArabicNormalizer#fold} (alef forms &rarr; {@code ا},
 * {@code ى ئ} &rarr; {@code ي}, {@code ؤ} &rarr; {@code و}, {@code ة} &rarr; {@code ه}, diacritics,
 * tatweel and bidi marks removed, Arabic-Indic digits &rarr; ASCII), then Latin lower-cased.
 */
public final class Fold {
    private Fold() {
    }

    /** The folded form of {@code s}. */
    public static String fold(CharSequence s) {
        return ArabicNormalizer.fold(s.toString()).toLowerCase(Locale.ROOT);
    }

    /** True for characters folding deletes: tashkeel, superscript alef, tatweel, bidi and zero-width marks. */
    public static boolean isRemoved(char c) {
        return ArabicNormalizer.isRemoved(c);
    }

    /** True for characters that belong inside a word: letters, digits and the marks folding deletes (not bidi marks). */
    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || ArabicNormalizer.isDiacritic(c) || c == '\u0640'
                || c == '\u200C' || c == '\u200D';
    }
}
