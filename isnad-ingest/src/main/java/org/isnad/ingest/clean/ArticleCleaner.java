package org.isnad.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.isnad.core.model.Article;
import org.isnad.core.model.DateValue;
import org.isnad.core.model.RawArticle;
import org.isnad.ingest.read.Unicode;
import org.isnad.core.model.Removal;
import org.isnad.core.stage.BadInputException;
import org.isnad.core.stage.Cleaner;

/**
 * Cleans a raw article into an {@link Article}.
 *
 * <ul>
 *   <li>HTML is first reduced to text lines ({@link HtmlExtractor}: metadata, scripts and page chrome,
 *       share/comment/related blocks, link-dense blocks); plain text is split into lines.</li>
 *   <li>The lines go through {@link LineCleaner}: general boilerplate rules, AI-summary widgets, the run's
 *       {@link RepeatedLines}, duplicates, the title, short lines outside the body. Each line taken out is
 *       kept in {@link Article#removed()} with its reason.</li>
 *   <li>{@code text} is the body, paragraphs separated by a blank line ({@code "\n\n"}). The title is
 *       <em>not</em> repeated as the first paragraph when it was a separate headline line; when the page
 *       has no headline, the first sentence of the first paragraph is the title and the paragraph stays.</li>
 *   <li>{@code outlet}: see {@link Outlet}; {@code published}: see {@link PublishedDate};
 *       {@code language}: see {@link Language}.</li>
 * </ul>
 *
 * <p>A page with no article text left fails with {@link BadInputException} {@code "no article text"}.
 * Instances are immutable and thread-safe.
 */
public final class ArticleCleaner implements Cleaner {
    /** Separates paragraphs in {@link Article#text()}. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    private final RepeatedLines repeated;
    private final DateFinder dates;

    /** A cleaner with its general rules only (no learned repeated lines). */
    public ArticleCleaner() {
        this(RepeatedLines.none());
    }

    /** A cleaner that also removes the run's repeated lines, from {@link BoilerplateLearner#learn}. */
    public ArticleCleaner(RepeatedLines repeated) {
        this(repeated, DateFinder.arabic());
    }

    /** A cleaner with the given repeated lines and date finder. */
    public ArticleCleaner(RepeatedLines repeated, DateFinder dates) {
        this.repeated = Objects.requireNonNull(repeated, "repeated");
        this.dates = Objects.requireNonNull(dates, "dates");
    }

    @Override
    public Article clean(RawArticle raw, String id) throws BadInputException {
        List<String> rawLines;
        List<Removal> removed = new ArrayList<>();
        String title = raw.title();
        String siteName = null;
        String stated = raw.published();
        String url = raw.url();
        if (raw.isHtml()) {
            HtmlExtractor.Page page = HtmlExtractor.extract(raw.html(), raw.url());
            rawLines = new ArrayList<>();
            for (String block : page.lines()) { // each HTML block stands alone: a blank line after each
                rawLines.add(block);
                rawLines.add("");
            }
            removed.addAll(page.removed());
            title = title != null ? title : page.title();
            siteName = page.siteName();
            stated = stated != null ? stated : page.published();
            url = page.url();
        } else {
            rawLines = raw.text().lines().toList();
        }
        LineCleaner.Result result = LineCleaner.clean(rawLines, title, line -> repeated.isRepeated(raw, line));
        removed.addAll(result.removed());
        String text = Unicode.withoutLoneSurrogates(String.join(PARAGRAPH_SEPARATOR, result.paragraphs()));
        String outlet = Unicode.withoutLoneSurrogates(Outlet.find(raw.outlet(), siteName, result.removed(), url));
        DateValue published = PublishedDate.find(stated, result.dateCandidates(), dates);
        List<Removal> safeRemoved = removed.stream()
                .map(r -> new Removal(Unicode.withoutLoneSurrogates(r.text()), r.reason())).toList();
        return new Article(id, raw.source(), outlet, Unicode.withoutLoneSurrogates(result.title()), published,
                Language.guess(text), text, safeRemoved);
    }
}
