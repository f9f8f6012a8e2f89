package org.isnad.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Runs independent per-item work (one article's names, one story's analysis) on a bounded pool and
 * returns the results in input order, so that output does not depend on the number of threads or on
 * which finishes first. Progress is reported on the calling thread, item by item in order.
 */
final class Parallel {
    private Parallel() {
    }

    /** The number of threads to use by default: one per available core. */
    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * {@code work} applied to each item, results in item order; {@code done} is called with each
     * index once its result is in. With one thread (or one item) it runs on the calling thread. An
     * exception thrown by the work is rethrown (items should catch their own failures).
     */
    static <T, R> List<R> map(List<T> items, int threads, Function<T, R> work, IntConsumer done) {
        List<R> out = new ArrayList<>(items.size());
        if (threads <= 1 || items.size() <= 1) {
            for (int i = 0; i < items.size(); i++) {
                out.add(work.apply(items.get(i)));
                done.accept(i);
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), r -> {
            Thread t = new Thread(r, "isnad-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            for (int i = 0; i < futures.size(); i++) {
                out.add(result(futures.get(i)));
                done.accept(i);
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R result(Future<R> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
