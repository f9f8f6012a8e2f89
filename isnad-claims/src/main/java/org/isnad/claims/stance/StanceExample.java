package org.isnad.claims.stance;

import java.util.Objects;

/** A labelled pair of statements (ANS format: {@code s1,s2,stance}). */
public record StanceExample(String first, String second, StanceLabel label) {
    public StanceExample {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(label, "label");
    }
}
