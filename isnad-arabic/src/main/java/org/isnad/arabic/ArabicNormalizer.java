package org.isnad.arabic;

/**
 * Folds Arabic text for <em>matching</em> and keeps a map back to the original offsets.
 *
 * <p>Rules (each one UTF-16 unit in, zero or one out; nothing else changes, no case folding, no
 * whitespace collapsing):
 * <ol>
 *   <li>hamza/madda/wasla alef forms {@code أ إ آ ٱ} (and the rare wavy-hamza alefs {@code ٲ ٳ}) &rarr; {@code ا}</li>
 *   <li>{@code ؤ} &rarr; {@code و}; {@code ئ} &rarr; {@code ي}; alef maksura {@code ى} &rarr; {@code ي}</li>
 *   <li>teh marbuta {@code ة} &rarr; {@code ه}</li>
 *   <li>diacritics removed: tanween, fatha, damma, kasra, shadda, sukun, combining madda and hamza
 *       (U+064B..U+065F), superscript alef U+0670, Quranic marks U+0610..U+061A and U+06D6..U+06ED</li>
 *   <li>tatweel U+0640 removed</li>
 *   <li>bidi and zero-width marks removed: U+200B..U+200F, U+202A..U+202E, U+2066..U+2069,
 *       U+061C, U+FEFF</li>
 *   <li>Arabic-Indic (U+0660..) and Persian (U+06F0..) digits &rarr; ASCII; Arabic decimal
 *       separator {@code ٫} &rarr; {@code .} and thousands separator {@code ٬} &rarr; {@code ,}</li>
 *   <li>quote marks {@code “ ” « » „ ‘ ’} &rarr; {@code "}</li>
 * </ol>
 * Hand-written rather than Lucene's {@code ArabicNormalizer} because Lucene's works in place on a
 * char buffer and keeps no offset map; {@link MatchKey} uses Lucene's on top of this fold.
 */
public final class ArabicNormalizer {
    public static final char ALEF = '\u0627';
    public static final char ALEF_MADDA = '\u0622';
    public static final char ALEF_HAMZA_ABOVE = '\u0623';
    public static final char ALEF_HAMZA_BELOW = '\u0625';
    public static final char ALEF_WASLA = '\u0671';
    public static final char WAW = '\u0648';
    public static final char WAW_HAMZA = '\u0624';
    public static final char YEH = '\u064A';
    public static final char YEH_HAMZA = '\u0626';
    public static final char ALEF_MAKSURA = '\u0649';
    public static final char TEH_MARBUTA = '\u0629';
    public static final char HEH = '\u0647';
    public static final char TATWEEL = '\u0640';
    public static final char SUPERSCRIPT_ALEF = '\u0670';
    /** Marker returned by {@link #map(char)} for a char that folding removes. */
    private static final char REMOVED = '\uFFFF';

    private ArabicNormalizer() {
    }

    /** Folds {@code text} and keeps the map from folded offsets back to {@code text}. */
    public static NormalizedText normalize(String text) {
        int n = text.length();
        char[] out = new char[n];
        int[] offsets = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = map(text.charAt(i));
            if (c != REMOVED) {
                out[k] = c;
                offsets[k] = i;
                k++;
            }
        }
        int[] map = k == n ? offsets : java.util.Arrays.copyOf(offsets, k);
        return new NormalizedText(text, new String(out, 0, k), map);
    }

    /** The folded text alone, for dictionary keys and look-ups (no offset map is built). */
    public static String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = map(text.charAt(i));
            if (c != REMOVED) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True for the Arabic combining marks folding removes (tashkeel, superscript alef, Quranic marks). */
    public static boolean isDiacritic(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == SUPERSCRIPT_ALEF
                || (c >= '\u0610' && c <= '\u061A')
                || (c >= '\u06D6' && c <= '\u06DC') || (c >= '\u06DF' && c <= '\u06E4')
                || c == '\u06E7' || c == '\u06E8' || (c >= '\u06EA' && c <= '\u06ED');
    }

    /** True for the invisible bidi / zero-width format marks folding removes. */
    public static boolean isBidiOrZeroWidth(char c) {
        return (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u061C' || c == '\uFEFF';
    }

    /** True for every char folding deletes. */
    public static boolean isRemoved(char c) {
        return map(c) == REMOVED;
    }

    private static char map(char c) {
        if (c < '\u00AB') {
            return c; // ASCII and Latin-1 below « are untouched
        }
        switch (c) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA, '\u0672', '\u0673':
                return ALEF;
            case WAW_HAMZA:
                return WAW;
            case YEH_HAMZA, ALEF_MAKSURA:
                return YEH;
            case TEH_MARBUTA:
                return HEH;
            case TATWEEL:
                return REMOVED;
            case '\u066B':
                return '.';
            case '\u066C':
                return ',';
            case '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '\u2018', '\u2019':
                return '"';
            default:
                break;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (isDiacritic(c) || isBidiOrZeroWidth(c)) {
            return REMOVED;
        }
        return c;
    }
}
