package org.isnad.ner;

import java.util.ArrayList;
import java.util.List;
import org.isnad.core.model.Token;
import org.isnad.core.stage.Tokenizer;

/**
 * ANERcorp-style tokenization: words are maximal runs of letters, digits and combining marks
 * (clitics stay attached), a point or comma between digits stays in its number; every other non-space
 * char is a token of its own. Offsets index the text.
 */
public final class NerTokenizer implements Tokenizer {
    @Override
    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u200F' || c == '\u200E' || c == '\u200B' || c == '\uFEFF') {
                i++;
                continue;
            }
            int start = i;
            if (isWordChar(c)) {
                while (i < n && (isWordChar(text.charAt(i)) || isDecimalPoint(text, i))) {
                    i++;
                }
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
            out.add(new Token(text.substring(start, i), start, i));
        }
        return out;
    }

    /** A point or comma between digits (6.3, ٣٫٥) belongs to the number, as in ANERcorp. */
    private static boolean isDecimalPoint(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == ',' || c == '٫') && i > 0 && i + 1 < text.length()
            && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c) || c == '\u0640') {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
            || Character.isSurrogate(c);
    }

    /** Whether a token ends a sentence for tagging purposes. */
    static boolean endsSentence(String token) {
        return token.equals(".") || token.equals("!") || token.equals("?") || token.equals("؟");
    }
}
