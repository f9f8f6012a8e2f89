package org.isnad.ingest.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata a page states about itself, each field possibly null.
 *
 * <ul>
 *   <li>title: {@code og:title}, else JSON-LD {@code headline}, else the first {@code h1}, else {@code <title>};
 *       a trailing {@code " - Outlet"} / {@code " | Outlet"} is cut (see {@link #stripOutletSuffix});</li>
 *   <li>site name: {@code og:site_name}, else JSON-LD {@code publisher.name};</li>
 *   <li>published: {@code article:published_time} and similar meta tags, else JSON-LD
 *       {@code datePublished}, else the first {@code time[datetime]};</li>
 *   <li>url: {@code og:url}, else {@code link[rel=canonical]}.</li>
 * </ul>
 */
record HtmlMetadata(String title, String siteName, String published, String url) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—]{1,2}\\s+");
    private static final int MAX_SUFFIX_WORDS = 4;

    static HtmlMetadata read(Document doc) {
        JsonNode ld = jsonLd(doc);
        String siteName = first(meta(doc, "og:site_name"), text(ld, "publisher", "name"));
        Element h1 = doc.selectFirst("h1");
        String title = stripOutletSuffix(first(meta(doc, "og:title"), meta(doc, "twitter:title"), text(ld, "headline"),
                h1 == null ? null : blankToNull(h1.text())), siteName, false);
        if (title == null) {
            title = stripOutletSuffix(blankToNull(doc.title()), siteName, true);
        }
        String published = first(meta(doc, "article:published_time"), meta(doc, "datePublished"),
                meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "date"), meta(doc, "dc.date.issued"),
                meta(doc, "dc.date"), text(ld, "datePublished"), attr(doc, "time[datetime]", "datetime"));
        String url = first(meta(doc, "og:url"), attr(doc, "link[rel=canonical]", "abs:href"));
        return new HtmlMetadata(title, siteName, published, url);
    }

    /**
     * Cuts {@code " - Outlet"} / {@code " | Outlet"} from the end of a title: when the last part names
     * the site, or (for {@code <title>}, {@code anyShortSuffix}) when it is short ({@value #MAX_SUFFIX_WORDS}
     * words at most) and what remains is a title of at least three words.
     */
    static String stripOutletSuffix(String title, String siteName, boolean anyShortSuffix) {
        if (title == null) {
            return null;
        }
        var m = TITLE_SEPARATOR.matcher(title);
        int cut = -1;
        int suffixStart = -1;
        while (m.find()) {
            cut = m.start();
            suffixStart = m.end();
        }
        if (cut < 0) {
            return title;
        }
        String head = title.substring(0, cut).strip();
        String suffix = Line.key(title.substring(suffixStart));
        boolean namesSite = siteName != null && !suffix.isEmpty()
                && (suffix.equals(Line.key(siteName)) || Line.key(siteName).contains(suffix));
        boolean shortSuffix = anyShortSuffix && !suffix.isEmpty() && suffix.split(" ").length <= MAX_SUFFIX_WORDS;
        int headWords = Line.key(head).isEmpty() ? 0 : Line.key(head).split(" ").length;
        return namesSite || shortSuffix && headWords >= 3 ? head : title;
    }

    private static String meta(Document doc, String name) {
        for (Element e : doc.select("meta[property], meta[name], meta[itemprop]")) {
            if (name.equalsIgnoreCase(e.attr("property")) || name.equalsIgnoreCase(e.attr("name"))
                    || name.equalsIgnoreCase(e.attr("itemprop"))) {
                String content = blankToNull(e.attr("content"));
                if (content != null) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String attr(Document doc, String css, String attribute) {
        Element e = doc.selectFirst(css);
        return e == null ? null : blankToNull(e.attr(attribute));
    }

    /** The first JSON-LD object describing an article (or the first object at all), or null. */
    private static JsonNode jsonLd(Document doc) {
        JsonNode any = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data());
                for (JsonNode node : candidates(root)) {
                    if (node.has("headline") || node.has("datePublished")) {
                        return node;
                    }
                    any = any == null ? node : any;
                }
            } catch (JsonProcessingException malformed) {
                // a broken JSON-LD block is common on real pages; the other sources of metadata remain
            }
        }
        return any;
    }

    private static Iterable<JsonNode> candidates(JsonNode root) {
        if (root == null) {
            return List.of();
        }
        if (root.isArray()) {
            return root;
        }
        if (root.has("@graph") && root.get("@graph").isArray()) {
            return root.get("@graph");
        }
        return List.of(root);
    }

    private static String text(JsonNode node, String... path) {
        JsonNode n = node;
        for (String step : path) {
            if (n == null) {
                return null;
            }
            n = n.isArray() && !n.isEmpty() ? n.get(0).get(step) : n.get(step);
        }
        return n != null && n.isValueNode() ? blankToNull(n.asText()) : null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
