package org.isnad.core.stage;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.isnad.core.model.InputError;
import org.isnad.core.model.RawArticle;

/** Reads raw articles from files and folders; what cannot be read becomes an {@link InputError}. */
public interface ArticleSource {
    /** Reads every article under {@code paths}, calling {@code onError} for each unreadable input. */
    List<RawArticle> read(List<Path> paths, Consumer<InputError> onError);
}
