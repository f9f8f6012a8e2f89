package org.isnad.core.stage;

import org.isnad.core.model.Article;
import org.isnad.core.model.RawArticle;

/** Turns a raw page into a clean article: main text, title, outlet, date, and what was removed. */
public interface Cleaner {
    Article clean(RawArticle raw, String id) throws BadInputException;
}
