package org.isnad.arabic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.isnad.core.model.Span;

/**
 * Splits text into sentences. Spans index the text, are trimmed of whitespace and invisible marks,
 * and are never empty.
 *
 * <p>Rules:
 * <ul>
 *   <li>a sentence ends after a run of {@code . ؟ ? ! ؛ …}, together with closing quotes and
 *       brackets right after it ({@code ؟!»}), and at every line break (single or blank line).</li>
 *   <li>a bullet ({@code • ● ▪ ◦ ‣}) starts a new item even inside a line; numbered items
 *       ({@code 1- }, {@code 2. }, {@code ٣) }) start lines and their marker is not a sentence end.</li>
 *   <li>not an end: {@code .} between digits ({@code 10.5}, {@code 2025.10.22}) or followed directly
 *       by a Latin letter or digit ({@code www.bbc.com}, {@code U.S.}), {@code .} after a one-letter
 *       word ({@code د.} {@code م.} {@code أ.}), and anything inside a quotation
 *       ({@code “...”}, {@code «...»}, {@code "..."}) closed on the same line; when the quotation
 *       itself ends with a terminator ({@code «... انتهى.»}) the sentence ends after the closing mark.</li>
 * </ul>
 * Hand-written rather than Java's {@code BreakIterator}/ICU because those split inside Arabic
 * quotations and after {@code د.}, and know nothing of {@code ؛} line-items or offsets conventions here.
 */
public final class SentenceSplitter {
    private static final int MAX_QUOTE = 1500;

    /** Sentence spans of {@code text}, in order. */
    public List<Span> split(String text) {
        boolean[] quoted = new boolean[text.length()];
        boolean[] closing = new boolean[text.length()];
        markQuotes(text, quoted, closing);
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                emit(text, start, i, out);
                start = i + 1;
                i++;
            } else if (isBullet(c) && i > start && !blank(text, start, i)) {
                emit(text, start, i, out);
                start = i;
                i++;
            } else if (closing[i] && i > 0 && isTerminator(text.charAt(i - 1)) && (i + 1 >= n || !isWordAfter(text, i + 1))) {
                int end = absorbClosers(text, i + 1);
                emit(text, start, end, out);
                start = end;
                i = end;
            } else if (!quoted[i] && isTerminator(c) && endsHere(text, i, start)) {
                int j = i + 1;
                while (j < n && isTerminator(text.charAt(j))) {
                    j++;
                }
                int end = absorbClosers(text, j);
                emit(text, start, end, out);
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        emit(text, start, n, out);
        return out;
    }

    private static boolean endsHere(String text, int i, int start) {
        if (text.charAt(i) != '.') {
            return true;
        }
        int n = text.length();
        char next = i + 1 < n ? text.charAt(i + 1) : ' ';
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        if (Character.isDigit(next) || (next < 128 && Character.isLetter(next))) {
            return false; // 10.5, www.bbc.com, U.S.
        }
        if (Character.isLetter(prev) && (i < 2 || !Character.isLetterOrDigit(text.charAt(i - 2)) && !isMark(text.charAt(i - 2)))) {
            return false; // د. م. أ.
        }
        return !isListMarker(text, start, i);
    }

    /** True when only a number (and spaces) precedes {@code i} on its line: "2. " is a list marker. */
    private static boolean isListMarker(String text, int start, int i) {
        int k = i - 1;
        while (k >= start && Character.isDigit(text.charAt(k))) {
            k--;
        }
        if (k == i - 1) {
            return false;
        }
        return blank(text, start, k + 1);
    }

    private static int absorbClosers(String text, int j) {
        int n = text.length();
        while (j < n && isCloser(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isWordAfter(String text, int k) {
        char c = text.charAt(k);
        return Character.isLetterOrDigit(c);
    }

    /** Marks chars inside quotations that close on the same line, and the closing marks. */
    private static void markQuotes(String text, boolean[] quoted, boolean[] closing) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                open.clear();
            } else if (c == '«' || c == '“' || c == '„') {
                open.push(i);
            } else if (c == '»' || c == '”' || (c == '"' && !open.isEmpty() && text.charAt(open.peek()) == '"')) {
                if (!open.isEmpty() && matches(text.charAt(open.peek()), c)) {
                    int from = open.pop();
                    if (i - from <= MAX_QUOTE) {
                        for (int k = from + 1; k < i; k++) {
                            quoted[k] = true;
                        }
                        closing[i] = true;
                    }
                }
            } else if (c == '"') {
                open.push(i);
            }
        }
    }

    private static boolean matches(char opener, char closer) {
        return switch (opener) {
            case '«' -> closer == '»';
            case '“', '„' -> closer == '”';
            default -> closer == '"';
        };
    }

    private static void emit(String text, int from, int to, List<Span> out) {
        while (from < to && isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Span(from, to));
        }
    }

    private static boolean blank(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isSpace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '\u061F' || c == '?' || c == '!' || c == '\u061B' || c == '\u2026';
    }

    private static boolean isCloser(char c) {
        return c == '»' || c == '”' || c == '"' || c == '\'' || c == ')' || c == ']' || c == '’';
    }

    private static boolean isBullet(char c) {
        return c == '•' || c == '●' || c == '▪' || c == '◦' || c == '‣';
    }
}
