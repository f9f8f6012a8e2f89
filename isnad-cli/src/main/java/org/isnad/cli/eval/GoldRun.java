package org.isnad.cli.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.isnad.core.model.InputError;
import org.isnad.core.model.RawArticle;
import org.isnad.eval.AntStream;
import org.isnad.pipeline.Pipeline;

/** Reads a gold's articles from the ANT stream and cleans them as {@code analyze} does. */
final class GoldRun {
    static final Set<String> CATEGORIES = Set.of("middleEast", "internationalNews");

    private GoldRun() {
    }

    /** Cleaned articles (whose {@code source} is the ANT id) in publication order, and what could not be used. */
    static Pipeline.Prepared prepare(Pipeline pipeline, Path data, Collection<String> ids, String from, String to)
            throws IOException {
        List<RawArticle> raws = from == null ? AntStream.read(data, ids)
                : AntStream.readWindow(data, from, to, CATEGORIES, ids);
        return pipeline.prepare(raws, Pipeline.Progress.NONE);
    }

    static List<String> errorLines(List<InputError> errors) {
        List<String> out = new ArrayList<>();
        for (InputError e : errors) {
            out.add("  input " + e.source() + ": " + e.reason());
        }
        return out;
    }
}
