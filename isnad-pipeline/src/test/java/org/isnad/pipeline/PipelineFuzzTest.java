package org.isnad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.isnad.core.model.Dossier;
import org.isnad.core.model.InputError;
import org.isnad.core.model.RawArticle;
import org.isnad.core.model.SourceSpan;

/**
 * Coverage-guided fuzz test of the whole analysis of one article (clean, names, stories, claims,
 * events): no exception escapes, no stage fails with an internal error, and every span the dossier
 * shows covers exactly its text in its article. Input starting with {@code <} is read as HTML. In a
 * normal build only the inputs under {@code PipelineFuzzTestInputs/analyzeOne/} run; see docs/fuzzing.md.
 */
class PipelineFuzzTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    @FuzzTest(maxDuration = "30s")
    void analyzeOne(byte[] data) {
        String input = new String(data, StandardCharsets.UTF_8);
        RawArticle raw = input.startsWith("<") ? RawArticle.html("fuzz.html", input) : RawArticle.text("fuzz.txt", input);
        Pipeline.Prepared prepared = PIPELINE.prepare(List.of(raw), Pipeline.Progress.NONE);
        Dossier dossier = PIPELINE.analyze(prepared.articles(), prepared.errors(), Pipeline.Progress.NONE);
        for (InputError e : dossier.errors()) {
            assertFalse(e.reason().contains("internal error"), e.toString());
        }
        Map<String, String> texts = new java.util.HashMap<>();
        for (Dossier.StoriedArticle a : dossier.articles()) {
            texts.put(a.article().id(), a.article().text());
        }
        visit(dossier, Collections.newSetFromMap(new IdentityHashMap<>()), node -> {
            if (node instanceof SourceSpan s) {
                String text = texts.get(s.article());
                assertNotNull(text, "span in unknown article " + s.article());
                assertEquals(text.substring(s.start(), s.end()), s.text(), "span " + s);
            }
        });
    }

    /** Every object reachable from {@code node} through record components, collections and maps. */
    private static void visit(Object node, Set<Object> seen, Consumer<Object> action) {
        if (node == null || node instanceof String || node instanceof Number || node instanceof Enum<?>
                || !seen.add(node)) {
            return;
        }
        action.accept(node);
        if (node instanceof Collection<?> c) {
            c.forEach(child -> visit(child, seen, action));
        } else if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                visit(k, seen, action);
                visit(v, seen, action);
            });
        } else if (node.getClass().isRecord()) {
            for (RecordComponent rc : node.getClass().getRecordComponents()) {
                try {
                    visit(rc.getAccessor().invoke(node), seen, action);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }
}
