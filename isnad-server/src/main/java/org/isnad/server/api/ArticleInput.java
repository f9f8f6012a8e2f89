package org.isnad.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.isnad.core.model.RawArticle;

/**
 * The body of {@code POST /api/articles} as a raw article: JSON
 * {@code {url, outlet, title, published, text | html}}, or a {@code text/html} or
 * {@code text/plain} body. Anything unusable is a 400 with the reason (415 for another type).
 */
final class ArticleInput {
    private ArticleInput() {
    }

    static RawArticle parse(String contentType, String body, String fallbackSource) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("empty body: send a JSON article or the text or HTML of one");
        }
        return switch (type) {
            case "application/json" -> fromJson(body, fallbackSource);
            case "text/html" -> RawArticle.html(fallbackSource, body);
            case "text/plain" -> RawArticle.text(fallbackSource, body);
            default -> throw new ApiException(415, "unsupported content type '" + type
                    + "': use application/json, text/html or text/plain");
        };
    }

    private static RawArticle fromJson(String body, String fallbackSource) {
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("invalid JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw ApiException.badRequest("invalid JSON: expected an object with text or html");
        }
        String text = string(n, "text");
        String html = string(n, "html");
        if (text != null && html != null) {
            throw ApiException.badRequest("give either text or html, not both");
        }
        if (text == null && html == null) {
            throw ApiException.badRequest("missing text: give the article as \"text\" or \"html\"");
        }
        String content = text != null ? text : html;
        if (content.isBlank()) {
            throw ApiException.badRequest("empty " + (text != null ? "text" : "html"));
        }
        String url = string(n, "url");
        String source = url != null && !url.isBlank() ? url : fallbackSource;
        return new RawArticle(source, url, string(n, "outlet"), string(n, "title"), string(n, "published"), text, html);
    }

    private static String string(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest("field " + field + " must be a string");
        }
        return v.asText();
    }
}
