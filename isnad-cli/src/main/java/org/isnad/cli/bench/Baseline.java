package org.isnad.cli.bench;

/**
 * Another system's processing of one article's text, timed beside Isnad's pipeline on the same texts by
 * {@code isnad bench}. Found with {@link java.util.ServiceLoader}, so that a baseline that may not ship
 * with Isnad (Stanford CoreNLP is GPL) lives in the benchmark-only {@code isnad-bench} module.
 * Implementations must be safe to call from several threads at once.
 */
public interface Baseline {
    /** The name printed in {@code ratio vs NAME}. */
    String name();

    /** What is run, in a few words (e.g. the annotators). */
    String describe();

    /** Loads models; timed and printed apart from the runs. */
    void load() throws Exception;

    /** Processes one text and returns its number of tokens (so the work cannot be skipped). */
    int process(String text);
}
