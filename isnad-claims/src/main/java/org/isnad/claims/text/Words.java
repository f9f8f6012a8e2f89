package org.isnad.claims.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.isnad.arabic.ArabicNormalizer;
import org.isnad.arabic.ArabicTokenizer;
import org.isnad.core.model.Token;

/**
 * The tokens of a text from {@link ArabicTokenizer} (words keep their diacritics and tatweel; every
 * punctuation mark is its own token; offsets into the text itself), each with its folded form.
 */
public final class Words {
    private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

    private Words() {
    }

    /** Every word and punctuation token of {@code text} in order. */
    public static List<Word> of(String text) {
        List<Word> out = new ArrayList<>();
        for (Token t : TOKENIZER.tokenize(text)) {
            boolean punct = !Character.isLetterOrDigit(t.text().codePointAt(0));
            out.add(new Word(t.text(), t.start(), t.end(), fold(t.text()), punct));
        }
        return out;
    }

    /** The matching form of a token: {@link ArabicNormalizer#fold}, Latin lower-cased. */
    static String fold(String s) {
        return ArabicNormalizer.fold(s).toLowerCase(Locale.ROOT);
    }
}
