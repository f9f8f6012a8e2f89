package org.isnad.arabic;

import java.util.ArrayList;
import java.util.List;
import org.isnad.core.model.Token;
import org.isnad.core.stage.Tokenizer;

/**
 * Splits text into words, numbers and punctuation; offsets index the text itself and every token's
 * text equals {@code text.substring(start, end)}.
 *
 * <p>Rules:
 * <ul>
 *   <li>a word is a run of letters, digits and combining marks: Arabic diacritics and tatweel stay
 *       inside their word ({@code مُـحَمَّد} is one token); ZWNJ/ZWJ between word chars stay inside
 *       too. Letters and digits glued together stay one token ({@code 2002م}).</li>
 *   <li>between two digits, {@code . , / : - ٫ ٬} stay inside the number: {@code 10.5}, {@code 10,000},
 *       {@code 2025/10/22}, {@code 10:30}, {@code ٢٠٢٥}.</li>
 *   <li>every other visible char (punctuation, symbols, emoji as one code point) is its own token.</li>
 *   <li>whitespace (including no-break spaces) and invisible format marks (bidi marks, BOM) are dropped.</li>
 * </ul>
 * Hand-written rather than Lucene's StandardTokenizer because that one drops punctuation, and the
 * pipeline needs punctuation tokens and exact offsets.
 */
public final class ArabicTokenizer implements Tokenizer {
    private static final char ZWNJ = '\u200C';
    private static final char ZWJ = '\u200D';

    @Override
    public List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (isWordChar(cp)) {
                int end = wordEnd(text, i);
                tokens.add(new Token(text.substring(i, end), i, end));
                i = end;
            } else if (isSkipped(cp)) {
                i += len;
            } else {
                tokens.add(new Token(text.substring(i, i + len), i, i + len));
                i += len;
            }
        }
        return tokens;
    }

    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                i += Character.charCount(cp);
            } else if ((cp == ZWNJ || cp == ZWJ) && i + 1 < n && isWordChar(text.codePointAt(i + 1))) {
                i++;
            } else if (isNumberJoiner(cp) && i > start && isDigit(text.charAt(i - 1)) && i + 1 < n && isDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** Letters, digits and combining marks (Arabic harakat are non-spacing marks; tatweel is a letter). */
    static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isDigit(char c) {
        return Character.isDigit(c);
    }

    private static boolean isNumberJoiner(int cp) {
        return cp == '.' || cp == ',' || cp == '/' || cp == ':' || cp == '-' || cp == '\u066B' || cp == '\u066C';
    }

    /** Whitespace of any kind and invisible format marks (Unicode category Cf: bidi marks, BOM, ZWNJ). */
    private static boolean isSkipped(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
    }
}
