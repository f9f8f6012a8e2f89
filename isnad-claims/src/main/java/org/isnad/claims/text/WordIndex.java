package org.isnad.claims.text;

import java.util.List;

/** The words of one text with look-up by offset. */
public final class WordIndex {
    private final String text;
    private final List<Word> words;

    public WordIndex(String text) {
        this.text = text;
        this.words = List.copyOf(Words.of(text));
    }

    public String text() {
        return text;
    }

    public List<Word> words() {
        return words;
    }

    public int size() {
        return words.size();
    }

    public Word get(int i) {
        return words.get(i);
    }

    /** Index of the first word that starts at or after {@code offset} ({@link #size()} if none). */
    public int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last word that ends at or before {@code offset} (-1 if none). */
    public int lastEndingBy(int offset) {
        int i = firstAtOrAfter(offset) - 1;
        while (i >= 0 && words.get(i).end() > offset) {
            i--;
        }
        return i;
    }

    /** The words inside {@code [start, end)}. */
    public List<Word> within(int start, int end) {
        int from = firstAtOrAfter(start);
        int to = from;
        while (to < words.size() && words.get(to).end() <= end) {
            to++;
        }
        return words.subList(from, to);
    }

    /** The original text between the start of word {@code from} and the end of word {@code to} (inclusive). */
    public String textOf(int from, int to) {
        return text.substring(words.get(from).start(), words.get(to).end());
    }
}
