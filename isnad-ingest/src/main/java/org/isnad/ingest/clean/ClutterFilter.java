package org.isnad.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isnad.core.model.Removal;
import org.jsoup.nodes.Element;

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
 *       (counted in non-space characters) in links.</li>
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
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "form", "dialog", "menu");
    private static final Set<String> BLOCK_TAGS = Set.of("div", "section", "ul", "ol", "dl", "table", "p", "li",
            "span");
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

    /**
     * Removes clutter from {@code body} in place and returns what was removed, with reasons. Linear in
     * the page (up to a log factor): every question about an element's subtree goes to a
     * {@link SubtreeIndex} built once, never to a selector query per element.
     */
    static List<Removal> clean(Element body) {
        List<Removal> removed = new ArrayList<>();
        body.select(CODE).remove();
        SubtreeIndex index = new SubtreeIndex(body);
        long paragraphText = index.paragraphChars(body);
        List<Element> all = List.copyOf(index.inDocumentOrder());
        for (Element e : all) {
            if (CHROME_TAGS.contains(e.tagName()) || e.nameIs("header") && !index.insideArticle(e)) {
                removeUnlessArticle(e, "page chrome <" + e.tagName() + ">", index, paragraphText, removed);
            }
        }
        for (Element e : all) {
            if ((e.hasAttr("class") || e.hasAttr("id")) && namesClutter(e)) {
                removeUnlessArticle(e, "share/comment/related/ad block", index, paragraphText, removed);
            }
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            if (BLOCK_TAGS.contains(e.tagName()) && index.attached(e) && linkDense(e, index)) {
                removeUnlessArticle(e, "link-dense block", index, paragraphText, removed);
            }
        }
        return removed;
    }

    private static void removeUnlessArticle(Element e, String reason, SubtreeIndex index, long pageParagraphText,
                                            List<Removal> removed) {
        if (!index.attached(e) || holdsArticle(e, index, pageParagraphText)) {
            return;
        }
        String text = e.text().strip();
        if (!text.isEmpty()) {
            removed.add(new Removal(text, reason));
        }
        index.remove(e);
    }

    private static boolean holdsArticle(Element e, SubtreeIndex index, long pageParagraphText) {
        return PROTECTED.contains(e.tagName()) || index.holdsHeadlineOrMain(e)
                || pageParagraphText > 0 && index.paragraphChars(e) * 2 >= pageParagraphText;
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

    private static boolean linkDense(Element e, SubtreeIndex index) {
        if (index.links(e) < MIN_LINKS) {
            return false;
        }
        long text = index.chars(e);
        return text > 0 && index.linkChars(e) > MAX_LINK_SHARE * text;
    }
}
