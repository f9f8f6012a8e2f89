package org.isnad.core.model;

/** An input that could not be analysed: where it came from and why, in words a user can act on. */
public record InputError(String source, String reason) {
    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
