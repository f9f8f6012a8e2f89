package org.isnad.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.isnad.core.model.InputError;
import org.isnad.core.model.RawArticle;

/**
 * Reads JSON Lines: one article object per line with the string fields {@code url}, {@code outlet},
 * {@code title}, {@code published} and {@code text} or {@code html} (when both are given, {@code text}
 * wins). Blank lines are skipped; a bad line becomes an {@link InputError} whose source is
 * {@code file:line}, and the other lines are still read.
 */
final class JsonlArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonlArticles() {
    }

    static List<RawArticle> parse(String file, String content, Consumer<InputError> onError) {
        List<RawArticle> articles = new ArrayList<>();
        // JSON Lines ends lines at \n (or \r\n) only: U+2028, U+2029 and U+0085 are valid inside a line
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String source = file + ":" + (i + 1);
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                articles.add(article(source, lines[i]));
            } catch (BadLine e) {
                onError.accept(new InputError(source, e.getMessage()));
            }
        }
        return articles;
    }

    private static RawArticle article(String source, String line) throws BadLine {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadLine("invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadLine("not a JSON object");
        }
        String text = field(node, "text");
        String html = field(node, "html");
        if (isBlank(text) && isBlank(html)) {
            throw new BadLine("no \"text\" or \"html\" field with content");
        }
        boolean useText = !isBlank(text);
        return new RawArticle(source, field(node, "url"), field(node, "outlet"), field(node, "title"),
                field(node, "published"), useText ? text : null, useText ? null : html);
    }

    /** The field as a string; numbers and booleans are taken as written, objects and arrays refused. */
    private static String field(JsonNode node, String name) throws BadLine {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new BadLine("field \"" + name + "\" must be a string");
        }
        String text = Unicode.withoutLoneSurrogates(value.asText()).strip();
        return text.isEmpty() ? null : text;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** One unusable line; its message is the reason. Kept local: never escapes this class. */
    private static final class BadLine extends Exception {
        BadLine(String reason) {
            super(reason, null, false, false);
        }
    }
}
