package org.isnad.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Nanoseconds spent per pipeline stage, for benchmarks. Stages that run on several threads at once
 * (one article's names, one story's layers) add up the time of every thread; the whole-run stages
 * (clean, recognize, group, stories) are wall time. {@link #NONE} records nothing.
 */
public class StageTimes {
    /** Records nothing: what a pipeline uses unless a benchmark asks. */
    public static final StageTimes NONE = new StageTimes() {
        @Override
        public void add(String stage, long nanos) {
        }
    };

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    /** Adds {@code nanos} to {@code stage} (thread-safe). */
    public void add(String stage, long nanos) {
        synchronized (this.nanos) {
            this.nanos.merge(stage, nanos, Long::sum);
        }
    }

    /** {@code work}'s result, its time added to {@code stage}. */
    public final <T> T time(String stage, Supplier<T> work) {
        if (this == NONE) {
            return work.get();
        }
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - t0);
        }
    }

    /** The time per stage so far, in the order stages were first seen. */
    public Map<String, Long> snapshot() {
        synchronized (nanos) {
            return new LinkedHashMap<>(nanos);
        }
    }
}
