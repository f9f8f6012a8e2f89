package org.isnad.ingest.clean;

import java.util.List;
import org.isnad.core.model.Removal;
import org.isnad.core.stage.BadInputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an HTML page with jsoup: its metadata first ({@link HtmlMetadata}), then its clutter removed
 * ({@link ClutterFilter}), then the text of its block elements, one line per block ({@link BlockText}).
 * The lines then go through the same line rules as plain text.
 *
 * <p>A page nested deeper than {@value #MAX_DEPTH} elements is <em>rejected</em> with
 * {@link BadInputException} {@code "HTML nested deeper than 2048 levels"} rather than flattened: no
 * real article page comes near it (browsers themselves stop nesting at 512), so such input is
 * broken or hostile, and rejecting it is reported as an input error while flattening would silently
 * change which blocks the clutter rules see. The cleaning itself is linear whatever the depth; the
 * limit keeps hostile pages from costing the run memory and time for nothing.
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

    /** Deepest element nesting accepted, counted from {@code <html>}. */
    static final int MAX_DEPTH = 2048;

    static Page extract(String html, String url) throws BadInputException {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        if (depth(doc) > MAX_DEPTH) {
            throw new BadInputException("HTML nested deeper than " + MAX_DEPTH + " levels");
        }
        HtmlMetadata meta = HtmlMetadata.read(doc);
        Element body = doc.body();
        List<Removal> removed = ClutterFilter.clean(body);
        return new Page(meta.title(), meta.siteName(), meta.published(), url != null ? url : meta.url(),
                BlockText.lines(body), removed);
    }

    /** The deepest element's nesting: {@code <html>} is 1, {@code <body>} 2. */
    private static int depth(Document doc) {
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element && depth > deepest[0]) {
                deepest[0] = depth;
            }
        }, doc);
        return deepest[0];
    }
}
