package org.isnad.arabic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.isnad.core.model.Token;

/**
 * The content words of a text as {@link MatchKey match keys}, for overlap and similarity measures
 * (story grouping, claim and sentence comparison). Dropped: Lucene's Arabic stop words and a few
 * general reporting verbs and connectives of news prose (both folded), punctuation, one-letter words,
 * and keys shorter than two letters. Numbers are kept.
 */
public final class ContentWords {
    /** Reporting verbs and connectives that every news article uses; folded. */
    private static final String NEWS_FUNCTION_WORDS = "قال قالت يقول تقول أكد أكدت يؤكد تؤكد أضاف أضافت "
            + "أشار أشارت أوضح أوضحت ذكر ذكرت أفاد أفادت أعلن أعلنت وقال وقالت وأكد وأكدت وأضاف وأشار وأوضح "
            + "إنه إنها انه انها أنه أنها كذلك أيضا فيما بينما وسط إثر عقب جراء بسبب لأن لكن ولكن بل إذ "
            + "لقد ليس ليست تم يتم جرى وذلك مما اليوم أمس خلال حيث";

    private static final Set<String> STOP = buildStop();
    private static final ArabicTokenizer TOKENIZER = new ArabicTokenizer();

    private ContentWords() {
    }

    private static Set<String> buildStop() {
        Set<String> stop = new HashSet<>();
        CharArraySet lucene = ArabicAnalyzer.getDefaultStopSet();
        for (Object w : lucene) {
            stop.add(ArabicNormalizer.fold(new String((char[]) w)));
        }
        for (String w : NEWS_FUNCTION_WORDS.split(" ")) {
            stop.add(ArabicNormalizer.fold(w));
        }
        return Set.copyOf(stop);
    }

    /** Whether a word is a function word (stop word) after folding. */
    public static boolean isStopWord(String word) {
        return STOP.contains(ArabicNormalizer.fold(word));
    }

    /** Content keys of a text in order, repeats kept (for term frequencies). */
    public static List<String> keyList(String text) {
        List<String> keys = new ArrayList<>();
        for (Token t : TOKENIZER.tokenize(text)) {
            String w = t.text();
            if (w.length() < 2 || !Character.isLetterOrDigit(w.codePointAt(0))) {
                continue;
            }
            String folded = ArabicNormalizer.fold(w);
            if (folded.length() > 1 && "وفبل".indexOf(folded.charAt(0)) >= 0 && Character.isDigit(folded.charAt(1))) {
                folded = folded.substring(1); // a conjunction or preposition glued to a number: و12
            }
            if (STOP.contains(folded)) {
                continue;
            }
            String key = MatchKey.of(folded);
            if (key.length() >= 2 && !STOP.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The distinct content keys of a text, in order of first appearance. */
    public static Set<String> keys(String text) {
        return new LinkedHashSet<>(keyList(text));
    }

    /** Dice coefficient of two key sets: 2|A∩B| / (|A|+|B|), 0 when either is empty. */
    public static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String x : a.size() <= b.size() ? a : b) {
            if ((a.size() <= b.size() ? b : a).contains(x)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}
