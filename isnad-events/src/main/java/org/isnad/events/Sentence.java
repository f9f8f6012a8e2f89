package org.isnad.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.isnad.core.model.Article;
import org.isnad.core.model.Entity;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.SourceSpan;
import org.isnad.core.model.Span;
import org.isnad.events.text.Word;
import org.isnad.events.text.Words;

/** One sentence of an article with its words and the entity mentions inside it (package-private). */
final class Sentence {
    /** An entity mention inside the sentence, over sentence words {@code [from, to)}. */
    record Named(String entity, EntityType type, SourceSpan span, int from, int to) {
    }

    final Article article;
    final Span span;
    final List<Word> words;
    final List<Named> named;

    private Sentence(Article article, Span span, List<Word> words, List<Named> named) {
        this.article = article;
        this.span = span;
        this.words = words;
        this.named = named;
    }

    static Sentence of(Article article, Span span, List<Entity> entities) {
        String text = article.text();
        List<Word> words = Words.of(text, span.start(), span.end());
        List<Named> named = new ArrayList<>();
        for (Entity e : entities) {
            for (SourceSpan m : e.mentions()) {
                if (!m.article().equals(article.id()) || m.start() < span.start() || m.end() > span.end()
                        || m.end() > text.length() || !text.substring(m.start(), m.end()).equals(m.text())) {
                    continue;
                }
                int from = -1;
                int to = -1;
                for (Word w : words) {
                    if (from < 0 && w.end() > m.start()) {
                        from = w.index();
                    }
                    if (w.start() < m.end()) {
                        to = w.index() + 1;
                    }
                }
                if (from >= 0 && to > from) {
                    named.add(new Named(e.id(), e.type(), m, from, to));
                }
            }
        }
        named.sort(Comparator.comparingInt((Named n) -> n.span().start()).thenComparingInt(n -> -n.span().end()));
        // drop mentions nested in a longer one
        List<Named> flat = new ArrayList<>();
        for (Named n : named) {
            if (flat.isEmpty() || flat.get(flat.size() - 1).span().end() <= n.span().start()) {
                flat.add(n);
            }
        }
        return new Sentence(article, span, words, flat);
    }

    String text() {
        return article.text();
    }

    SourceSpan source() {
        return SourceSpan.of(article, span);
    }

    /** The exact span of sentence words {@code [from, to)}. */
    SourceSpan words(int from, int to) {
        return SourceSpan.of(article, new Span(words.get(from).start(), words.get(to - 1).end()));
    }

    /** The folded word at {@code i}, or "" outside the sentence. */
    String folded(int i) {
        return i >= 0 && i < words.size() ? words.get(i).folded() : "";
    }

    /** True when the original text between words {@code a < b} has clause punctuation. */
    boolean breakBetween(int a, int b) {
        if (a < 0 || b >= words.size() || a >= b) {
            return false;
        }
        String between = text().substring(words.get(a).end(), words.get(b).start());
        for (int i = 0; i < between.length(); i++) {
            char c = between.charAt(i);
            if (c == '،' || c == ',' || c == ':' || c == '؛' || c == ';' || c == '.' || c == '(' || c == ')') {
                return true;
            }
        }
        return false;
    }

    /** True when word {@code i} sits inside quotation marks within the sentence. */
    boolean quoted(int i) {
        int open = 0;
        String t = text();
        for (int p = span.start(); p < words.get(i).start(); p++) {
            char c = t.charAt(p);
            if (c == '“' || c == '«') {
                open++;
            } else if (c == '»' && open > 0) {
                open--;
            } else if (c == '"' || c == '”') {
                open = open > 0 ? open - 1 : open + 1;
            }
        }
        return open > 0;
    }
}
