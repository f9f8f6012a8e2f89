package org.isnad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.isnad.pipeline.Pipeline;

/** A real desk server on a free loopback port over a temporary data directory, with an HTTP client. */
public final class TestServer implements AutoCloseable {
    public static final String TOKEN = "test-token-7f3a";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Pipeline pipeline;

    public final DeskServer server;
    public final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    public TestServer(Path dataDir, ServerSettings settings) {
        this(dataDir, settings, pipeline());
    }

    public TestServer(Path dataDir, Pipeline pipeline) {
        this(dataDir, settings(TOKEN, false, false), pipeline);
    }

    public TestServer(Path dataDir, ServerSettings settings, Pipeline pipeline) {
        server = DeskServer.start(new DataDir(dataDir), pipeline, settings);
        base = "http://127.0.0.1:" + server.port();
    }

    public TestServer(Path dataDir) {
        this(dataDir, settings(TOKEN, false, false));
    }

    /** Waits until the desk's writer has applied every stored article (posts answer before that). */
    public void awaitApplied() {
        server.desk().awaitIdle();
    }

    public static ServerSettings settings(String token, boolean readOnly, boolean privateReads) {
        return new ServerSettings("127.0.0.1", 0, token, readOnly, privateReads, ServerSettings.DEFAULT_MAX_REQUEST_BYTES);
    }

    /** One standard pipeline for the whole test JVM: its models load once. */
    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.standard();
        }
        return pipeline;
    }

    public record Reply(int status, String body, HttpResponse<byte[]> raw) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public Reply get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build());
    }

    /**
     * Posts and, for an accepted article, waits until the desk's writer has applied it (a POST answers
     * before that), so that the test reads its story; {@link #postNow} does not wait.
     */
    public Reply post(String path, String contentType, String body, String token) {
        Reply r = postNow(path, contentType, body, token);
        if (path.equals("/api/articles") && (r.status() == 201 || r.status() == 200)) {
            awaitApplied();
        }
        return r;
    }

    /** The story of the article a POST answered for, once applied. */
    public String storyOf(Reply posted) {
        awaitApplied();
        return get("/api/articles/" + posted.json().get("id").asText()).json().get("story").asText();
    }

    /** Posts without waiting for the writer. */
    public Reply postNow(String path, String contentType, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    /** Posts a JSON article with the test token and waits until it is applied. */
    public Reply postArticle(String outlet, String title, String text) {
        Reply r = postArticleNow(outlet, title, text);
        awaitApplied();
        return r;
    }

    /** Posts a JSON article with the test token; answers before the article is applied. */
    public Reply postArticleNow(String outlet, String title, String text) {
        var node = MAPPER.createObjectNode().put("outlet", outlet).put("title", title).put("text", text)
                .put("url", "https://example.org/" + Math.abs(text.hashCode()));
        return postNow("/api/articles", "application/json", node.toString(), TOKEN);
    }

    Reply send(HttpRequest r) {
        try {
            HttpResponse<byte[]> res = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(res.statusCode(), new String(res.body(), StandardCharsets.UTF_8), res);
        } catch (IOException e) {
            throw new AssertionError("request failed: " + r.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
