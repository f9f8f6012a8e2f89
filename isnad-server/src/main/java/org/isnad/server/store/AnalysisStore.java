package org.isnad.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.core.model.Claim;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.Entity;
import org.isnad.core.model.InputError;
import org.isnad.core.model.Event;
import org.isnad.core.model.Story;
import org.isnad.server.SourceNames;

/**
 * The derived tables (stories, article memberships, entities, events, claims): what the last
 * {@code Pipeline.analyze} over all stored articles found. They are only ever replaced as a whole,
 * in one transaction that also clears the dirty flag, so a reader sees either the old analysis or
 * the new one, never a mix.
 */
public final class AnalysisStore {
    private static final String[] DERIVED = {"story", "article_story", "entity", "entity_article", "event", "claim"};
    private final Database db;

    public AnalysisStore(Database db) {
        this.db = db;
    }

    /** True when articles were stored after the last completed analysis (e.g. a crash in between). */
    public boolean isDirty() {
        return db.read(c -> Meta.get(c, Meta.DIRTY).map(Boolean::parseBoolean).orElse(false));
    }

    /**
     * Replaces every derived row by the content of {@code d}, clearing the dirty flag, in one
     * transaction. {@code expectedArticles} is the article count the analysis saw: when more were
     * stored meanwhile the flag stays set so the next open analyses again.
     */
    public void replace(Dossier d, int expectedArticles) {
        db.inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                for (String table : DERIVED) {
                    st.executeUpdate("DELETE FROM " + table);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO story (ord, id, title, json) VALUES (?, ?, ?, ?)")) {
                int ord = 0;
                for (Story s : d.stories()) {
                    ps.setInt(1, ord++);
                    ps.setString(2, s.id());
                    ps.setString(3, s.title());
                    ps.setString(4, ModelJson.write(s));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO article_story (article_id, story_id) KEY (article_id, story_id) VALUES (?, ?)")) {
                for (Dossier.StoriedArticle sa : d.articles()) {
                    ps.setString(1, sa.article().id());
                    ps.setString(2, sa.story());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            insertEntities(c, d.entities());
            insertStoried(c, "event", d.events().stream().map(e -> new String[] {e.id(), e.story(), ModelJson.write(e)}).toList());
            insertStoried(c, "claim", d.claims().stream().map(e -> new String[] {e.id(), e.story(), ModelJson.write(e)}).toList());
            Meta.put(c, Meta.ANALYZED_AT, Instant.now().toString());
            Meta.put(c, Meta.PROVENANCE, ModelJson.write(d.provenance()));
            Meta.put(c, Meta.ANALYSIS_ERRORS, ModelJson.write(d.errors()));
            int stored;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM article")) {
                rs.next();
                stored = rs.getInt(1);
            }
            Meta.put(c, Meta.DIRTY, Boolean.toString(stored != expectedArticles));
            return null;
        });
    }

    private static void insertEntities(Connection c, List<Entity> entities) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO entity (ord, id, type, name, json) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement link = c.prepareStatement(
                     "MERGE INTO entity_article (entity_id, article_id) KEY (entity_id, article_id) VALUES (?, ?)")) {
            int ord = 0;
            for (Entity e : entities) {
                ps.setInt(1, ord++);
                ps.setString(2, e.id());
                ps.setString(3, e.type().name());
                ps.setString(4, e.name());
                ps.setString(5, ModelJson.write(e));
                ps.addBatch();
                Set<String> articles = new LinkedHashSet<>();
                e.mentions().forEach(m -> articles.add(m.article()));
                for (String a : articles) {
                    link.setString(1, e.id());
                    link.setString(2, a);
                    link.addBatch();
                }
            }
            ps.executeBatch();
            link.executeBatch();
        }
    }

    private static void insertStoried(Connection c, String table, List<String[]> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (ord, id, story_id, json) VALUES (?, ?, ?, ?)")) {
            int ord = 0;
            for (String[] r : rows) {
                ps.setInt(1, ord++);
                ps.setString(2, r[0]);
                ps.setString(3, r[1]);
                ps.setString(4, r[2]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Every story, in the analysis' order. */
    public List<Story> stories() {
        return db.read(c -> jsonRows(c, "SELECT json FROM story ORDER BY ord", null, Story.class));
    }

    public Optional<Story> story(String id) {
        return db.read(c -> jsonRows(c, "SELECT json FROM story WHERE id = ? ORDER BY ord", id, Story.class))
                .stream().findFirst();
    }

    /** The story each stored article belongs to (article id to story id). */
    public Map<String, String> memberships() {
        return db.read(c -> {
            Map<String, String> out = new java.util.TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id, story_id FROM article_story ORDER BY article_id, story_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.putIfAbsent(rs.getString(1), rs.getString(2));
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
        return db.read(c -> {
            Map<String, Set<String>> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.story_id, a.outlet, a.source FROM article_story s"
                    + " JOIN article a ON a.id = s.article_id ORDER BY a.seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String outlet = rs.getString(2) != null ? rs.getString(2) : SourceNames.publicName(rs.getString(3));
                    out.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(outlet);
                }
            }
            return out;
        });
    }

    /** The story of one article, when the last analysis placed it. */
    public Optional<String> storyOf(String articleId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT story_id FROM article_story WHERE article_id = ? ORDER BY story_id")) {
                ps.setString(1, articleId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public List<Event> events(String storyId) {
        return db.read(c -> jsonRows(c, "SELECT json FROM event WHERE story_id = ? ORDER BY ord", storyId, Event.class));
    }

    public List<Claim> claims(String storyId) {
        return db.read(c -> jsonRows(c, "SELECT json FROM claim WHERE story_id = ? ORDER BY ord", storyId, Claim.class));
    }

    /** Entities with at least one mention in one of {@code articleIds}, or named in {@code ids}. */
    public List<Entity> entitiesOf(Set<String> articleIds, Set<String> ids) {
        return db.read(c -> {
            List<Entity> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT json FROM entity WHERE id IN (SELECT entity_id FROM entity_article WHERE article_id = ANY(?))"
                            + " OR id = ANY(?) ORDER BY ord")) {
                ps.setArray(1, c.createArrayOf("VARCHAR", articleIds.toArray()));
                ps.setArray(2, c.createArrayOf("VARCHAR", ids.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(ModelJson.read(rs.getString(1), Entity.class));
                    }
                }
            }
            return out;
        });
    }

    public Optional<Entity> entity(String id) {
        return db.read(c -> jsonRows(c, "SELECT json FROM entity WHERE id = ? ORDER BY ord", id, Entity.class))
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

    /** What failed in the last analysis (stage by stage, per article or story); kept with the analysis. */
    public List<InputError> errors() {
        return db.read(c -> {
            Optional<String> json = Meta.get(c, Meta.ANALYSIS_ERRORS);
            return json.isEmpty() ? List.<InputError>of() : List.of(ModelJson.read(json.get(), InputError[].class));
        });
    }

    /** The provenance of the last analysis (models and versions). */
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
