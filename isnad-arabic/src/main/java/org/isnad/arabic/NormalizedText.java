package org.isnad.arabic;

import java.util.Objects;
import org.isnad.core.model.Span;

/**
 * A text folded by {@link ArabicNormalizer} together with the map back to the original.
 *
 * <p>{@code offsets[i]} is the original UTF-16 offset of folded character {@code i}; the map is
 * strictly increasing. Folded offset {@code normalized.length()} maps to {@code original.length()}.
 *
 * @param original   the text as written
 * @param normalized the folded text used for matching
 * @param offsets    original offset of each folded char (length {@code normalized.length()})
 */
public record NormalizedText(String original, String normalized, int[] offsets) {
    public NormalizedText {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(offsets, "offsets");
        if (offsets.length != normalized.length()) {
            throw new IllegalArgumentException("offset map length " + offsets.length + " != " + normalized.length());
        }
        offsets = offsets.clone();
    }

    /** A copy of the map (the record must stay immutable). */
    @Override
    public int[] offsets() {
        return offsets.clone();
    }

    /**
     * The original offset of a folded offset: the position of the original char the folded char
     * came from, or {@code original.length()} for {@code normalized.length()}.
     */
    public int toOriginal(int normalizedOffset) {
        if (normalizedOffset < 0 || normalizedOffset > offsets.length) {
            throw new IndexOutOfBoundsException("offset " + normalizedOffset + " outside [0, " + offsets.length + "]");
        }
        return normalizedOffset == offsets.length ? original.length() : offsets[normalizedOffset];
    }

    /**
     * The original span of folded chars {@code [nStart, nEnd)}: from the original position of the
     * first char to just after the last one, so removed marks between them (diacritics or tatweel
     * inside a word) stay in the span. The end also takes in the combining diacritics written
     * right after the last char (they belong to its letter; cutting them would split a grapheme);
     * removed bidi marks, tatweel and spaces after it are left out. An empty range maps to an empty
     * span at {@link #toOriginal(int) toOriginal(nStart)}.
     */
    public Span toOriginalSpan(int nStart, int nEnd) {
        if (nStart < 0 || nEnd < nStart || nEnd > offsets.length) {
            throw new IndexOutOfBoundsException("range [" + nStart + ", " + nEnd + ") outside [0, " + offsets.length + "]");
        }
        int start = toOriginal(nStart);
        if (nEnd == nStart) {
            return new Span(start, start);
        }
        int end = offsets[nEnd - 1] + 1;
        if (Character.isHighSurrogate(original.charAt(end - 1)) && end < original.length()
                && Character.isLowSurrogate(original.charAt(end))) {
            end++; // defensive: folding never splits a pair, but the low half must come along (a lone high half stands alone)
        }
        while (end < original.length() && ArabicNormalizer.isDiacritic(original.charAt(end))) {
            end++;
        }
        return new Span(start, end);
    }

    /** The original text of folded chars {@code [nStart, nEnd)}, per {@link #toOriginalSpan}. */
    public String originalText(int nStart, int nEnd) {
        return toOriginalSpan(nStart, nEnd).of(original);
    }
}
