package org.isnad.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.isnad.core.model.InputError;
import org.isnad.core.model.RawArticle;
import org.isnad.core.stage.BadInputException;

/**
 * Coverage-guided fuzz tests of reading: JSON Lines parsing and charset detection. Hostile files
 * must end as articles or input errors, never as an exception. In a normal build only the inputs
 * under {@code ReadFuzzTestInputs/<method>/} run; see docs/fuzzing.md.
 */
class ReadFuzzTest {
    @FuzzTest(maxDuration = "30s")
    void parseJsonl(byte[] data) {
        String content = new String(data, StandardCharsets.UTF_8);
        List<InputError> errors = new ArrayList<>();
        List<RawArticle> articles = JsonlArticles.parse("fuzz.jsonl", content, errors::add);
        long lines = content.split("\r?\n", -1).length;
        assertTrue(articles.size() + errors.size() <= lines, "more results than lines");
        for (RawArticle a : articles) {
            assertTrue(a.source().startsWith("fuzz.jsonl:"), a.source());
            String body = a.isHtml() ? a.html() : a.text();
            assertFalse(body.isBlank(), "article without content: " + a.source());
            assertFalse(hasLoneSurrogate(body), "lone surrogate kept in " + a.source());
        }
        for (InputError e : errors) {
            assertNotNull(e.reason());
            assertFalse(e.reason().isBlank());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void decode(byte[] data) {
        TextDecoder decoder = new TextDecoder();
        for (boolean html : new boolean[] {false, true}) {
            try {
                TextDecoder.Decoded decoded = decoder.decodeWithNote(data, html);
                assertNotNull(decoded.text());
                assertFalse(hasLoneSurrogate(decoded.text()), "lone surrogate in decoded text");
                assertEquals(decoded.text(), decoder.decode(data, html));
            } catch (BadInputException refused) {
                assertNotNull(refused.getMessage()); // the one allowed outcome besides text
            }
        }
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }
}
