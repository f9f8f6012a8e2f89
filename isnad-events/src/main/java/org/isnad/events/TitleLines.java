package org.isnad.events;

import org.isnad.core.model.Span;

/**
 * Title and link lines (package-private): in an article whose body ends its lines with sentence
 * punctuation, a line without it ({@code مقتل ثلاثة في قصف على البلدة}, a subheading, a related-story
 * link) is a title; the happening it names is told, with its arguments, in the body. On the dev gold
 * (analysis w1, w3) no event mention lies in such a line.
 */
final class TitleLines {
    private static final String FINAL = ".؟?!:\"»”)…";

    private TitleLines() {
    }

    /** True when some line of {@code text} ends with sentence punctuation. */
    static boolean punctuated(String text) {
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            if (terminated(text, from, end)) {
                return true;
            }
            from = end + 1;
        }
        return false;
    }

    /** True when the line holding {@code span} ends without sentence punctuation. */
    static boolean title(String text, Span span) {
        int start = text.lastIndexOf('\n', Math.max(0, span.start() - 1)) + 1;
        if (span.start() == 0) {
            start = 0;
        }
        int end = text.indexOf('\n', span.start());
        end = end < 0 ? text.length() : end;
        return !terminated(text, start, end);
    }

    private static boolean terminated(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return FINAL.indexOf(c) >= 0;
            }
        }
        return false;
    }
}
