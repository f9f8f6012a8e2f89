package org.isnad.pipeline;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.isnad.core.model.Article;
import org.isnad.core.model.Mention;
import org.isnad.core.stage.EntityRecognizer;

/**
 * An entity recognizer whose model loads on a thread of its own from construction on, so that the other
 * models load, and the inputs are read and cleaned, meanwhile (the NER model is the largest: about half of
 * start-up). The first use waits for it; a model that fails to load fails every use as loudly as loading
 * it directly would (an {@link Error}, never one article's recorded failure).
 */
final class BackgroundRecognizer implements EntityRecognizer {
    private final FutureTask<EntityRecognizer> load;

    BackgroundRecognizer(Supplier<? extends EntityRecognizer> loader) {
        load = new FutureTask<>(loader::get);
        Thread t = new Thread(load, "isnad-load-ner");
        t.setDaemon(true);
        t.start();
    }

    private EntityRecognizer loaded() {
        try {
            return load.get();
        } catch (ExecutionException e) {
            throw new Error("cannot load the entity recognizer: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the entity recognizer loaded", e);
        }
    }

    @Override
    public List<Mention> recognize(Article article) {
        return loaded().recognize(article);
    }

    @Override
    public String provenance() {
        return loaded().provenance();
    }
}
