package org.isnad.claims.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.claims.text.Clitics;
import org.isnad.claims.text.Word;
import org.isnad.claims.text.WordIndex;

/**
 * Finds what the text itself says is one referent under two names:
 * <ul>
 *   <li>{@code X (Y)}: a name right after another in parentheses;</li>
 *   <li>{@code X المعروف بـ Y}, {@code الملقب بـ}, {@code المكنى بـ}, {@code الشهير بـ}, {@code المدعو};</li>
 *   <li>{@code Y، في إشارة إلى X}.</li>
 * </ul>
 * When the alias after {@code المعروف بـ} (or a quoted one before {@code في إشارة إلى}) was not marked by
 * the recognizer, a synthetic form of the other name's type is made for it.
 */
final class AliasLinker {
    private static final Set<String> KNOWN_AS = Set.of("معروف", "معروفه", "ملقب", "ملقبه", "مكني", "مكنيه", "مكنا",
            "شهير", "شهيره", "مدعو", "مدعوه", "مسمي", "مسماه", "يلقب", "تلقب", "يعرف", "تعرف", "يكني");
    private static final Set<String> BY = Set.of("ب", "باسم", "بلقب", "بكنيه");
    /** Longest unquoted alias taken after {@code المعروف بـ}, in words. */
    private static final int MAX_ALIAS_WORDS = 3;

    /** Two forms (indexes into the list given to {@link #link}) that name one referent. */
    record Link(int a, int b) {
    }

    private AliasLinker() {
    }

    /**
     * Links among {@code forms} of one article (sorted by start); synthetic forms for unmarked
     * aliases are appended to {@code forms}, so links may name them.
     */
    static List<Link> link(List<Form> forms, WordIndex index) {
        List<Link> links = new ArrayList<>();
        int n = forms.size();
        for (int k = 0; k < n; k++) {
            Form a = forms.get(k);
            int i = index.firstAtOrAfter(a.end());
            int aliasStart = parenthesis(index, i);
            if (aliasStart < 0) {
                aliasStart = knownAs(index, i);
                if (aliasStart >= 0) {
                    int b = formAt(forms, aliasStart);
                    if (b < 0) {
                        Form s = synthetic(a, index, aliasStart);
                        if (s != null) {
                            forms.add(s);
                            b = forms.size() - 1;
                        }
                    }
                    if (b >= 0) {
                        links.add(new Link(k, b));
                    }
                    continue;
                }
            } else {
                int b = formAt(forms, aliasStart);
                if (b >= 0 && closesParenthesis(index, forms.get(b).end())) {
                    links.add(new Link(k, b));
                }
            }
            reference(forms, k, index, links);
        }
        return links;
    }

    /** {@code ( "Y} after word index {@code i}: the offset where Y starts, or -1. */
    private static int parenthesis(WordIndex index, int i) {
        if (i >= index.size() || !index.get(i).text().equals("(")) {
            return -1;
        }
        i++;
        while (i < index.size() && isQuote(index.get(i))) {
            i++;
        }
        return i < index.size() ? index.get(i).start() : -1;
    }

    private static boolean closesParenthesis(WordIndex index, int end) {
        int i = index.firstAtOrAfter(end);
        while (i < index.size() && isQuote(index.get(i))) {
            i++;
        }
        return i < index.size() && index.get(i).text().equals(")");
    }

    /** {@code ، المعروف بـ "} after word index {@code i}: the offset where the alias starts, or -1. */
    private static int knownAs(WordIndex index, int i) {
        if (i < index.size() && MentionTrimmer.isComma(index.get(i))) {
            i++;
        }
        if (i >= index.size() || !KNOWN_AS.contains(Clitics.stripArticle(index.get(i).folded()))) {
            return -1;
        }
        i++;
        if (i < index.size() && BY.contains(index.get(i).folded())) {
            i++;
        } else if (i < index.size() && index.get(i).folded().startsWith("ب") && index.get(i).folded().length() > 2) {
            return index.get(i).start() + 1 + tatweel(index.get(i).text());
        }
        while (i < index.size() && isQuote(index.get(i))) {
            i++;
        }
        return i < index.size() && !index.get(i).punct() ? index.get(i).start() : -1;
    }

    private static int tatweel(String word) {
        return word.length() > 1 && word.charAt(1) == '\u0640' ? 1 : 0;
    }

    /** {@code Y، في إشارة إلى X} where X is form {@code k}: links Y (a form, or a quoted text made a form). */
    private static void reference(List<Form> forms, int k, WordIndex index, List<Link> links) {
        Form x = forms.get(k);
        int i = index.firstAtOrAfter(x.start()) - 1;
        if (i < 0) {
            return;
        }
        while (i > 0 && Titles.isTitle(index.get(i).folded())) {
            i--; // في إشارة إلى الرئيس X, the title trimmed off the mention
        }
        Word w = index.get(i);
        boolean attached = (w.end() > x.start() && w.folded().startsWith("ل")) // في إشارة للرئيس X
                || (w.folded().startsWith("ل") && w.folded().length() > 3 && Titles.isTitle(w.folded().substring(
                w.folded().startsWith("لل") ? 2 : 1)));
        boolean separate = w.folded().equals("الي") || w.folded().equals("ل");
        int at; // index of اشاره
        if (attached || separate) {
            at = i - 1;
        } else if (w.folded().equals("اشاره") && x.surface().startsWith("ل")) { // the mention took the ل
            at = i;
        } else {
            return;
        }
        if (at < 1 || !index.get(at).folded().equals("اشاره") || !index.get(at - 1).folded().equals("في")) {
            return;
        }
        int j = at - 2;
        if (j >= 0 && MentionTrimmer.isComma(index.get(j))) {
            j--;
        }
        if (j < 0) {
            return;
        }
        int yEnd = index.get(j).end();
        for (int y = 0; y < forms.size(); y++) {
            if (y != k && forms.get(y).end() == yEnd && forms.get(y).article() == x.article()) {
                links.add(new Link(y, k));
                return;
            }
        }
        if (isQuote(index.get(j))) {
            int open = j - 1;
            while (open >= 0 && j - open <= MAX_ALIAS_WORDS + 1 && !index.get(open).punct()) {
                open--;
            }
            if (open >= 0 && open < j - 1 && isQuote(index.get(open))) {
                Form y = make(x, index, open + 1, j - 1);
                int existing = formAt(forms, y.start());
                if (existing >= 0) {
                    links.add(new Link(existing, k));
                } else {
                    forms.add(y);
                    links.add(new Link(forms.size() - 1, k));
                }
            }
        }
    }

    /** The alias starting at {@code start}: up to a closing quote, or up to three words before punctuation. */
    private static Form synthetic(Form other, WordIndex index, int start) {
        int i = index.firstAtOrAfter(start);
        boolean insideWord = i > 0 && index.get(i - 1).end() > start;
        int first = insideWord ? i - 1 : i;
        boolean quoted = first > 0 && isQuote(index.get(first - 1));
        int last = first;
        while (last + 1 < index.size() && last + 1 - first < (quoted ? 6 : MAX_ALIAS_WORDS)
                && !index.get(last + 1).punct()) {
            last++;
        }
        if (first >= index.size() || index.get(first).punct()) {
            return null;
        }
        if (quoted && !(last + 1 < index.size() && isQuote(index.get(last + 1)))) {
            return null;
        }
        Form f = make(other, index, first, last);
        if (insideWord) {
            String text = index.text().substring(start, f.end());
            List<String> tokens = Names.tokens(org.isnad.claims.text.Words.of(text));
            return tokens.isEmpty() ? null
                    : new Form(f.article(), f.order(), start, f.end(), f.type(), tokens, List.of(), true);
        }
        return f;
    }

    private static Form make(Form other, WordIndex index, int first, int last) {
        List<Word> words = index.words().subList(first, last + 1);
        return new Form(other.article(), other.order(), words.get(0).start(), words.get(words.size() - 1).end(),
                other.type(), Names.tokens(words), List.of(), true);
    }

    /** Index of the form starting at {@code start} (or whose first word contains it), or -1. */
    private static int formAt(List<Form> forms, int start) {
        for (int f = 0; f < forms.size(); f++) {
            if (forms.get(f).start() <= start && start < forms.get(f).end()
                    && start - forms.get(f).start() <= 2) {
                return f;
            }
        }
        return -1;
    }

    private static boolean isQuote(Word w) {
        return w.punct() && "\"'«»“”„".indexOf(w.text().charAt(0)) >= 0;
    }
}
