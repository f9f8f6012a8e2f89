package org.isnad.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The layout of a desk's data directory: {@code db/} (H2 database), {@code index/} (Lucene) and the
 * optional {@code isnad.properties} (e.g. {@code token=...} for the write token).
 */
public record DataDir(Path root) {
    public static final String CONFIG = "isnad.properties";

    public Path database() {
        return root.resolve("db");
    }

    public Path index() {
        return root.resolve("index");
    }

    public Path config() {
        return root.resolve(CONFIG);
    }

    /** Creates the directories if missing. */
    public DataDir create() throws IOException {
        Files.createDirectories(database());
        Files.createDirectories(index());
        return this;
    }

    /** A value of {@code isnad.properties}, if the file and the key exist. */
    public Optional<String> setting(String key) throws IOException {
        if (!Files.isRegularFile(config())) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(config(), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return Optional.ofNullable(p.getProperty(key)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
