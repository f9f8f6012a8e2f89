package org.isnad.server.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces each term by its {@link LightStemmer} stem; offsets are left as they are. */
public final class LightStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public LightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String stem = LightStemmer.stem(term.toString());
        if (stem.length() != term.length()) {
            term.setEmpty().append(stem);
        }
        return true;
    }
}
