package org.isnad.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The store's key/value state table (the applied mark, analysis provenance). */
final class Meta {
    /** Seq of the last article the writer applied; those above it are pending. */
    static final String APPLIED_SEQ = "applied_seq";
    static final String ANALYZED_AT = "analyzed_at";
    static final String PROVENANCE = "provenance";

    private Meta() {
    }

    static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO meta (k, v) KEY (k) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    static Optional<String> get(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT v FROM meta WHERE k = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
