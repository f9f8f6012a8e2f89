package org.isnad.core.stage;

import java.util.List;
import org.isnad.core.model.Token;

/** Splits a text into tokens whose offsets index the text itself. */
public interface Tokenizer {
    List<Token> tokenize(String text);
}
