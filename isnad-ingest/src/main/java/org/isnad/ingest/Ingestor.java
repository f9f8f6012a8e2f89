package org.isnad.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.isnad.core.model.Article;
import org.isnad.core.model.InputError;
import org.isnad.core.model.RawArticle;
import org.isnad.core.stage.ArticleSource;
import org.isnad.core.stage.BadInputException;
import org.isnad.ingest.clean.ArticleCleaner;
import org.isnad.ingest.clean.BoilerplateLearner;
import org.isnad.ingest.clean.RepeatedLines;
import org.isnad.ingest.read.FileArticleSource;

/**
 * Reading and cleaning for one run: reads every input with an {@link ArticleSource}, learns the lines
 * repeated across the run's documents ({@link BoilerplateLearner}), then cleans each raw article with an
 * {@link ArticleCleaner} told of them. Articles get the ids {@code a001}, {@code a002}, ... in reading
 * order (sorted paths, JSONL line order). Inputs that cannot be read or cleaned become errors, in order.
 */
public final class Ingestor {
    private final ArticleSource source;
    private final BoilerplateLearner learner;

    /** Files via {@link FileArticleSource}, repeated lines at {@link BoilerplateLearner#DEFAULT_MIN_DOCUMENTS}. */
    public Ingestor() {
        this(new FileArticleSource(), new BoilerplateLearner());
    }

    public Ingestor(ArticleSource source, BoilerplateLearner learner) {
        this.source = Objects.requireNonNull(source, "source");
        this.learner = Objects.requireNonNull(learner, "learner");
    }

    /** The clean articles of a run and the inputs that could not be used. */
    public record Result(List<Article> articles, List<InputError> errors) {
        public Result {
            articles = List.copyOf(articles);
            errors = List.copyOf(errors);
        }
    }

    /** Reads and cleans everything under {@code paths}; never throws for bad input. */
    public Result ingest(List<Path> paths) {
        List<InputError> errors = new ArrayList<>();
        List<RawArticle> raws = source.read(paths, errors::add);
        RepeatedLines repeated = learner.learn(raws);
        ArticleCleaner cleaner = new ArticleCleaner(repeated);
        List<Article> articles = new ArrayList<>();
        for (RawArticle raw : raws) {
            try {
                articles.add(cleaner.clean(raw, String.format("a%03d", articles.size() + 1)));
            } catch (BadInputException e) {
                errors.add(new InputError(raw.source(), e.getMessage()));
            }
        }
        return new Result(articles, errors);
    }
}
