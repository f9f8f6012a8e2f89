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
 * The stored articles: the only primary data of a desk. Each insert is its own transaction that
 * also marks the derived tables dirty, so a crash between the insert and the next analysis is
 * detected on the next open.
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
            Meta.put(c, Meta.DIRTY, "true");
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

    /** Every stored article, in the order they were first stored. */
    public List<Article> all() {
        return db.read(c -> {
            List<Article> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT json FROM article ORDER BY seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(ModelJson.read(rs.getString(1), Article.class));
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
