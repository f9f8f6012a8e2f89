package org.isnad.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.function.Consumer;
import org.isnad.core.model.Article;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.InputError;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Story;
import org.isnad.pipeline.Pipeline;
import org.isnad.server.search.SearchIndex;
import org.isnad.server.store.AnalysisStore;
import org.isnad.server.store.ArticleStore;
import org.isnad.stories.StoryStream;

/**
 * The desk's one writer thread: applies stored articles in seq order, a batch at a time. For a batch
 * it recognizes the names of each article (in parallel), groups the articles one by one through
 * {@link OpenStories}, re-analyses each story the batch touched (in parallel, each story on its own),
 * and commits all of it in one transaction that also moves the applied mark; then the articles are
 * indexed for search. On start, and after any failure of its own (a database error), it rebuilds the
 * grouper's state by replaying the applied articles from the store, and goes on from the mark.
 */
final class DeskWriter implements AutoCloseable {
    /** Articles applied per batch at most (bounds the writer's memory and the time to a commit). */
    static final int BATCH = 1_000;
    /** Pause after a failure of the writer itself before it tries again. */
    static final long RETRY_MILLIS = 1_000;

    private final Pipeline pipeline;
    private final ArticleStore articles;
    private final AnalysisStore analysis;
    private final SearchIndex index;
    private final ReadWriteLock commitLock;
    private final Consumer<String> onAnalysed;
    private final Consumer<AnalysisStore.Batch> onCommit;
    private final ExecutorService workers;
    private final Thread thread;
    private final Object signal = new Object();
    private volatile boolean stopped;
    private long applied;
    private OpenStories stories;

    DeskWriter(Pipeline pipeline, ArticleStore articles, AnalysisStore analysis, SearchIndex index,
               ReadWriteLock commitLock, int threads, Consumer<String> onAnalysed,
               Consumer<AnalysisStore.Batch> onCommit) {
        this.pipeline = pipeline;
        this.articles = articles;
        this.analysis = analysis;
        this.index = index;
        this.commitLock = commitLock;
        this.onAnalysed = onAnalysed;
        this.onCommit = onCommit;
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "isnad-desk-worker");
            t.setDaemon(true);
            return t;
        });
        this.thread = new Thread(this::run, "isnad-desk-writer");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** New articles were stored: apply them. */
    void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** The last applied seq, as committed. */
    long applied() {
        synchronized (signal) {
            return applied;
        }
    }

    /** True once {@link #close} was called: nothing more will be applied. */
    boolean stopped() {
        return stopped;
    }

    /** Waits until every article up to {@code seq} is applied; false when the timeout passed first. */
    boolean awaitApplied(long seq, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        synchronized (signal) {
            while (applied < seq) {
                long left = end - System.currentTimeMillis();
                if (left <= 0 || stopped) {
                    return applied >= seq;
                }
                signal.wait(Math.min(left, 200));
            }
            return true;
        }
    }

    private void run() {
        while (!stopped) {
            try {
                if (stories == null) {
                    rebuild();
                }
                List<ArticleStore.Stored> batch = articles.after(applied(), BATCH);
                if (batch.isEmpty()) {
                    synchronized (signal) {
                        if (!stopped && articles.after(applied, 1).isEmpty()) {
                            signal.wait(1_000);
                        }
                    }
                    continue;
                }
                apply(batch);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | Error e) {
                if (stopped) {
                    return;
                }
                // the store refused a write (or a bug of the writer's own): nothing of the batch was
                // committed; start again from the store's state
                System.err.println("isnad: the desk's writer failed, retrying from the store: " + e);
                stories = null;
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /**
     * The grouper's state from the applied articles, replayed in seq order with their stored names. When
     * the replay does not give the stored stories (the grouping model changed), every article is applied
     * again from the first.
     */
    private void rebuild() {
        OpenStories replayed = new OpenStories(new StoryStream());
        boolean[] unplaced = {false};
        analysis.replay(1_000, r -> {
            replayed.add(r.seq(), r.article(), r.mentions());
            unplaced[0] |= r.story() == null;
        });
        OpenStories fresh = replayed;
        if (unplaced[0] || !replayed.agreesWith(analysis.storiesOf(replayed.members()))) {
            System.err.println("isnad: the stored stories differ from a replay of the grouper (model changed?): "
                    + "applying every article again");
            analysis.reset();
            fresh = new OpenStories(new StoryStream());
        }
        synchronized (signal) {
            applied = analysis.appliedSeq();
        }
        stories = fresh;
    }

    /** One article's names, or what failed on it. */
    private record Found(List<Mention> mentions, InputError failure) {
    }

    private void apply(List<ArticleStore.Stored> batch) throws InterruptedException {
        List<Found> found = inParallel(batch.stream().map(s -> (Callable<Found>) () -> recognize(s.article())).toList());
        Map<String, AnalysisStore.Names> names = new HashMap<>();
        Map<String, OpenStories.Open> touched = new LinkedHashMap<>();
        Set<String> removed = new LinkedHashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            Article a = batch.get(i).article();
            List<InputError> errors = new ArrayList<>();
            if (found.get(i).failure() != null) {
                errors.add(found.get(i).failure());
            }
            OpenStories.Change change = stories.add(batch.get(i).seq(), a, found.get(i).mentions());
            if (change.failure() != null) {
                errors.add(InputError.failed(a.source(), "stories", change.failure()));
            }
            names.put(a.id(), new AnalysisStore.Names(found.get(i).mentions(), errors));
            for (String gone : change.removed()) {
                touched.remove(gone);
                removed.add(gone);
            }
            touched.put(change.story().id, change.story());
        }
        List<AnalysisStore.StoryRows> rows = inParallel(touched.values().stream()
                .map(s -> (Callable<AnalysisStore.StoryRows>) () -> analyse(s, names)).toList());
        long last = batch.get(batch.size() - 1).seq();
        List<AnalysisStore.Applied> appliedArticles = new ArrayList<>();
        names.forEach((id, n) -> appliedArticles.add(new AnalysisStore.Applied(id, n)));
        AnalysisStore.Batch committed = new AnalysisStore.Batch(appliedArticles, rows, removed, last, pipeline.provenance());
        commitLock.writeLock().lock();
        try {
            analysis.commit(committed);
            onCommit.accept(committed);
        } finally {
            commitLock.writeLock().unlock();
        }
        batch.forEach(s -> index.put(s.article()));
        index.commit();
        rows.forEach(r -> onAnalysed.accept(r.story().id())); // before a waiter hears the batch is applied
        synchronized (signal) {
            applied = last;
            signal.notifyAll();
        }
    }

    private Found recognize(Article a) {
        try {
            return new Found(pipeline.recognizeUncached(a), null);
        } catch (RuntimeException | StackOverflowError e) {
            // the article stays, without names
            return new Found(List.of(), InputError.failed(a.source(), "ner", e instanceof RuntimeException r ? r : new IllegalStateException(e.toString())));
        }
    }

    /**
     * One story's rows from its members (loaded from the store; the batch's names from memory). A story
     * whose analysis throws is kept with its members and no layers, and the failure is recorded on it.
     */
    private AnalysisStore.StoryRows analyse(OpenStories.Open s, Map<String, AnalysisStore.Names> batchNames) {
        Map<String, Article> byId = articles.get(s.members);
        List<Article> members = new ArrayList<>(byId.values()); // seq order
        Map<String, AnalysisStore.Names> names = new HashMap<>(analysis.names(s.members));
        names.putAll(batchNames);
        List<Mention> mentions = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (Article a : members) {
            AnalysisStore.Names n = names.get(a.id());
            if (n != null) {
                mentions.addAll(n.mentions());
                errors.addAll(n.errors());
            }
        }
        List<String> ids = members.stream().map(Article::id).toList();
        String where = "story " + s.id + " (" + members.get(0).source()
                + (members.size() > 1 ? " and " + (members.size() - 1) + " more" : "") + ")";
        try {
            String title = stories.title(s.members.stream().map(byId::get).toList());
            Dossier d = pipeline.analyzeStory(members, mentions, title, s.line);
            Story st = d.stories().get(0);
            errors.addAll(d.errors());
            Story story = new Story(s.id, st.title(), ids, st.keyPoints(), st.timeline(), st.contradictions(), s.line);
            return new AnalysisStore.StoryRows(story, s.ord, d.entities(), d.events(), d.claims(), errors);
        } catch (RuntimeException | StackOverflowError e) {
            // a stack overflow in one story's stages (deeply nested input) is that story's failure too
            errors.add(InputError.failed(where, "analysis", e instanceof RuntimeException r ? r : new IllegalStateException(e.toString())));
            Story bare = new Story(s.id, members.get(0).title(), ids, List.of(), List.of(), List.of(), s.line);
            return new AnalysisStore.StoryRows(bare, s.ord, List.of(), List.of(), List.of(), errors);
        }
    }

    /** Runs independent tasks on the workers; results in task order. */
    private <T> List<T> inParallel(List<Callable<T>> tasks) throws InterruptedException {
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> t : tasks) {
            futures.add(workers.submit(t));
        }
        List<T> out = new ArrayList<>();
        for (Future<T> f : futures) {
            try {
                out.add(f.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return out;
    }

    /**
     * Stops after the batch in progress, which is committed whole (the rest stays pending for the next
     * start). Not by interrupting: an interrupt inside a database write would close the database file.
     */
    @Override
    public void close() {
        stopped = true;
        wake();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
    }
}
