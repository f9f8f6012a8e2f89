package org.isnad.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isnad.core.model.Removal;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes what is not article text from a page body, in three passes:
 * <ol>
 *   <li>code by tag ({@code script style noscript template svg iframe object embed button input select
 *       textarea ...}), then page chrome by tag ({@code nav aside footer form dialog menu}, and {@code header}
 *       outside {@code article}/{@code main});</li>
 *   <li>elements whose class or id words name clutter ({@code share}, {@code social}, {@code comment},
 *       {@code related}, {@code subscribe}, {@code newsletter}, {@code ad}/{@code ads}/{@code advert...},
 *       {@code sponsor...}, {@code promo}, {@code cookie}, {@code breadcrumb}, {@code sidebar}, {@code popup},
 *       {@code tags}, {@code menu}...), split on {@code -_} and camelCase;</li>
 *   <li>link-dense blocks, deepest first: at least {@value #MIN_LINKS} links and more than half of the text
 *       in links.</li>
 * </ol>
 * Elements holding the article itself ({@code html body main article}, anything containing an
 * {@code h1} or {@code main}, or half of the page's paragraph text) are never removed as chrome or
 * clutter: some sites wrap the whole page in a {@code form}. The text of everything removed, except
 * code, is returned as {@link Removal}s.
 */
final class ClutterFilter {
    static final int MIN_LINKS = 3;
    private static final double MAX_LINK_SHARE = 0.5;
    private static final String CODE = "script, style, noscript, template, svg, iframe, object, embed, canvas, video, "
            + "audio, button, input, select, textarea";
    private static final String CHROME = "nav, aside, footer, form, dialog, menu";
    private static final Set<String> CLUTTER_WORDS = Set.of(
            "share", "sharing", "social", "comment", "comments", "disqus", "related", "recommended", "subscribe",
            "subscription", "newsletter", "signup", "ad", "ads", "adv", "advert", "adverts", "advertisement",
            "advertising", "adsbygoogle", "banner", "promo", "sponsor", "sponsored", "cookie", "cookies",
            "breadcrumb", "breadcrumbs", "sidebar", "popup", "modal", "tags", "menu", "navbar", "nav", "footer",
            "masthead", "outbrain", "taboola", "toolbar", "rss", "print", "login");
    private static final List<String> CLUTTER_PREFIXES = List.of(
            "share", "social", "comment", "related", "subscri", "newsletter", "advert", "sponsor", "breadcrumb");
    private static final Set<String> PROTECTED = Set.of("html", "body", "main", "article");

    private ClutterFilter() {
    }

    /** Removes clutter from {@code body} in place and returns what was removed, with reasons. */
    static List<Removal> clean(Element body) {
        List<Removal> removed = new ArrayList<>();
        body.select(CODE).remove();
        int paragraphText = paragraphText(body);
        for (Element e : body.select(CHROME + ", header")) {
            boolean articleHeader = e.tagName().equals("header") && e.closest("article, main") != null;
            if (!articleHeader && attached(e, body) && !holdsArticle(e, paragraphText)) {
                remove(e, "page chrome <" + e.tagName() + ">", removed);
            }
        }
        for (Element e : body.select("[class], [id]")) {
            if (namesClutter(e) && attached(e, body) && !holdsArticle(e, paragraphText)) {
                remove(e, "share/comment/related/ad block", removed);
            }
        }
        Elements blocks = body.select("div, section, ul, ol, dl, table, p, li, span");
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Element e = blocks.get(i);
            if (attached(e, body) && linkDense(e) && !holdsArticle(e, paragraphText)) {
                remove(e, "link-dense block", removed);
            }
        }
        return removed;
    }

    private static void remove(Element e, String reason, List<Removal> removed) {
        String text = e.text().strip();
        if (!text.isEmpty()) {
            removed.add(new Removal(text, reason));
        }
        e.remove();
    }

    /** Still in the tree: removing an ancestor leaves the descendants' parent links intact. */
    private static boolean attached(Element e, Element body) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == body) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsArticle(Element e, int pageParagraphText) {
        return PROTECTED.contains(e.tagName()) || e.selectFirst("h1, main") != null
                || pageParagraphText > 0 && paragraphText(e) * 2 >= pageParagraphText;
    }

    private static int paragraphText(Element e) {
        int length = 0;
        for (Element p : e.select("p")) {
            length += p.text().length();
        }
        return length;
    }

    private static boolean namesClutter(Element e) {
        String words = (e.className() + " " + e.id()).replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        for (String word : words.split("[^a-z0-9]+")) {
            if (CLUTTER_WORDS.contains(word)) {
                return true;
            }
            for (String prefix : CLUTTER_PREFIXES) {
                if (word.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean linkDense(Element e) {
        Elements links = e.select("a");
        if (links.size() < MIN_LINKS) {
            return false;
        }
        int textLength = e.text().length();
        int linkLength = 0;
        for (Element a : links) {
            linkLength += a.text().length();
        }
        return textLength > 0 && linkLength > MAX_LINK_SHARE * textLength;
    }
}
