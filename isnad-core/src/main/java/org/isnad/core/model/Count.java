package org.isnad.core.model;

/** A number attached to an event: how many were killed, arrested, mobilized... */
public record Count(Kind kind, long value, boolean approximate, String text) {
    public enum Kind { KILLED, INJURED, ARRESTED, ABDUCTED, DISPLACED, FIGHTERS, OTHER }

    public Count {
        if (value < 0) {
            throw new IllegalArgumentException("negative count " + value);
        }
    }
}
