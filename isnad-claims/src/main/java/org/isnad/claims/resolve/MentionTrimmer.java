package org.isnad.claims.resolve;

import java.util.ArrayList;
import java.util.List;
import org.isnad.claims.text.Word;
import org.isnad.claims.text.WordIndex;
import org.isnad.claims.text.Words;
import org.isnad.core.model.Article;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.Mention;

/**
 * Turns a recognizer mention into a {@link Form}: punctuation at the edges is cut off; for a person,
 * leading titles ({@code العميد}, {@code وزير الخارجية}) leave the name and become descriptions, as do
 * titles written just before it and appositive role phrases around it
 * ({@code X، قائد الأمن الداخلي في Y،} or {@code قائد الشرطة في Y، العميد X}).
 */
final class MentionTrimmer {
    /** Longest appositive role phrase taken, in words. */
    private static final int MAX_ROLE_WORDS = 9;

    private MentionTrimmer() {
    }

    /** The form of {@code m}, or null when nothing of a name is left. */
    static Form trim(Mention m, Article article, int order, WordIndex index) {
        // the mention's own words: a recognizer may start a mention inside a text word (after a clitic)
        List<Word> words = new ArrayList<>();
        for (Word w : nameWords(m, article.text())) {
            if (!w.punct()) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        if (m.type() != EntityType.PERSON) {
            words = withoutConjunction(words);
        }
        List<String> descriptions = new ArrayList<>();
        if (m.type() == EntityType.PERSON) {
            int cut = titleLength(words);
            if (cut > 0) {
                descriptions.add(article.text().substring(words.get(0).start(), words.get(cut - 1).end()));
                words = words.subList(cut, words.size());
            }
        }
        int start = words.get(0).start();
        int end = words.get(words.size() - 1).end();
        if (m.type() == EntityType.PERSON) {
            before(index, start, descriptions);
            after(index, end, descriptions);
        }
        List<String> attributes = m.type() == EntityType.ORGANIZATION ? attribute(index, end) : List.of();
        String head = m.type() == EntityType.ORGANIZATION ? OrgNames.headBefore(index, start) : "";
        return new Form(article, order, start, end, m.type(), Names.tokens(words), descriptions, false, attributes, head);
    }

    /**
     * The tokens of the mention (offsets into the article) up to where the name stops: at sentence
     * punctuation, a comma or bracket ({@code X الفرنسية، تسير باتجاه} keeps {@code X الفرنسية}), at
     * the quote that closes a quotation the mention started inside ({@code X" الفرنسية} keeps
     * {@code X}), or at a quote that opens a quotation closed only after the mention. A quotation
     * wholly inside the mention is part of the name ({@code كتيبة "X"}).
     */
    private static List<Word> nameWords(Mention m, String text) {
        int base = m.span().start();
        List<Word> tokens = new ArrayList<>();
        for (Word w : Words.of(m.text())) {
            tokens.add(new Word(w.text(), base + w.start(), base + w.end(), w.folded(), w.punct()));
        }
        boolean startedInside = opensBefore(text, base);
        boolean seenWord = false;
        int openInside = 0;
        List<Word> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Word w = tokens.get(k);
            if (!w.punct()) {
                seenWord = true;
                out.add(w);
                continue;
            }
            if (!seenWord) {
                if (isQuote(w)) {
                    openInside++;
                }
                continue;
            }
            if (SEPARATORS.indexOf(w.text().charAt(0)) >= 0) {
                break;
            }
            if (isQuote(w)) {
                if (openInside > 0 && closes(w)) {
                    openInside--;
                } else if (startedInside && closes(w)) {
                    break; // the quotation the mention started in ends here
                } else if (closedWithin(tokens, k)) {
                    openInside++;
                } else {
                    break; // a quotation that runs past the mention is not part of the name
                }
            }
            out.add(w);
        }
        return out;
    }

    private static final String SEPARATORS = ".،,؛;:!?؟()[]";

    private static boolean isQuote(Word w) {
        return w.punct() && "\"«»“”„".indexOf(w.text().charAt(0)) >= 0;
    }

    /** A quote that may close a quotation: {@code » ”} or the neutral {@code "}. */
    private static boolean closes(Word w) {
        return "\"»”".indexOf(w.text().charAt(0)) >= 0;
    }

    private static boolean closedWithin(List<Word> tokens, int k) {
        for (int j = k + 1; j < tokens.size(); j++) {
            if (isQuote(tokens.get(j)) && closes(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** True when an opening quote stands right before {@code start} (spaces between allowed). */
    private static boolean opensBefore(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && "\"«“„".indexOf(text.charAt(i)) >= 0;
    }

    /** A definite relative adjective right after an organization mention, past a closing quote. */
    private static List<String> attribute(WordIndex index, int end) {
        int i = index.firstAtOrAfter(end);
        while (i < index.size() && index.get(i).punct() && "\"»”'".contains(index.get(i).text())) {
            i++;
        }
        if (i < index.size() && !index.get(i).punct()) {
            String f = index.get(i).folded();
            if (f.startsWith("ال") && (f.endsWith("يه") || f.endsWith("ي")) && f.length() >= 6) {
                return List.of(org.isnad.claims.text.Clitics.stripArticle(f));
            }
        }
        return List.of();
    }

    /** How many leading words are a title, leaving at least one word of name. */
    private static int titleLength(List<Word> words) {
        int i = 0;
        while (i < words.size() - 1 && Titles.isTitle(words.get(i).folded())) {
            String title = words.get(i).folded();
            // an indefinite head takes a complement (وزير الخارجية، زعيم الحركة); الرئيس الأسد is title + name
            boolean construct = !title.startsWith("ال") && Titles.HEADED.contains(title);
            boolean general = title.equals("الامين") && words.get(i + 1).folded().equals("العام");
            i++;
            if (construct || general) {
                if (!words.get(i).folded().startsWith("ال") || Titles.isTitle(words.get(i).folded())) {
                    continue;
                }
                if (i == words.size() - 1) {
                    return 0; // a role with no name in it: keep the mention whole
                }
                i++;
            }
        }
        return i;
    }

    /** Titles just before the name, and a role phrase closed by a comma before them. */
    private static void before(WordIndex index, int start, List<String> descriptions) {
        int i = index.firstAtOrAfter(start) - 1;
        int titleEnd = i;
        while (i >= 0 && i > titleEnd - 3 && !index.get(i).punct() && Titles.isTitle(index.get(i).folded())) {
            i--;
        }
        if (i < titleEnd) {
            descriptions.add(index.textOf(i + 1, titleEnd));
        }
        if (i >= 1 && isComma(index.get(i))) {
            int last = i - 1;
            int head = -1;
            for (int j = last; j >= 0 && j > last - MAX_ROLE_WORDS && !index.get(j).punct(); j--) {
                String f = stripConjunction(index.get(j).folded());
                if (Titles.ROLE_HEADS.contains(org.isnad.claims.text.Clitics.stripArticle(f))) {
                    head = j;
                }
            }
            if (head >= 0) {
                descriptions.add(index.textOf(head, last));
            }
        }
    }

    /** A role phrase after the name: {@code ، قائد الأمن الداخلي في Y،}. */
    private static void after(WordIndex index, int end, List<String> descriptions) {
        int i = index.firstAtOrAfter(end);
        if (i + 1 >= index.size() || !isComma(index.get(i)) || !Titles.isRoleHead(index.get(i + 1).folded())) {
            return;
        }
        int j = i + 1;
        while (j < index.size() && j <= i + MAX_ROLE_WORDS && !index.get(j).punct()) {
            j++;
        }
        boolean closed = j < index.size() && (isComma(index.get(j)) || ".".equals(index.get(j).text()));
        if (closed || j == index.size()) {
            descriptions.add(index.textOf(i + 1, j - 1));
        }
    }

    /**
     * A conjunction و the recognizer took into a name ({@code واليابان}, {@code وألمانيا},
     * {@code والمملكة المتحدة}) is cut off when what follows it cannot begin a word after و inside a
     * name: the article ال or a hamza on alef. A name that itself starts with و ({@code واشنطن},
     * {@code وادي X}) has a bare alef or another letter there and is kept.
     */
    static List<Word> withoutConjunction(List<Word> words) {
        Word first = words.get(0);
        String t = first.text();
        if (t.length() < 5 || t.charAt(0) != 'و' || !(t.startsWith("ال", 1) || "أإآ".indexOf(t.charAt(1)) >= 0)
                || first.folded().isEmpty() || first.folded().charAt(0) != 'و') {
            return words;
        }
        List<Word> out = new ArrayList<>(words);
        out.set(0, new Word(t.substring(1), first.start() + 1, first.end(), first.folded().substring(1), false));
        return out;
    }

    private static String stripConjunction(String folded) {
        return folded.length() > 3 && folded.charAt(0) == 'و' ? folded.substring(1) : folded;
    }

    static boolean isComma(Word w) {
        return w.punct() && (w.text().equals("،") || w.text().equals(","));
    }
}
