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
import picocli.CommandLine.Option;

/**
 * {@code --data FILE}: the ANT stream the gold's ids come from, for every command that reads gold
 * articles (a picocli mixin); reads them and cleans them as {@code analyze} does.
 */
final class GoldRun {
    static final Set<String> CATEGORIES = Set.of("middleEast", "internationalNews");

    @Option(names = "--data", paramLabel = "FILE", defaultValue = "../shared/data/news/ant-multisource.jsonl.gz",
            description = "the ANT stream the gold's ids come from (default: ${DEFAULT-VALUE})")
    Path data;

    /** Cleaned articles (whose {@code source} is the ANT id) in publication order, and what could not be used. */
    Pipeline.Prepared prepare(Pipeline pipeline, Collection<String> ids, String from, String to) throws IOException {
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
