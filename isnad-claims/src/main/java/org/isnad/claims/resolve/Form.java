package org.isnad.claims.resolve;

import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.SourceSpan;

/**
 * One mention prepared for resolution: its (trimmed) span in the article, type, the folded name
 * tokens used for matching, and the descriptions found around it.
 *
 * @param order     article position in the input, then used to order mentions
 * @param tokens    folded name tokens, article {@code ال} removed (see {@link Names#tokens})
 * @param synthetic  true for an alias the text named but the recognizer did not mark
 * @param attributes folded adjectives written right after an organization's name but outside the
 *                   mention ({@code كتيبة "X" الفرنسية}), used only to tie unit names together
 * @param outerHead  folded unit head written just before an organization mention that does not hold it
 *                   ({@code كتيبة "X"} marked as {@code X}), or "" ; used only to tie unit names together
 */
record Form(Article article, int order, int start, int end, EntityType type, List<String> tokens,
            List<String> descriptions, boolean synthetic, List<String> attributes, String outerHead) {
    Form {
        tokens = List.copyOf(tokens);
        descriptions = List.copyOf(descriptions);
        attributes = List.copyOf(attributes);
        outerHead = outerHead == null ? "" : outerHead;
    }

    /** A form with no attributes. */
    Form(Article article, int order, int start, int end, EntityType type, List<String> tokens,
         List<String> descriptions, boolean synthetic) {
        this(article, order, start, end, type, tokens, descriptions, synthetic, List.of(), "");
    }

    /** The outer head (if any), the name tokens, then the attributes. */
    List<String> withAttributes() {
        if (attributes.isEmpty() && outerHead.isEmpty()) {
            return tokens;
        }
        List<String> all = new java.util.ArrayList<>();
        if (!outerHead.isEmpty()) {
            all.add(outerHead);
        }
        all.addAll(tokens);
        attributes.stream().filter(a -> !tokens.contains(a)).forEach(all::add);
        return all;
    }

    String surface() {
        return article.text().substring(start, end);
    }

    /** The matching key: tokens joined without spaces, so {@code عبد الله} and {@code عبدالله} meet. */
    String key() {
        return String.join("", tokens);
    }

    SourceSpan span() {
        return new SourceSpan(article.id(), start, end, surface());
    }

    Form withStart(int newStart, List<String> newTokens) {
        return new Form(article, order, newStart, end, type, newTokens, descriptions, synthetic, attributes, outerHead);
    }
}
