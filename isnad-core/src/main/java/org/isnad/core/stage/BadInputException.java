package org.isnad.core.stage;

/**
 * Thrown by a stage when one input cannot be used; the message is the reason in plain words and
 * the caller records it as an {@link org.isnad.core.model.InputError} and goes on with the others.
 */
public final class BadInputException extends Exception {
    public BadInputException(String reason) {
        super(reason);
    }

    public BadInputException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
