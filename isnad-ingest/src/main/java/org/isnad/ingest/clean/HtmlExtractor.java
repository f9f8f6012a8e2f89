package org.isnad.ingest.clean;

import java.util.List;
import org.isnad.core.model.Removal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page with jsoup: its metadata first ({@link HtmlMetadata}), then its clutter removed
 * ({@link ClutterFilter}), then the text of its block elements, one line per block ({@link BlockText}).
 * The lines then go through the same line rules as plain text.
 */
final class HtmlExtractor {
    private HtmlExtractor() {
    }

    /** What a page holds: metadata (each possibly null), text lines, and the page chrome removed. */
    record Page(String title, String siteName, String published, String url, List<String> lines,
                List<Removal> removed) {
        Page {
            lines = List.copyOf(lines);
            removed = List.copyOf(removed);
        }
    }

    static Page extract(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        HtmlMetadata meta = HtmlMetadata.read(doc);
        Element body = doc.body();
        List<Removal> removed = ClutterFilter.clean(body);
        return new Page(meta.title(), meta.siteName(), meta.published(), url != null ? url : meta.url(),
                BlockText.lines(body), removed);
    }
}
