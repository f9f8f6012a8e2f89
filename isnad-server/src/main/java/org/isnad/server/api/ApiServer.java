package org.isnad.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import org.isnad.server.Desk;
import org.isnad.server.ServerSettings;

/**
 * The HTTP server of a desk: the JSON API under {@code /api} and the web page at {@code /}, from
 * one Javalin (Jetty) instance.
 */
public final class ApiServer implements AutoCloseable {
    /**
     * Content-Security-Policy of every answer: scripts, styles and images only from this server,
     * no inline script or event handler. A second wall behind the page's rule of rendering article
     * text with textContent only.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving {@code desk}; port 0 picks a free port (see {@link #port()}). */
    public static ApiServer start(Desk desk, ServerSettings settings) {
        Handlers h = new Handlers(desk);
        DeskHandlers dh = new DeskHandlers(desk);
        Auth auth = new Auth(settings);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jetty.host = settings.host();
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
            });
            var r = config.routes;
            Errors.register(r);
            r.before(ctx -> securityHeaders(ctx));
            r.before("/api/*", ctx -> {
                long length = ctx.contentLength();
                if (length > settings.maxRequestBytes()) {
                    throw new ApiException(413, "request body too large: " + length + " bytes > "
                            + settings.maxRequestBytes());
                }
                auth.check(ctx);
            });
            r.get("/api/openapi.json", h::openapi);
            r.get("/api/health", h::health);
            r.post("/api/articles", h::postArticle);
            r.get("/api/articles/{id}", h::getArticle);
            r.get("/api/stories", h::listStories);
            r.get("/api/stories/{id}", h::getStory);
            r.get("/api/stories/{id}/graph", h::getGraph);
            r.get("/api/stories/{id}/export", h::export);
            r.get("/api/entities/{id}", h::getEntity);
            r.get("/api/search", h::search);
            r.get("/api/errors", h::listErrors);
            r.get("/api/desk/stories", dh::stories);
            r.get("/api/desk/events", dh::events);
            r.get("/api/desk/entities/{id}", dh::entity);
            r.get("/api/desk/search", dh::search);
        });
        app.start(settings.port());
        return new ApiServer(app);
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    /** The port actually listened on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
