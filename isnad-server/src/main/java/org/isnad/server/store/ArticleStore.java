package org.isnad.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isnad.core.model.Article;

/**
 * The stored articles: the only primary data of a desk. Each insert is its own transaction, durable
 * when it returns; its {@code seq} (storage order) is the order the desk's writer applies articles in.
 */
public final class ArticleStore {
    private final Database db;

    public ArticleStore(Database db) {
        this.db = db;
    }

    /**
     * Stores {@code article} unless an article with its id is already there; commits before
     * returning. True when it was new.
     */
    public boolean insert(Article article, String url) {
        return db.inTransaction(c -> {
            if (exists(c, article.id())) {
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO article (id, source, url, outlet, title, json, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, article.id());
                ps.setString(2, article.source());
                ps.setString(3, url);
                ps.setString(4, article.outlet());
                ps.setString(5, article.title());
                ps.setString(6, ModelJson.write(article));
                ps.setTimestamp(7, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
            return true;
        });
    }

    public boolean exists(String id) {
        return db.read(c -> exists(c, id));
    }

    private static boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM article WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** A stored article and its place in storage order. */
    public record Stored(long seq, Article article) {
    }

    /** Up to {@code limit} articles stored after {@code seq}, in storage order. */
    public List<Stored> after(long seq, int limit) {
        return db.read(c -> {
            List<Stored> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, json FROM article WHERE seq > ? ORDER BY seq LIMIT ?")) {
                ps.setLong(1, seq);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Stored(rs.getLong(1), ModelJson.read(rs.getString(2), Article.class)));
                    }
                }
            }
            return out;
        });
    }

    /** Stored ids in storage order. */
    public Set<String> ids() {
        return db.read(c -> {
            Set<String> out = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article ORDER BY seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Ids of the articles stored up to {@code seq}, in storage order. */
    public Set<String> idsUpTo(long seq) {
        return db.read(c -> {
            Set<String> out = new LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE seq <= ? ORDER BY seq")) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** Seq of the last stored article (0: none). */
    public long lastSeq() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM article");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public Optional<Article> get(String id) {
        Map<String, Article> found = get(List.of(id));
        return Optional.ofNullable(found.get(id));
    }

    /** The stored articles among {@code ids}, in storage order. */
    public Map<String, Article> get(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.read(c -> {
            Map<String, Article> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT json FROM article WHERE id = ANY(?) ORDER BY seq")) {
                ps.setArray(1, c.createArrayOf("VARCHAR", ids.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Article a = ModelJson.read(rs.getString(1), Article.class);
                        out.put(a.id(), a);
                    }
                }
            }
            return out;
        });
    }

    public int count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM article");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** The URL an article was submitted with, if any. */
    public Optional<String> url(String id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT url FROM article WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
