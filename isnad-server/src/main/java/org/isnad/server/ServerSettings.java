package org.isnad.server;

import java.io.IOException;
import java.util.Optional;

/**
 * How a server runs: its port, the write token, and whether it refuses writes or requires the
 * token for reads too. {@code maxRequestBytes} bounds a request body (413 above it).
 */
public record ServerSettings(String host, int port, String token, boolean readOnly, boolean privateReads,
                             long maxRequestBytes) {
    public static final long DEFAULT_MAX_REQUEST_BYTES = 10L * 1024 * 1024;
    public static final String TOKEN_ENV = "ISNAD_TOKEN";

    public ServerSettings {
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (token == null && !readOnly) {
            throw new IllegalArgumentException("a write token is required: give --token, set " + TOKEN_ENV
                    + ", or put token=... in the data directory's " + DataDir.CONFIG + " (or start with --read-only)");
        }
        if (token == null && privateReads) {
            throw new IllegalArgumentException("--private-reads needs a token");
        }
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("maxRequestBytes must be positive");
        }
    }

    /**
     * The token from, in order: the command line, the environment ({@code ISNAD_TOKEN}), the data
     * directory's {@code isnad.properties} ({@code token=...}).
     */
    public static Optional<String> resolveToken(String fromCommandLine, DataDir dir) throws IOException {
        if (fromCommandLine != null && !fromCommandLine.isBlank()) {
            return Optional.of(fromCommandLine.strip());
        }
        String env = System.getenv(TOKEN_ENV);
        if (env != null && !env.isBlank()) {
            return Optional.of(env.strip());
        }
        return dir.setting("token");
    }
}
