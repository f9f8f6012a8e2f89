package org.isnad.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.isnad.server.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error answer of the API, mapped in one place: {@code {"error": "...", "status": N}} with
 * that status. Internal failures are logged and answered without their details.
 */
final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(), message(e)));
        routes.exception(StoreException.class, (e, ctx) -> {
            LOG.error("store failure on {} {}", ctx.method(), ctx.path(), e);
            // the message can name files of the data directory (H2 quotes its database path)
            send(ctx, 500, "the store failed (the server log has the details)");
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "internal error");
        });
        routes.error(404, ctx -> {
            if (ctx.resultInputStream() == null) {
                send(ctx, 404, "not found: " + ctx.path());
            }
        });
        routes.error(405, ctx -> {
            if (ctx.resultInputStream() == null) {
                send(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path());
            }
        });
    }

    private static String message(HttpResponseException e) {
        if (e.getStatus() == 413) {
            return "request body too large";
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "http error " + e.getStatus() : e.getMessage();
    }

    static void send(Context ctx, int status, String reason) {
        Json.send(ctx, status, Json.object().put("error", reason).put("status", status));
    }
}
