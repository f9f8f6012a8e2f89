package org.isnad.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isnad.arabic.ArabicNormalizer;

/**
 * One non-blank line of a page, with the forms the rules match against.
 *
 * @param block  number of the run of lines it belongs to (runs are separated by blank lines)
 * @param text   the line as written, trimmed (also of no-break spaces and zero-width marks)
 * @param folded {@link ArabicNormalizer#fold folded}, lower-cased, spaces collapsed, leading bullets dropped
 * @param bare   {@code folded} with every char that is neither letter nor digit turned into a space
 * @param tokens the words of {@code bare}
 */
record Line(int block, String text, String folded, String bare, List<String> tokens) {
    /** Words at and above which a line is a paragraph whatever its punctuation. */
    static final int PARAGRAPH_WORDS = 10;
    /** Words at and above which a line ending like a sentence is a paragraph. */
    static final int SENTENCE_WORDS = 5;
    private static final String BULLETS = "•·▪●◦‣○■□►▶-–—*>|";

    static Line of(int block, String raw) {
        String text = trim(raw);
        String folded = fold(text);
        String bare = folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return new Line(block, text, folded, bare, bare.isEmpty() ? List.of() : List.of(bare.split(" ")));
    }

    /** Splits a page into its non-blank lines, numbering the blank-line separated blocks. */
    static List<Line> split(List<String> rawLines) {
        List<Line> lines = new ArrayList<>();
        int block = 0;
        boolean previousBlank = false;
        for (String raw : rawLines) {
            if (trim(raw).isEmpty()) {
                previousBlank = true;
                continue;
            }
            if (previousBlank) {
                block++;
                previousBlank = false;
            }
            lines.add(Line.of(block, raw));
        }
        return lines;
    }

    /** The matching form used everywhere a line is compared: folded, lower case, bare words. */
    static String key(String text) {
        return fold(trim(text)).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Number of words. */
    int words() {
        return tokens.size();
    }

    /** Ends like a sentence: {@code . ! ? ؟ … : ؛} possibly followed by closing quotes or brackets. */
    boolean endsSentence() {
        int i = text.length() - 1;
        while (i >= 0 && "\"'”’»)]}".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?؟…:؛;".indexOf(text.charAt(i)) >= 0;
    }

    /** A paragraph of running text rather than a heading, label or caption. */
    boolean isParagraph() {
        return words() >= PARAGRAPH_WORDS || (words() >= SENTENCE_WORDS && endsSentence());
    }

    /** A list item: starts with a bullet or {@code 1.}, {@code 2-}, {@code 3)}. */
    boolean isBullet() {
        return !text.isEmpty() && (BULLETS.indexOf(text.charAt(0)) >= 0 || text.matches("^\\p{N}{1,2}\\s*[.)\\-–].*"));
    }

    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && blank(s.charAt(start))) {
            start++;
        }
        while (end > start && blank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || ArabicNormalizer.isBidiOrZeroWidth(c);
    }

    private static String fold(String text) {
        String folded = ArabicNormalizer.fold(text).toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0]+", " ").strip();
        int i = 0;
        while (i < folded.length() && (BULLETS.indexOf(folded.charAt(i)) >= 0 || folded.charAt(i) == ' ')) {
            i++;
        }
        return folded.substring(i);
    }
}
