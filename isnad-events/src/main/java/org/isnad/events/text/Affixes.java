package org.isnad.events.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.arabic.Clitics;

/**
 * Readings of a folded word for exact look-up in the event lexicons: every
 * {@code proclitic + stem + ending}, where the proclitics are those of {@link Clitics#candidates}
 * (conjunction, preposition, article), plus the future prefix {@code س/وس} of verb triggers
 * ({@code سيقتحم}) that {@link Clitics} (nominal clitics only) leaves on, and the ending is a plural or
 * pronoun suffix ({@code ات ين ون ان ه ها هم هن يه}). Look-ups try every reading, so a stem is only
 * ever accepted when the lexicon has it.
 *
 * <p>Not {@link org.isnad.arabic.MatchKey}: the lexicons tell apart words that its light stemmer
 * merges ({@code قتل} before a number, {@code قتلى} after one) and the extractor needs the proclitic
 * itself (a {@code لـ} on a verbal noun marks purpose).
 */
public final class Affixes {
    private static final String[] FUTURE = {"وس", "س"};
    private static final String[] SUFFIXES = {"", "ات", "ين", "ون", "ان", "ه", "ها", "هم", "هن", "يه"};
    private static final int MIN_STEM = 2;

    private Affixes() {
    }

    /** One reading of a word: the prefix taken off (folded, possibly empty) and the stem left. */
    public record Reading(String prefix, String stem) {
    }

    /** All readings of {@code folded}, the unstripped one first; stems are at least 2 letters. */
    public static List<Reading> readings(String folded) {
        List<Reading> out = new ArrayList<>();
        for (Clitics.Segmentation s : Clitics.candidates(folded)) {
            withEndings(folded.substring(0, s.stem().start()), s.stemText(), out);
        }
        for (String p : FUTURE) {
            if (folded.startsWith(p) && folded.length() - p.length() >= MIN_STEM) {
                withEndings(p, folded.substring(p.length()), out);
                break;
            }
        }
        return out;
    }

    private static void withEndings(String prefix, String rest, List<Reading> out) {
        for (String s : SUFFIXES) {
            if (rest.endsWith(s) && rest.length() - s.length() >= MIN_STEM) {
                out.add(new Reading(prefix, rest.substring(0, rest.length() - s.length())));
            }
        }
    }

    /**
     * {@code folded} without a leading conjunction و when at least two letters are left ({@code ولم} →
     * {@code لم}); looser than {@link Clitics#split}, which keeps و on short words, because callers
     * only look the result up in small closed sets of particles.
     */
    public static String withoutAnd(String folded) {
        return folded.length() > 2 && folded.startsWith("و") ? folded.substring(1) : folded;
    }

    /** True when some reading of {@code folded} is {@code stem}. */
    public static boolean is(String folded, String stem) {
        return isAny(folded, Set.of(stem));
    }

    /** True when some reading of {@code folded} is in {@code stems}. */
    public static boolean isAny(String folded, Set<String> stems) {
        if (stems.contains(folded)) {
            return true;
        }
        for (Reading r : readings(folded)) {
            if (stems.contains(r.stem())) {
                return true;
            }
        }
        return false;
    }
}
