package org.isnad.events.text;

/**
 * A word of a text: {@code [start, end)} offsets into the original text, its surface there, its
 * {@link org.isnad.arabic.ArabicNormalizer#fold folded} form and its position {@code index} in the
 * word list it belongs to (the event stages address words by index).
 */
public record Word(int index, int start, int end, String surface, String folded) {
    /** True when the folded word is all ASCII digits (possibly with a decimal point or thousands commas). */
    public boolean isNumber() {
        return !folded.isEmpty() && Character.isDigit(folded.charAt(0))
                && folded.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.' || ch == ',');
    }
}
