package org.isnad.events.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.isnad.arabic.ArabicNormalizer;
import org.isnad.arabic.ArabicTokenizer;
import org.isnad.core.model.Token;

/**
 * The words of a text as the event stages use them: the word and number tokens of
 * {@link ArabicTokenizer} (punctuation tokens left out; callers that care about punctuation look at
 * the original text between two words), each with its {@link ArabicNormalizer#fold folded} form and
 * its index in the list. Offsets index the whole original text.
 */
public final class Words {
    private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

    private Words() {
    }

    /** The words of {@code text}, in order. */
    public static List<Word> of(String text) {
        return of(text, 0, text.length());
    }

    /** The words of {@code text} inside {@code [from, to)}, with offsets into the whole text. */
    public static List<Word> of(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        for (Token t : TOKENIZER.tokenize(text.substring(from, to))) {
            if (isWord(t.text())) {
                out.add(new Word(out.size(), from + t.start(), from + t.end(), t.text(), ArabicNormalizer.fold(t.text())));
            }
        }
        return out;
    }

    /** Look-up keys for a set of words written as usual: folded as {@link Word#folded()} is, so they meet it. */
    public static Set<String> keys(String... words) {
        return Stream.of(words).map(ArabicNormalizer::fold).collect(Collectors.toUnmodifiableSet());
    }

    /** Word tokens start with a letter, digit or combining mark; every other token is one punctuation or symbol char. */
    private static boolean isWord(String token) {
        int cp = token.codePointAt(0);
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
