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
 * A desk: the stored articles of one data directory, their analysis and their search index.
 *
 * <p><b>Ingest.</b> A batch is cleaned by {@link Pipeline#prepare}, then each new article is
 * committed to the database in its own transaction <em>before</em> it is reported, so an
 * acknowledged article survives a crash. An article already stored (same content id) is reported
 * as a duplicate and not stored again. After the batch, the analysis is recomputed by
 * {@link Pipeline#analyze} over <em>all</em> stored articles and the derived tables are replaced in
 * one transaction. That is simple and always consistent (a new article on a known story joins it,
 * stories may merge) but costs a full re-analysis per batch: O(all articles), seconds for
 * thousands of articles; batch your ingests.
 *
 * <p><b>Recovery.</b> Each article insert marks the analysis dirty; the replacing transaction
 * clears the mark. {@link #open} re-analyses a dirty store and reconciles the search index with
 * the database, so a store killed at any point reopens to the state an uninterrupted run gives.
 *
 * <p>Writes are serialized ({@code synchronized}); reads run concurrently against committed data.
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
     * Held for writing only while the derived tables are swapped, and for reading while a view
     * made of several queries (a story dossier) is read, so that such a view never mixes two analyses.
     */
    private final ReadWriteLock analysisLock = new ReentrantReadWriteLock();

    private Desk(Pipeline pipeline, Database db, SearchIndex index) {
        this.pipeline = pipeline;
        this.db = db;
        this.articles = new ArticleStore(db);
        this.analysis = new AnalysisStore(db);
        this.index = index;
    }

    /**
     * Opens the desk in {@code dir} (created if missing), finishing whatever a crashed run left:
     * a dirty analysis is recomputed and the index is made to match the database.
     */
    public static Desk open(DataDir dir, Pipeline pipeline) {
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
        Desk desk = new Desk(pipeline, db, index);
        try {
            desk.recover();
        } catch (RuntimeException e) {
            desk.close();
            throw e;
        }
        return desk;
    }

    private synchronized void recover() {
        if (analysis.isDirty()) {
            try {
                reanalyze(Pipeline.Progress.NONE);
            } catch (RuntimeException e) {
                // the desk opens on its last committed analysis; the store stays dirty for the next try
                System.err.println("isnad: analysis failed, serving the last committed one: " + e);
            }
        }
        index.reconcile(articles.ids(), ids -> articles.get(ids).values());
    }

    /** Ingests {@code raws}; {@code onEach} hears of each input once its fate is durable. */
    public synchronized IngestReport ingest(List<RawArticle> raws, Pipeline.Progress progress, Consumer<Outcome> onEach) {
        Pipeline.Prepared prepared = pipeline.prepare(raws, progress);
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
        boolean changed = false;
        for (Article a : prepared.articles()) {
            boolean isNew = articles.insert(a, urls.get(a.source()));
            if (isNew) {
                index.put(a);
                changed = true;
            }
            report.accept(new Outcome(isNew ? Outcome.Status.STORED : Outcome.Status.DUPLICATE, a.id(), a.source(), null));
        }
        List<InputError> failed = new ArrayList<>();
        if (changed || analysis.isDirty()) {
            try {
                reanalyze(progress);
            } catch (RuntimeException e) {
                // the articles are stored; the store stays dirty and the last analysis is still served
                failed.add(InputError.failed("desk", "analysis", e));
            }
        }
        index.commit();
        Set<String> sources = new HashSet<>();
        prepared.articles().forEach(a -> sources.add(a.source()));
        for (InputError e : analysis.errors()) {
            if (sources.contains(e.source())) {
                failed.add(e);
            }
        }
        return new IngestReport(outcomes, articles.count(), analysis.stories().size(), failed);
    }

    private void reanalyze(Pipeline.Progress progress) {
        List<Article> all = articles.all();
        Dossier d = pipeline.analyze(all, List.of(), progress);
        analysisLock.writeLock().lock();
        try {
            analysis.replace(d, all.size());
        } finally {
            analysisLock.writeLock().unlock();
        }
    }

    /** What failed in the last analysis, each with its article or story, stage and reason. */
    public List<InputError> analysisErrors() {
        return analysis.errors();
    }

    /** Every story of the last analysis. */
    public List<Story> stories() {
        return analysis.stories();
    }

    /** Outlets of each story's articles, by story id. */
    public Map<String, Set<String>> outletsByStory() {
        return analysis.outletsByStory();
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

    public boolean isDirty() {
        return analysis.isDirty();
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

    @Override
    public synchronized void close() {
        try {
            index.close();
        } finally {
            db.close();
        }
    }
}
