package org.isnad.ingest.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Counts over the subtree of any element of a page body, answered in O(log n) and kept current as
 * subtrees are removed. {@link ClutterFilter} used to ask each element a selector query over its
 * subtree ({@code select("a")}, {@code text()}, ...), which is quadratic in the nesting depth: a page
 * nested 100,000 deep took minutes. Here the body is numbered once in document order, so that a
 * subtree is a range of numbers, and each count is a range sum over a Fenwick tree.
 *
 * <p>Text is counted in non-space characters. Link and paragraph text count like the old queries
 * ({@code sum of a.text()} over the links inside), nested links or paragraphs counting once per
 * level: the per-character weight is the number of {@code a} (or {@code p}) ancestors, from which the
 * ancestors above the queried element are subtracted.
 */
final class SubtreeIndex {
    private final Map<Element, Integer> index = new IdentityHashMap<>();
    private final List<Element> elements = new ArrayList<>();
    private final List<Integer> ends = new ArrayList<>();
    private final List<Integer> linksAbove = new ArrayList<>();
    private final List<Integer> paragraphsAbove = new ArrayList<>();
    private final List<Boolean> insideArticle = new ArrayList<>();
    private final Fenwick chars;
    private final Fenwick linkChars;
    private final Fenwick paragraphChars;
    private final Fenwick links;
    private final Fenwick articleMarks;
    private final int[] removedEnd;
    private final boolean[] detached;

    SubtreeIndex(Element root) {
        List<long[]> own = new ArrayList<>(); // per element: chars, link chars, paragraph chars, link, mark
        NodeTraversor.traverse(new NodeVisitor() {
            private int linkDepth;
            private int paragraphDepth;
            private int articleDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    linksAbove.add(linkDepth);
                    paragraphsAbove.add(paragraphDepth);
                    linkDepth += e.nameIs("a") ? 1 : 0;
                    paragraphDepth += e.nameIs("p") ? 1 : 0;
                    articleDepth += e.nameIs("article") || e.nameIs("main") ? 1 : 0;
                    index.put(e, elements.size());
                    elements.add(e);
                    ends.add(0);
                    insideArticle.add(articleDepth > 0);
                    own.add(new long[] {0, 0, 0, e.nameIs("a") ? 1 : 0, e.nameIs("h1") || e.nameIs("main") ? 1 : 0});
                } else if (node instanceof TextNode text && !own.isEmpty()) {
                    long n = nonSpace(text.getWholeText());
                    long[] counts = own.get(index.get((Element) text.parent()));
                    counts[0] += n;
                    counts[1] += n * linkDepth;
                    counts[2] += n * paragraphDepth;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    ends.set(index.get(e), elements.size());
                    linkDepth -= e.nameIs("a") ? 1 : 0;
                    paragraphDepth -= e.nameIs("p") ? 1 : 0;
                    articleDepth -= e.nameIs("article") || e.nameIs("main") ? 1 : 0;
                }
            }

        }, root);
        int n = elements.size();
        chars = new Fenwick(n);
        linkChars = new Fenwick(n);
        paragraphChars = new Fenwick(n);
        links = new Fenwick(n);
        articleMarks = new Fenwick(n);
        for (int i = 0; i < n; i++) {
            long[] c = own.get(i);
            chars.add(i, c[0]);
            linkChars.add(i, c[1]);
            paragraphChars.add(i, c[2]);
            links.add(i, c[3]);
            articleMarks.add(i, c[4]);
        }
        removedEnd = new int[n];
        detached = new boolean[n];
    }

    /** The elements of the body in document order (pre-order), the body first. */
    List<Element> inDocumentOrder() {
        return elements;
    }

    /** Whether {@code e} is still in the tree: neither it nor an ancestor was {@linkplain #remove removed}. */
    boolean attached(Element e) {
        return !detached[index.get(e)];
    }

    /** Whether {@code e} is an {@code article} or {@code main}, or inside one. */
    boolean insideArticle(Element e) {
        return insideArticle.get(index.get(e));
    }

    /** Non-space characters of text under {@code e}. */
    long chars(Element e) {
        return rangeSum(chars, e);
    }

    /** Links ({@code a}) at or under {@code e}. */
    long links(Element e) {
        return rangeSum(links, e);
    }

    /** Text of the links at or under {@code e}, a character in two nested links counting twice. */
    long linkChars(Element e) {
        int i = index.get(e);
        return rangeSum(linkChars, e) - linksAbove.get(i) * chars(e);
    }

    /** Text of the paragraphs ({@code p}) at or under {@code e}, nested paragraphs counting twice. */
    long paragraphChars(Element e) {
        int i = index.get(e);
        return rangeSum(paragraphChars, e) - paragraphsAbove.get(i) * chars(e);
    }

    /** Whether {@code e} is or holds an {@code h1} or {@code main}. */
    boolean holdsHeadlineOrMain(Element e) {
        return rangeSum(articleMarks, e) > 0;
    }

    /**
     * Takes {@code e} out of the tree and out of every count. Each element's counts are cleared once:
     * subtrees removed earlier inside {@code e} are skipped, so all removals together stay linear.
     */
    void remove(Element e) {
        int start = index.get(e);
        int end = ends.get(start);
        for (int i = start; i < end; ) {
            if (removedEnd[i] > 0) {
                i = removedEnd[i];
                continue;
            }
            for (Fenwick f : new Fenwick[] {chars, linkChars, paragraphChars, links, articleMarks}) {
                f.clear(i);
            }
            detached[i] = true;
            i++;
        }
        removedEnd[start] = end;
        e.remove();
    }

    private long rangeSum(Fenwick f, Element e) {
        int i = index.get(e);
        return f.sum(ends.get(i)) - f.sum(i);
    }

    private static long nonSpace(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0') {
                n++;
            }
        }
        return n;
    }

    /** Prefix sums with point updates, both O(log n). */
    private static final class Fenwick {
        private final long[] tree;
        private final long[] values;

        Fenwick(int n) {
            tree = new long[n + 1];
            values = new long[n];
        }

        void add(int i, long delta) {
            values[i] += delta;
            for (int k = i + 1; k < tree.length; k += k & -k) {
                tree[k] += delta;
            }
        }

        void clear(int i) {
            if (values[i] != 0) {
                add(i, -values[i]);
            }
        }

        /** Sum of the values before index {@code end}. */
        long sum(int end) {
            long s = 0;
            for (int k = end; k > 0; k -= k & -k) {
                s += tree[k];
            }
            return s;
        }
    }
}
