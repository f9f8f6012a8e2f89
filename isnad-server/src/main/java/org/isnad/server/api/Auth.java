package org.isnad.server.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.isnad.server.ServerSettings;

/**
 * Bearer-token access: writes always need the token (and are refused on a read-only server);
 * reads need it only with {@code --private-reads}. The web page's static files stay public so a
 * browser can load it and send the token itself.
 */
final class Auth {
    private final ServerSettings settings;

    Auth(ServerSettings settings) {
        this.settings = settings;
    }

    /** Before-handler for {@code /api/*}. */
    void check(Context ctx) {
        boolean write = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD
                && ctx.method() != HandlerType.OPTIONS;
        if (write && settings.readOnly()) {
            throw new ApiException(403, "this server is read-only");
        }
        if ((write || settings.privateReads()) && !ctx.path().equals("/api/openapi.json")) {
            String header = ctx.header("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new ApiException(401, "missing bearer token (Authorization: Bearer TOKEN)");
            }
            if (!matches(header.substring(7).strip())) {
                ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                throw new ApiException(401, "invalid token");
            }
        }
    }

    private boolean matches(String given) {
        // constant-time comparison: the time taken must not tell how much of the token was right
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                settings.token().getBytes(StandardCharsets.UTF_8));
    }
}
