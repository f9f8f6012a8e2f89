package org.isnad.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a page as lines, one per block element ({@code p}, {@code div}, {@code h1}-{@code h6},
 * {@code li}, ...) or {@code br}, whitespace collapsed. Written by hand because jsoup's
 * {@code Element.text()} joins blocks with a single space and {@code wholeText()} keeps source
 * whitespace; neither marks paragraph boundaries.
 */
final class BlockText {
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "caption",
            "figure", "figcaption", "address", "hr", "center", "summary", "details");

    private BlockText() {
    }

    static List<String> lines(Element root) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element e && (BLOCKS.contains(e.tagName()) || e.tagName().equals("br"))) {
                    flush(current, lines);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
                    flush(current, lines);
                }
            }
        }, root);
        flush(current, lines);
        return lines;
    }

    private static void flush(StringBuilder current, List<String> lines) {
        String line = current.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
        if (!line.isEmpty()) {
            lines.add(line);
        }
        current.setLength(0);
    }
}
