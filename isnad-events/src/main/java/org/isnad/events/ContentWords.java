package org.isnad.events;

import java.util.LinkedHashSet;
import java.util.Set;
import org.isnad.arabic.ArabicNormalizer;
import org.isnad.arabic.MatchKey;
import org.isnad.events.text.Word;
import org.isnad.events.text.Words;

/**
 * Content words of a text for overlap measures (package-private): {@link MatchKey match keys} of its
 * words, function words dropped.
 */
final class ContentWords {
    /** General Arabic function words and reporting verbs, folded. */
    private static final Set<String> STOP = fold(
            "في من على إلى الى عن مع أن إن ان كان كانت يكون التي الذي الذين اللذين هذا هذه ذلك تلك هؤلاء بين بعد قبل "
            + "حيث وقد قد لم لن لا ما هو هي هم هما نحن كما أو او ثم حتى عند منذ خلال كل بعض غير أي اي إلا الا عبر "
            + "ضد نحو وفق لدى لها له لهم بها به بهم فيها فيه عليها عليه منها منه وهو وهي وفي ومن وعلى قال قالت أكد "
            + "أكدت أضاف وأضاف أشار وأشار أوضح وأوضح ذكر ذكرت أفاد أفادت أعلن أعلنت وقال وقالت وأكد وأكدت إنه إنها "
            + "انه انها أنه أنها كذلك أيضا ايضا فيما بينما وسط إثر اثر عقب جراء بسبب لأن لكن ولكن بل إذ إذا اذا "
            + "لقد ليس ليست تم يتم جرى وذلك مما الذى اليوم أمس");

    private ContentWords() {
    }

    static Set<String> of(String text) {
        return of(text, 0, text.length());
    }

    static Set<String> of(String text, int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        for (Word w : Words.of(text, from, to)) {
            String f = w.folded();
            if (STOP.contains(f) || f.length() < 2) {
                continue;
            }
            String s = MatchKey.of(f);
            if (!STOP.contains(s) && (s.length() >= 3 || w.isNumber())) {
                out.add(s);
            }
        }
        return out;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    private static Set<String> fold(String words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words.split(" ")) {
            out.add(ArabicNormalizer.fold(w));
        }
        return out;
    }
}
