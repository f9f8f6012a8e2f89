package org.isnad.server;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Event;
import org.isnad.core.model.InputError;
import org.isnad.core.model.RawArticle;
import org.isnad.core.model.Story;
import org.isnad.pipeline.Pipeline;
import org.isnad.server.search.SearchHit;
import org.isnad.server.search.SearchIndex;
import org.isnad.server.store.AnalysisStore;
import org.isnad.server.store.ArticleStore;
import org.isnad.server.store.Database;
import org.isnad.server.store.StoreException;

/**
 * A desk: the stored articles of one data directory, their stories and analysis, and their search index.
 *
 * <p><b>Write model.</b> {@link #submit} (a POST, each file chunk of an ingest) cleans the articles
 * ({@link Pipeline#prepare}) and commits each new one to the database in its own transaction
 * <em>before</em> it is reported, then returns: an acknowledged article survives a crash, and the
 * caller never waits for analysis. An article already stored (same content id) is a duplicate. Stored
 * articles are applied by the desk's one writer thread ({@link DeskWriter}) in storage order: it
 * recognizes their names (in parallel), groups them one by one through the online story grouper
 * ({@link OpenStories} over {@code StoryStream}), re-analyses only the stories they touched (different
 * stories in parallel, each exactly as {@link Pipeline#analyzeStory} makes it), and commits a batch in
 * one transaction that also moves the applied mark. Request threads never run analysis.
 *
 * <p><b>Reads</b> see the last committed batch; a view made of several queries (a story dossier) is
 * read under a lock that the writer holds only while it commits, so it never mixes two batches. An
 * article stored but not applied yet is {@code pending}: it has no story, and the desk is
 * {@linkplain #isDirty dirty} until it is applied.
 *
 * <p><b>Failures.</b> A stage that throws on one article (names, grouping) or one story (entities,
 * links, events, or the whole analysis) is recorded as an {@link InputError} with its stage on that
 * story (see {@link #analysisErrors}), the story keeps what the other stages made, and the writer goes
 * on with the next articles: one bad story never blocks the queue. A failure of the writer itself (the
 * database refused a write) commits nothing; it tries again from the store's state.
 *
 * <p><b>Restart.</b> {@link #open} makes the search index match the database and starts the writer,
 * which rebuilds the grouper's state by replaying the applied articles (with their stored names, no
 * recognition) and then applies whatever is pending.
 *
 * <p><b>Determinism.</b> The stories are a function of the stored articles in storage order: articles
 * stored in publication order get the stories (members, ids, titles, storylines, layers) that
 * {@code Pipeline.analyze} with the online grouper gives the same articles, however the work was split
 * into batches or interrupted ({@code analyze} sorts by publication time; the desk keeps arrival order).
 * One known difference: a storyline keeps the label of the article that opened it even if that first
 * story is later merged into a story of another storyline, where {@code analyze} names it after its
 * next story.
 */
public final class Desk implements AutoCloseable {
    /** What happened to one input of an ingest. */
    public record Outcome(Status status, String id, String source, String reason) {
        public enum Status { STORED, DUPLICATE, REJECTED }
    }

    /** The outcomes of a batch and the size of the store after it. */
    public record IngestReport(List<Outcome> outcomes, int articles, int stories, List<InputError> failed) {
        public IngestReport {
            failed = List.copyOf(failed);
            outcomes = List.copyOf(outcomes);
        }

        public long stored() {
            return outcomes.stream().filter(o -> o.status() == Outcome.Status.STORED).count();
        }
    }

    private final Pipeline pipeline;
    private final Database db;
    private final ArticleStore articles;
    private final AnalysisStore analysis;
    private final SearchIndex index;
    /**
     * Held for writing only while the writer commits a batch, and for reading while a view made of
     * several queries (a story dossier) is read, so that such a view never mixes two batches.
     */
    private final ReadWriteLock analysisLock = new ReentrantReadWriteLock();
    private final DeskWriter writer;
    /** The story list in memory, once a reader asked for it (null before). */
    private volatile StoryListing listing;
    private final Object listingLoad = new Object();

    private Desk(Pipeline pipeline, Database db, SearchIndex index, Consumer<String> onAnalysed) {
        this.pipeline = pipeline;
        this.db = db;
        this.articles = new ArticleStore(db);
        this.analysis = new AnalysisStore(db);
        this.index = index;
        this.writer = new DeskWriter(pipeline, articles, analysis, index, analysisLock,
                Runtime.getRuntime().availableProcessors(), onAnalysed, this::committed);
    }

    /**
     * Opens the desk in {@code dir} (created if missing): the index is made to match the database and
     * the writer starts on whatever is pending (see the class comment).
     */
    public static Desk open(DataDir dir, Pipeline pipeline) {
        return open(dir, pipeline, id -> { });
    }

    /** {@link #open(DataDir, Pipeline)}, telling {@code onAnalysed} the id of each story analysed, once committed. */
    public static Desk open(DataDir dir, Pipeline pipeline, Consumer<String> onAnalysed) {
        try {
            dir.create();
        } catch (IOException e) {
            throw new StoreException("cannot create data directory " + dir.root() + ": " + e.getMessage(), e);
        }
        Database db;
        try {
            db = Database.open(dir.database());
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the database in " + dir.database()
                    + " (is a server or another ingest using this data directory?): " + e.getMessage(), e);
        }
        SearchIndex index;
        try {
            index = SearchIndex.open(dir.index());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        Desk desk = new Desk(pipeline, db, index, onAnalysed);
        try {
            // articles not applied yet are indexed by the writer when it applies them
            desk.index.reconcile(desk.articles.idsUpTo(desk.analysis.appliedSeq()), ids -> desk.articles.get(ids).values());
        } catch (RuntimeException e) {
            desk.index.close();
            db.close();
            throw e;
        }
        desk.writer.start();
        return desk;
    }

    /**
     * Stores {@code raws} (cleaned as one batch) and returns at once, the writer applying them later;
     * {@code onEach} hears of each input once its fate is durable. Safe to call from many threads.
     */
    public List<Outcome> submit(List<RawArticle> raws, Consumer<Outcome> onEach) {
        Pipeline.Prepared prepared = pipeline.prepare(raws, Pipeline.Progress.NONE);
        List<Outcome> outcomes = new ArrayList<>();
        Consumer<Outcome> report = o -> {
            outcomes.add(o);
            onEach.accept(o);
        };
        for (InputError e : prepared.errors()) {
            report.accept(new Outcome(Outcome.Status.REJECTED, null, e.source(), e.reason()));
        }
        Map<String, String> urls = new HashMap<>();
        raws.forEach(r -> {
            if (r.url() != null) {
                urls.putIfAbsent(r.source(), r.url());
            }
        });
        for (Article a : prepared.articles()) {
            boolean isNew;
            synchronized (articles) {
                isNew = articles.insert(a, urls.get(a.source()));
            }
            report.accept(new Outcome(isNew ? Outcome.Status.STORED : Outcome.Status.DUPLICATE, a.id(), a.source(), null));
        }
        writer.wake();
        return outcomes;
    }

    /**
     * Stores {@code raws} and waits until the writer has applied them: what the batch ingest and the
     * tests use. {@code failed} lists what failed on the batch's articles.
     */
    public IngestReport ingest(List<RawArticle> raws, Pipeline.Progress progress, Consumer<Outcome> onEach) {
        List<Outcome> outcomes = submit(raws, onEach);
        awaitIdle();
        Set<String> sources = new HashSet<>();
        outcomes.stream().filter(o -> o.status() != Outcome.Status.REJECTED).forEach(o -> sources.add(o.source()));
        List<InputError> failed = new ArrayList<>();
        for (InputError e : analysis.errors()) {
            if (sources.contains(e.source())) {
                failed.add(e);
            }
        }
        return new IngestReport(outcomes, articles.count(), analysis.storyCount(), failed);
    }

    /** Waits until every article stored so far is applied. */
    public void awaitIdle() {
        try {
            while (!awaitIdle(60_000)) {
                if (writer.stopped()) {
                    throw new StoreException("the desk was closed with articles still pending");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the desk's writer", e);
        }
    }

    /** Waits up to {@code timeoutMillis} until every article stored so far is applied; true when it is. */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        return writer.awaitApplied(articles.lastSeq(), timeoutMillis);
    }

    /** Number of stored articles. */
    public int articleCount() {
        return articles.count();
    }

    /** Number of stories. */
    public int storyCount() {
        return analysis.storyCount();
    }

    /** Articles applied (grouped and analysed). */
    public int applied() {
        return analysis.applied();
    }

    /** Articles stored but not yet applied (without a story yet). */
    public int pending() {
        return analysis.pending();
    }

    /** What failed while applying and analysing the stories, each with its article or story, stage and reason. */
    public List<InputError> analysisErrors() {
        return analysis.errors();
    }

    /** What failed on one story's articles and analysis. */
    public List<InputError> analysisErrors(String storyId) {
        return analysis.errors(storyId);
    }

    /** Every story, in the order of their first articles. */
    public List<Story> stories() {
        return listing().stories();
    }

    public Optional<Story> story(String id) {
        return analysis.story(id);
    }

    /** Outlets of each story's articles, by story id. */
    public Map<String, Set<String>> outletsByStory() {
        return listing().outlets();
    }

    /** The in-memory story list, read from the store on first use; the writer keeps it current. */
    private StoryListing listing() {
        StoryListing l = listing;
        if (l != null) {
            return l;
        }
        analysisLock.readLock().lock(); // no commit between reading the list and publishing it
        try {
            synchronized (listingLoad) {
                if (listing == null) {
                    listing = new StoryListing(analysis.storyList(), analysis.outletsByStory());
                }
                return listing;
            }
        } finally {
            analysisLock.readLock().unlock();
        }
    }

    /** Called by the writer inside its commit lock, after a batch is committed. */
    private void committed(AnalysisStore.Batch b) {
        StoryListing l = listing;
        if (l != null) {
            List<String> ids = b.stories().stream().map(r -> r.story().id()).toList();
            l.apply(b, analysis.outletsOf(ids));
        }
    }

    /** The story an article was grouped into. */
    public Optional<String> storyOf(String articleId) {
        return analysis.storyOf(articleId);
    }

    /** Article id to story id, for every analysed article. */
    public Map<String, String> memberships() {
        return analysis.memberships();
    }

    /** Ids of all stored articles, in storage order. */
    public Set<String> articleIds() {
        return articles.ids();
    }

    public Optional<Article> article(String id) {
        return articles.get(id);
    }

    public int searchIndexSize() {
        return index.size();
    }

    /** True while stored articles wait to be applied. */
    public boolean isDirty() {
        return pending() > 0;
    }

    /**
     * The dossier of one story: its articles, events, claims, the entities they mention (with
     * their mentions cut down to the story's articles) and the story itself.
     */
    public Optional<Dossier> storyDossier(String storyId) {
        analysisLock.readLock().lock();
        try {
            return readStoryDossier(storyId);
        } finally {
            analysisLock.readLock().unlock();
        }
    }

    private Optional<Dossier> readStoryDossier(String storyId) {
        Optional<Story> found = analysis.story(storyId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Story story = found.get();
        Map<String, Article> byId = articles.get(story.articles());
        List<Dossier.StoriedArticle> members = new ArrayList<>();
        for (String id : story.articles()) {
            Article a = byId.get(id);
            if (a != null) {
                members.add(new Dossier.StoriedArticle(a, storyId));
            }
        }
        List<Event> events = analysis.events(storyId);
        List<Claim> claims = analysis.claims(storyId);
        Set<String> referenced = new LinkedHashSet<>();
        for (Event e : events) {
            referenced.addAll(e.actors());
            referenced.addAll(e.targets());
            if (e.location() != null) {
                referenced.add(e.location());
            }
        }
        claims.forEach(c -> {
            if (c.speaker() != null) {
                referenced.add(c.speaker());
            }
        });
        Set<String> ids = byId.keySet();
        List<Entity> entities = new ArrayList<>();
        for (Entity e : analysis.entitiesOf(ids, referenced)) {
            entities.add(new Entity(e.id(), e.type(), e.name(), e.aliases(), e.descriptions(),
                    e.mentions().stream().filter(m -> ids.contains(m.article())).toList()));
        }
        Map<String, String> provenance = new LinkedHashMap<>(analysis.provenance());
        return Optional.of(new Dossier(Instant.now(), members, entities, events, claims, List.of(story), List.of(),
                provenance));
    }

    /** An entity with its mentions in every stored article, and the stories it appears in. */
    public Optional<EntityView> entity(String id) {
        analysisLock.readLock().lock();
        try {
            return analysis.entity(id).map(e -> new EntityView(e, analysis.storiesOfEntity(id)));
        } finally {
            analysisLock.readLock().unlock();
        }
    }

    /** An entity and the ids of the stories whose articles mention it. */
    public record EntityView(Entity entity, List<String> stories) {
        public EntityView {
            stories = List.copyOf(stories);
        }
    }

    /** Ranked articles for {@code query}, with exact highlight spans. */
    public List<SearchHit> search(String query, int limit) {
        return index.search(query, limit);
    }

    /** Stops the writer after its batch in progress (pending work resumes on the next open), then closes the store. */
    @Override
    public synchronized void close() {
        try {
            writer.close();
        } finally {
            try {
                index.close();
            } finally {
                db.close();
            }
        }
    }
}
