package org.isnad.ingest.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.isnad.arabic.MatchKey;
import org.isnad.arabic.SentenceSplitter;
import org.isnad.core.model.Removal;
import org.isnad.core.model.Span;
import org.isnad.core.stage.BadInputException;

/**
 * Separates the article text of a page's lines from its boilerplate, in five steps:
 * <ol>
 *   <li>{@link BoilerplateRules} on each line; after an AI-summary label, the summary itself: the bullets
 *       right under it, or the next paragraph when {@value #SUMMARY_SHARE} of its words are found in the
 *       rest of the article ({@value #SUMMARY}); lines of the run's {@link RepeatedLines} ({@value #REPEATED});</li>
 *   <li>a line of {@value #MIN_DUPLICATE_WORDS}+ words whose words reappear (at least
 *       {@value #DUPLICATE_SHARE} of them) in a later line ({@value #DUPLICATE});</li>
 *   <li>the title: the one given, or the first line of three or more words. A headline-like line
 *       (at most {@value #MAX_TITLE_WORDS} words, not ending with a full stop) is taken out of the text;
 *       a paragraph stays in the text and its first sentence becomes the title. Lines repeating the title
 *       are taken out of the text too (the title is kept once, in {@code title});</li>
 *   <li>zones: the body runs from the first to the last paragraph. Outside it, short lines (at most
 *       {@value #MAX_SHORT_WORDS} words, no final punctuation) go ({@value #SHORT}); anywhere, a non-paragraph
 *       line in a block (lines not separated by a blank line) with boilerplate goes ({@value #NEAR_BOILERPLATE});
 *       inside the body, a short line stays only as a section heading, i.e. when a paragraph follows it;</li>
 *   <li>what stays is the text, one paragraph per line.</li>
 * </ol>
 * Every paragraph (a line of {@value Line#PARAGRAPH_WORDS}+ words, or {@value Line#SENTENCE_WORDS}+ words ending
 * like a sentence) is kept unless a rule of step 1 or 2 names it.
 */
final class LineCleaner {
    static final String SUMMARY = "AI summary (repeats the article)";
    static final String REPEATED = "repeated across articles";
    static final String DUPLICATE = "duplicate of body text";
    static final String SHORT = "short non-sentence line";
    static final String NEAR_BOILERPLATE = "caption or label next to boilerplate";
    static final int MIN_DUPLICATE_WORDS = 4;
    static final double DUPLICATE_SHARE = 0.9;
    /** Later lines compared with one line, per rare word, at most; an article has far fewer lines. */
    static final int MAX_DUPLICATE_CANDIDATES = 100;
    static final double SUMMARY_SHARE = 0.7;
    static final int MAX_TITLE_WORDS = 25;
    static final int MAX_SHORT_WORDS = 3;
    /** Lines from the top, above the first paragraph, where a page's date is looked for. */
    static final int HEADER_LINES = 10;
    private static final int MAX_TITLE_CHARS = 160;
    /** Marks a line taken out because it is the title; not a removal. */
    private static final String TITLE = "\u0000title";

    private LineCleaner() {
    }

    /**
     * @param title          the article's own title (page metadata, JSONL field), or null to find one
     * @param dateCandidates lines where a publication date may be stated, in page order: the lines above the
     *                       first paragraph (at most {@value #HEADER_LINES}, not the title) and every date or byline line
     */
    record Result(String title, List<String> paragraphs, List<Removal> removed, List<String> dateCandidates) {
    }

    static Result clean(List<String> rawLines, String givenTitle, Predicate<String> isRepeated)
            throws BadInputException {
        List<Line> lines = Line.split(rawLines);
        String[] reason = new String[lines.size()];
        markRules(lines, reason, isRepeated);
        markDuplicates(lines, reason);
        String title = markTitle(lines, reason, givenTitle);
        markZones(lines, reason);

        List<String> paragraphs = new ArrayList<>();
        List<Removal> removed = new ArrayList<>();
        List<String> dateCandidates = new ArrayList<>();
        int headerEnd = Math.min(HEADER_LINES, firstParagraph(lines, reason));
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (reason[i] == null) {
                paragraphs.add(line.text());
            } else if (!TITLE.equals(reason[i])) {
                removed.add(new Removal(line.text(), reason[i]));
            }
            boolean header = i < headerEnd && !TITLE.equals(reason[i]);
            if (header || BoilerplateRules.DATE.equals(reason[i]) || BoilerplateRules.BYLINE.equals(reason[i])) {
                dateCandidates.add(line.text());
            }
        }
        if (paragraphs.isEmpty()) {
            throw new BadInputException("no article text");
        }
        return new Result(title, paragraphs, removed, dateCandidates);
    }

    /** Step 1: rules, AI-summary widgets and learned repeated lines. */
    private static void markRules(List<Line> lines, String[] reason, Predicate<String> isRepeated) {
        boolean afterLabel = false;
        boolean inBullets = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String rule = BoilerplateRules.reason(line);
            if (rule != null) {
                reason[i] = rule;
                if (rule.equals(BoilerplateRules.SUMMARY_LABEL)) {
                    afterLabel = true;
                    inBullets = false;
                }
                continue;
            }
            if (line.isBullet() && (afterLabel || inBullets)) {
                reason[i] = SUMMARY; // a list right under a summary label is the summary's list
                afterLabel = false;
                inBullets = true;
                continue;
            }
            if (afterLabel) {
                afterLabel = false;
                if (repeatsRest(lines, i)) { // guards against an empty widget followed by the article
                    reason[i] = SUMMARY;
                    continue;
                }
            }
            inBullets = false;
            if (line.words() <= BoilerplateLearner.MAX_WORDS && isRepeated.test(line.text())) {
                reason[i] = REPEATED;
            }
        }
    }

    /**
     * True when most words of line {@code i} (of three letters or more) occur in the lines after it,
     * compared by {@link MatchKey} so that clitics and suffixes do not hide a repeated word.
     */
    private static boolean repeatsRest(List<Line> lines, int i) {
        Set<String> rest = new HashSet<>();
        for (int j = i + 1; j < lines.size(); j++) {
            lines.get(j).tokens().forEach(t -> rest.add(MatchKey.of(t)));
        }
        int words = 0;
        int found = 0;
        for (String token : lines.get(i).tokens()) {
            if (token.length() >= 3) {
                words++;
                found += rest.contains(MatchKey.of(token)) ? 1 : 0;
            }
        }
        return words > 0 && found >= SUMMARY_SHARE * words;
    }

    /**
     * Step 2: a line whose words are nearly all in one later line repeats it; the later one is kept.
     * Candidates come from an index of words to lines: a line holding {@value #DUPLICATE_SHARE} of the
     * words of another holds at least one of its rarest few, so only their lines are compared.
     */
    private static void markDuplicates(List<Line> lines, String[] reason) {
        Map<String, List<Integer>> linesWith = new HashMap<>();
        for (int j = 0; j < lines.size(); j++) {
            if (reason[j] == null) {
                for (String token : new HashSet<>(lines.get(j).tokens())) {
                    linesWith.computeIfAbsent(token, t -> new ArrayList<>()).add(j);
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (reason[i] != null || line.words() < MIN_DUPLICATE_WORDS) {
                continue;
            }
            List<String> rarest = new ArrayList<>(new HashSet<>(line.tokens()));
            rarest.sort(Comparator.comparingInt(t -> linesWith.get(t).size()));
            int needed = (int) Math.floor((1 - DUPLICATE_SHARE) * line.words()) + 1;
            reason[i] = repeatedLater(i, lines, reason, rarest.subList(0, Math.min(needed, rarest.size())), linesWith)
                    ? DUPLICATE : null;
        }
    }

    /** True when a later kept line, among those holding one of {@code rareTokens}, repeats line {@code i}. */
    private static boolean repeatedLater(int i, List<Line> lines, String[] reason, List<String> rareTokens,
                                         Map<String, List<Integer>> linesWith) {
        Line line = lines.get(i);
        for (String token : rareTokens) {
            List<Integer> postings = linesWith.get(token); // ascending line numbers
            int from = Collections.binarySearch(postings, i + 1);
            from = from >= 0 ? from : -from - 1;
            int to = Math.min(postings.size(), from + MAX_DUPLICATE_CANDIDATES); // never quadratic on odd pages
            for (int j : postings.subList(from, to)) {
                if (reason[j] == null && lines.get(j).words() >= line.words()
                        && containment(line.tokens(), lines.get(j).tokens()) >= DUPLICATE_SHARE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Share of the tokens of {@code a} (counted with repetition) that {@code b} also has. */
    static double containment(List<String> a, List<String> b) {
        Map<String, Integer> available = new HashMap<>();
        b.forEach(t -> available.merge(t, 1, Integer::sum));
        int found = 0;
        for (String t : a) {
            Integer n = available.get(t);
            if (n != null && n > 0) {
                found++;
                available.put(t, n - 1);
            }
        }
        return a.isEmpty() ? 0 : (double) found / a.size();
    }

    /** Step 3: finds (or takes) the title and marks the lines that merely repeat it. */
    private static String markTitle(List<Line> lines, String[] reason, String givenTitle) throws BadInputException {
        String title = givenTitle == null || givenTitle.isBlank() ? null : givenTitle.strip();
        if (title == null) {
            int first = -1;
            for (int i = 0; i < lines.size() && first < 0; i++) {
                if (reason[i] == null && lines.get(i).words() >= 3) {
                    first = i;
                }
            }
            if (first < 0) {
                throw new BadInputException("no article text");
            }
            Line line = lines.get(first);
            if (line.words() <= MAX_TITLE_WORDS && !endsWithFullStop(line.text())) {
                title = line.text();
                reason[first] = TITLE;
            } else {
                return firstSentence(line.text()); // the paragraph stays, and so does any line like it
            }
        }
        List<String> titleTokens = Line.of(0, title).tokens();
        for (int i = 0; i < lines.size(); i++) {
            List<String> tokens = lines.get(i).tokens();
            if (reason[i] == null && !tokens.isEmpty() && containment(tokens, titleTokens) >= DUPLICATE_SHARE
                    && containment(titleTokens, tokens) >= DUPLICATE_SHARE) {
                reason[i] = TITLE;
            }
        }
        return title;
    }

    /** Step 4: body zone, short lines and lines that sit in a block with boilerplate. */
    private static void markZones(List<Line> lines, String[] reason) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (reason[i] == null && lines.get(i).isParagraph()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return; // no paragraph at all: keep what is left rather than nothing
        }
        Set<Integer> boilerplateBlocks = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (reason[i] != null && !TITLE.equals(reason[i])) {
                boilerplateBlocks.add(lines.get(i).block());
            }
        }
        boolean[] paragraphFollows = new boolean[lines.size()];
        for (int i = lines.size() - 2; i >= 0; i--) {
            paragraphFollows[i] = reason[i + 1] == null ? lines.get(i + 1).isParagraph() : paragraphFollows[i + 1];
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (reason[i] != null || line.isParagraph()) {
                continue;
            }
            boolean isShort = line.words() <= MAX_SHORT_WORDS && !line.endsSentence();
            if (boilerplateBlocks.contains(line.block()) && !line.endsSentence()) {
                reason[i] = NEAR_BOILERPLATE;
            } else if (isShort && (i < first || i > last || !paragraphFollows[i])) {
                reason[i] = SHORT;
            }
        }
    }

    /** Index of the first kept paragraph, or the number of lines when there is none. */
    private static int firstParagraph(List<Line> lines, String[] reason) {
        for (int i = 0; i < lines.size(); i++) {
            if (reason[i] == null && lines.get(i).isParagraph()) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean endsWithFullStop(String text) {
        String t = text.replaceAll("[\"'”’»)\\]]+$", "");
        return t.endsWith(".") && !t.endsWith("..");
    }

    /**
     * The first sentence of a paragraph ({@link SentenceSplitter}: quotations and abbreviations do not end
     * it), without its full stop, cut at a word when very long.
     */
    static String firstSentence(String text) {
        List<Span> sentences = new SentenceSplitter().split(text);
        String sentence = sentences.isEmpty() ? text : sentences.get(0).of(text);
        sentence = sentence.endsWith(".") && !sentence.endsWith("..")
                ? sentence.substring(0, sentence.length() - 1).strip() : sentence.strip();
        if (sentence.length() <= MAX_TITLE_CHARS) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_TITLE_CHARS);
        return sentence.substring(0, cut > 0 ? cut : MAX_TITLE_CHARS).strip() + "…";
    }
}
