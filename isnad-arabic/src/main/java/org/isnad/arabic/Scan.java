package org.isnad.arabic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs anchored patterns only where they can start (number starts, or words that pass a trigger
 * test) instead of at every char: a {@code find()} over a whole article would try every
 * alternation at every position, which was most of the date finder's time.
 */
final class Scan {
    private Scan() {
    }

    /** Offsets where a run of ASCII digits starts. */
    static List<Integer> digitStarts(String f) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < f.length(); i++) {
            if (isDigit(f.charAt(i)) && (i == 0 || !isDigit(f.charAt(i - 1)))) {
                out.add(i);
            }
        }
        return out;
    }

    /** Offsets where a letter word starts whose folded text passes {@code trigger}. */
    static List<Integer> wordStarts(String f, Predicate<String> trigger) {
        List<Integer> out = new ArrayList<>();
        int n = f.length();
        int i = 0;
        while (i < n) {
            if (Character.isLetter(f.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(f.charAt(i - 1)))) {
                int end = i;
                while (end < n && Character.isLetter(f.charAt(end))) {
                    end++;
                }
                if (trigger.test(f.substring(i, end))) {
                    out.add(i);
                }
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** A trigger test: the word, less a leading {@code و/ف}, {@code ب} and {@code ال}, is in {@code words}. */
    static Predicate<String> anyOf(Set<String> words) {
        return w -> {
            String b = w;
            for (int k = 0; k < 2 && b.length() > 2 && (b.charAt(0) == 'و' || b.charAt(0) == 'ف' || b.charAt(0) == 'ب'); k++) {
                if (words.contains(b) || words.contains(stripAl(b))) {
                    return true;
                }
                b = b.substring(1);
            }
            return words.contains(b) || words.contains(stripAl(b));
        };
    }

    private static String stripAl(String w) {
        return w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
    }

    /** Runs {@code p} anchored at each offset; the consumer gets every successful match. */
    static void matchAt(Pattern p, String f, List<Integer> starts, java.util.function.Consumer<Matcher> onMatch) {
        Matcher m = p.matcher(f);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        for (int s : starts) {
            m.region(s, f.length());
            if (m.lookingAt()) {
                onMatch.accept(m);
            }
        }
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
