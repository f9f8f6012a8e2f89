package org.isnad.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.isnad.core.model.Article;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Entity;
import org.isnad.core.model.Event;
import org.isnad.core.model.InputError;
import org.isnad.core.model.Mention;
import org.isnad.core.model.Story;
import org.isnad.server.SourceNames;

/**
 * The derived tables: which story each applied article is in, each story's layers (entities, events,
 * claims, failures) and each applied article's names. Written only by {@link #commit}: one transaction
 * per batch of applied articles, which replaces the rows of the stories the batch touched, deletes
 * those merged away, and moves the applied mark ({@code applied_seq}) past the batch. A reader sees
 * the store before or after a batch, never inside one.
 */
public final class AnalysisStore {
    private static final String[] PER_STORY = {"entity", "entity_article", "event", "claim", "analysis_error"};
    private static final String[] DERIVED = {"story", "article_story", "article_mentions", "entity",
        "entity_article", "event", "claim", "analysis_error"};
    private final Database db;

    public AnalysisStore(Database db) {
        this.db = db;
    }

    /** One story's rows: the story, its order (its first article's seq), its layers and what failed. */
    public record StoryRows(Story story, long ord, List<Entity> entities, List<Event> events, List<Claim> claims,
                            List<InputError> errors) {
        public StoryRows {
            entities = List.copyOf(entities);
            events = List.copyOf(events);
            claims = List.copyOf(claims);
            errors = List.copyOf(errors);
        }
    }

    /** What the writer found on one article itself: its names, and what failed on it (names, grouping). */
    public record Names(List<Mention> mentions, List<InputError> errors) {
        public Names {
            mentions = List.copyOf(mentions);
            errors = List.copyOf(errors);
        }
    }

    /** An applied article: its id and what was found on it. */
    public record Applied(String article, Names names) {
    }

    /** What one batch changes: applied articles, stories rewritten, stories merged away, the new mark. */
    public record Batch(List<Applied> articles, List<StoryRows> stories, Set<String> removed, long appliedSeq,
                        Map<String, String> provenance) {
        public Batch {
            articles = List.copyOf(articles);
            stories = List.copyOf(stories);
            removed = Set.copyOf(removed);
            provenance = Map.copyOf(provenance);
        }
    }

    /** Seq of the last applied article (0: none). */
    public long appliedSeq() {
        return db.read(c -> Meta.get(c, Meta.APPLIED_SEQ).map(Long::parseLong).orElse(0L));
    }

    /** Articles applied. */
    public int applied() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM article WHERE seq <= ?")) {
                ps.setLong(1, Meta.get(c, Meta.APPLIED_SEQ).map(Long::parseLong).orElse(0L));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** Articles stored but not applied yet. */
    public int pending() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM article WHERE seq > ?")) {
                ps.setLong(1, Meta.get(c, Meta.APPLIED_SEQ).map(Long::parseLong).orElse(0L));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** Writes one batch in one transaction (see the class comment). */
    public void commit(Batch b) {
        db.inTransaction(c -> {
            Set<String> rewritten = new LinkedHashSet<>(b.removed());
            b.stories().forEach(s -> rewritten.add(s.story().id()));
            deleteStories(c, rewritten);
            try (PreparedStatement member = c.prepareStatement(
                    "MERGE INTO article_story (article_id, story_id) KEY (article_id) VALUES (?, ?)");
                 PreparedStatement names = c.prepareStatement(
                         "MERGE INTO article_mentions (article_id, json, errors) KEY (article_id) VALUES (?, ?, ?)")) {
                for (Applied a : b.articles()) {
                    names.setString(1, a.article());
                    names.setString(2, ModelJson.write(a.names().mentions()));
                    names.setString(3, a.names().errors().isEmpty() ? null : ModelJson.write(a.names().errors()));
                    names.addBatch();
                }
                names.executeBatch();
                for (StoryRows s : b.stories()) {
                    for (String article : s.story().articles()) {
                        member.setString(1, article);
                        member.setString(2, s.story().id());
                        member.addBatch();
                    }
                }
                member.executeBatch();
            }
            for (StoryRows s : b.stories()) {
                insertStory(c, s);
            }
            Meta.put(c, Meta.APPLIED_SEQ, Long.toString(b.appliedSeq()));
            Meta.put(c, Meta.ANALYZED_AT, Instant.now().toString());
            Meta.put(c, Meta.PROVENANCE, ModelJson.write(b.provenance()));
            return null;
        });
    }

    private static void deleteStories(Connection c, Set<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Object[] arr = ids.toArray();
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM story WHERE id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("VARCHAR", arr));
            ps.executeUpdate();
        }
        for (String table : PER_STORY) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE story_id = ANY(?)")) {
                ps.setArray(1, c.createArrayOf("VARCHAR", arr));
                ps.executeUpdate();
            }
        }
    }

    private static void insertStory(Connection c, StoryRows s) throws SQLException {
        String id = s.story().id();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO story (id, ord, title, json) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setLong(2, s.ord());
            ps.setString(3, s.story().title());
            ps.setString(4, ModelJson.write(s.story()));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entity (story_id, n, id, type, name, json) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement link = c.prepareStatement(
                     "MERGE INTO entity_article (entity_id, article_id, story_id) KEY (entity_id, article_id) VALUES (?, ?, ?)")) {
            int n = 0;
            for (Entity e : s.entities()) {
                ps.setString(1, id);
                ps.setInt(2, n++);
                ps.setString(3, e.id());
                ps.setString(4, e.type().name());
                ps.setString(5, cut(e.name()));
                ps.setString(6, ModelJson.write(e));
                ps.addBatch();
                Set<String> articles = new LinkedHashSet<>();
                e.mentions().forEach(m -> articles.add(m.article()));
                for (String a : articles) {
                    link.setString(1, e.id());
                    link.setString(2, a);
                    link.setString(3, id);
                    link.addBatch();
                }
            }
            ps.executeBatch();
            link.executeBatch();
        }
        insertJson(c, "event", id, s.events().stream().map(e -> new String[] {e.id(), ModelJson.write(e)}).toList());
        insertJson(c, "claim", id, s.claims().stream().map(e -> new String[] {e.id(), ModelJson.write(e)}).toList());
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO analysis_error (story_id, n, source, stage, reason) VALUES (?, ?, ?, ?, ?)")) {
            int n = 0;
            for (InputError e : s.errors()) {
                ps.setString(1, id);
                ps.setInt(2, n++);
                ps.setString(3, cut(e.source()));
                ps.setString(4, e.stage());
                ps.setString(5, e.reason());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** A value for a VARCHAR(4000) column (the full value stays in the row's JSON). */
    private static String cut(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 4000);
    }

    private static void insertJson(Connection c, String table, String story, List<String[]> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (story_id, n, id, json) VALUES (?, ?, ?, ?)")) {
            int n = 0;
            for (String[] r : rows) {
                ps.setString(1, story);
                ps.setInt(2, n++);
                ps.setString(3, r[0]);
                ps.setString(4, r[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Forgets every derived row and the applied mark: the writer then applies every article again. */
    public void reset() {
        db.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                for (String table : DERIVED) {
                    st.executeUpdate("DELETE FROM " + table);
                }
            }
            Meta.put(c, Meta.APPLIED_SEQ, "0");
            return null;
        });
    }

    /** An applied article as the grouper replays it: the article, its names and the story it is stored in. */
    public record Replayed(long seq, Article article, List<Mention> mentions, String story) {
    }

    /**
     * Every applied article in seq order, {@code chunk} rows per query (memory stays bounded),
     * with its names and its stored story.
     */
    public void replay(int chunk, Consumer<Replayed> each) {
        long upTo = appliedSeq();
        long after = 0;
        while (after < upTo) {
            long from = after;
            List<Replayed> rows = db.read(c -> {
                List<Replayed> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT a.seq, a.json, m.json, s.story_id FROM article a"
                        + " LEFT JOIN article_mentions m ON m.article_id = a.id LEFT JOIN article_story s ON s.article_id = a.id"
                        + " WHERE a.seq > ? AND a.seq <= ? ORDER BY a.seq LIMIT ?")) {
                    ps.setLong(1, from);
                    ps.setLong(2, upTo);
                    ps.setInt(3, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String names = rs.getString(3);
                            out.add(new Replayed(rs.getLong(1), ModelJson.read(rs.getString(2), Article.class),
                                    names == null ? List.of() : List.of(ModelJson.read(names, Mention[].class)), rs.getString(4)));
                        }
                    }
                }
                return out;
            });
            if (rows.isEmpty()) {
                return;
            }
            rows.forEach(each);
            after = rows.get(rows.size() - 1).seq();
        }
    }

    /** What was found on the applied articles among {@code ids}. */
    public Map<String, Names> names(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.read(c -> {
            Map<String, Names> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT article_id, json, errors FROM article_mentions WHERE article_id = ANY(?)")) {
                ps.setArray(1, c.createArrayOf("VARCHAR", ids.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String errors = rs.getString(3);
                        out.put(rs.getString(1), new Names(List.of(ModelJson.read(rs.getString(2), Mention[].class)),
                                errors == null ? List.of() : List.of(ModelJson.read(errors, InputError[].class))));
                    }
                }
            }
            return out;
        });
    }

    /** Number of stories. */
    public int storyCount() {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM story")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Every story, in the order of their first articles. */
    public List<Story> stories() {
        return db.read(c -> jsonRows(c, "SELECT json FROM story ORDER BY ord", null, Story.class));
    }

    public Optional<Story> story(String id) {
        return db.read(c -> jsonRows(c, "SELECT json FROM story WHERE id = ?", id, Story.class)).stream().findFirst();
    }

    /** The story each applied article belongs to (article id to story id). */
    public Map<String, String> memberships() {
        return db.read(c -> {
            Map<String, String> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id, story_id FROM article_story");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    /**
     * The outlets of each story's articles; for an article of unknown outlet its source's
     * {@linkplain SourceNames#publicName public name} (a file name, never the server path).
     */
    public Map<String, Set<String>> outletsByStory() {
        return outlets(null);
    }

    /** {@link #outletsByStory()} for the stories {@code ids} only. */
    public Map<String, Set<String>> outletsOf(Collection<String> ids) {
        return ids.isEmpty() ? Map.of() : outlets(ids);
    }

    private Map<String, Set<String>> outlets(Collection<String> ids) {
        return db.read(c -> {
            Map<String, Set<String>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.story_id, a.outlet, a.source FROM article_story s"
                    + " JOIN article a ON a.id = s.article_id" + (ids == null ? "" : " WHERE s.story_id = ANY(?)")
                    + " ORDER BY a.seq")) {
                if (ids != null) {
                    ps.setArray(1, c.createArrayOf("VARCHAR", ids.toArray()));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String outlet = rs.getString(2) != null ? rs.getString(2) : SourceNames.publicName(rs.getString(3));
                        out.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(outlet);
                    }
                }
            }
            return out;
        });
    }

    /** Every story with its order, in that order. */
    public List<StoryRows> storyList() {
        return db.read(c -> {
            List<StoryRows> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ord, json FROM story ORDER BY ord");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoryRows(ModelJson.read(rs.getString(2), Story.class), rs.getLong(1),
                            List.of(), List.of(), List.of(), List.of()));
                }
            }
            return out;
        });
    }

    /** The stories of the applied articles among {@code ids} (article id to story id). */
    public Map<String, String> storiesOf(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.read(c -> {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id, story_id FROM article_story WHERE article_id = ANY(?)")) {
                ps.setArray(1, c.createArrayOf("VARCHAR", ids.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    /** The story of one article, once it is applied. */
    public Optional<String> storyOf(String articleId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT story_id FROM article_story WHERE article_id = ?")) {
                ps.setString(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public List<Event> events(String storyId) {
        return db.read(c -> jsonRows(c, "SELECT json FROM event WHERE story_id = ? ORDER BY n", storyId, Event.class));
    }

    public List<Claim> claims(String storyId) {
        return db.read(c -> jsonRows(c, "SELECT json FROM claim WHERE story_id = ? ORDER BY n", storyId, Claim.class));
    }

    /**
     * Entities with at least one mention in one of {@code articleIds}, or named in {@code ids}, in
     * story and entity order. One indexed look-up per article and per id: a single query joining the
     * two conditions with OR made H2 scan the whole entity table for every story read (minutes for a
     * desk of 20,000 stories).
     */
    public List<Entity> entitiesOf(Set<String> articleIds, Set<String> ids) {
        return db.read(c -> {
            TreeMap<String, TreeMap<Integer, String>> rows = new TreeMap<>();
            try (PreparedStatement byArticle = c.prepareStatement("SELECT e.story_id, e.n, e.json FROM entity_article ea"
                    + " JOIN entity e ON e.id = ea.entity_id WHERE ea.article_id = ?");
                 PreparedStatement byId = c.prepareStatement("SELECT story_id, n, json FROM entity WHERE id = ?")) {
                for (String article : articleIds) {
                    byArticle.setString(1, article);
                    collectEntityRows(byArticle, rows);
                }
                for (String id : ids) {
                    byId.setString(1, id);
                    collectEntityRows(byId, rows);
                }
            }
            List<Entity> out = new ArrayList<>();
            rows.values().forEach(story -> story.values().forEach(json -> out.add(ModelJson.read(json, Entity.class))));
            return out;
        });
    }

    private static void collectEntityRows(PreparedStatement ps, TreeMap<String, TreeMap<Integer, String>> rows)
            throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).putIfAbsent(rs.getInt(2), rs.getString(3));
            }
        }
    }

    public Optional<Entity> entity(String id) {
        return db.read(c -> jsonRows(c, "SELECT json FROM entity WHERE id = ? ORDER BY story_id, n", id, Entity.class))
                .stream().findFirst();
    }

    /** Ids of the stories whose articles mention entity {@code id}. */
    public List<String> storiesOfEntity(String id) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT s.story_id FROM entity_article e JOIN article_story s ON s.article_id = e.article_id"
                            + " WHERE e.entity_id = ? ORDER BY s.story_id")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** What failed while applying and analysing the stories, story by story in story order. */
    public List<InputError> errors() {
        return db.read(c -> {
            List<InputError> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.source, e.stage, e.reason FROM analysis_error e"
                    + " LEFT JOIN story s ON s.id = e.story_id ORDER BY s.ord, e.story_id, e.n");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new InputError(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }

    /** What failed on one story's articles and analysis. */
    public List<InputError> errors(String storyId) {
        return db.read(c -> {
            List<InputError> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT source, stage, reason FROM analysis_error WHERE story_id = ? ORDER BY n")) {
                ps.setString(1, storyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new InputError(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return out;
        });
    }

    /** The provenance of the analysis (models and versions). */
    public Map<String, String> provenance() {
        return db.read(c -> {
            Optional<String> json = Meta.get(c, Meta.PROVENANCE);
            if (json.isEmpty()) {
                return Map.of();
            }
            @SuppressWarnings("unchecked")
            Map<String, String> m = ModelJson.read(json.get(), Map.class);
            return m;
        });
    }

    private static <T> List<T> jsonRows(Connection c, String sql, String param, Class<T> type) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(ModelJson.read(rs.getString(1), type));
                }
            }
        }
        return out;
    }
}
