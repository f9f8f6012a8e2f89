package org.isnad.core.model;

/**
 * An input, or one stage's work on it, that failed: where it came from, the stage ({@code read} for
 * reading and cleaning; {@code ner}, {@code stories}, {@code entities}, {@code claims}, {@code links},
 * {@code events} for analysis), and why, in words a user can act on. A failed analysis stage leaves the
 * article (or story) in the dossier without that layer.
 */
public record InputError(String source, String stage, String reason) {
    /** A reading or cleaning error. */
    public InputError(String source, String reason) {
        this(source, "read", reason);
    }

    /** A stage that threw on {@code source}: the exception's class and message, not its stack. */
    public static InputError failed(String source, String stage, RuntimeException e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return new InputError(source, stage, "internal error in stage " + stage + " (" + e.getClass().getSimpleName() + message + ")");
    }

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
