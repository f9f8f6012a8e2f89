package org.isnad.ner;

import java.util.List;

/** One sentence of a CoNLL file: its tokens and their BIO tags, in the same order. */
public record TaggedSentence(List<String> tokens, List<String> tags) {
    public TaggedSentence {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException("tokens and tags differ in length");
        }
    }

    public int size() {
        return tokens.size();
    }
}
