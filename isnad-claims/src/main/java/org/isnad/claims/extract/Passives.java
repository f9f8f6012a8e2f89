package org.isnad.claims.extract;

import java.util.Set;
import org.isnad.claims.text.Word;

/**
 * Reporting verbs in the passive voice, told by their vowel marks: {@code أُعلن}, {@code نُقل عن},
 * {@code يُتهم}, {@code يُقال}. A passive names no speaker: the noun after it is what
 * was announced or who is accused ({@code يُتهم X بـ}: X is accused, not accusing). Without vowel
 * marks the active and passive are written alike and the verb is read as active.
 */
final class Passives {
    private static final char DAMMA = '\u064F';
    /** Families of the first and eighth forms, whose active present has no damma on its prefix. */
    private static final Set<String> DAMMA_PRESENT_IS_PASSIVE = Set.of("قال", "كشف", "ذكر", "نقل", "زعم", "نفى",
            "اتهم", "ادعى", "اعتبر", "اعترف", "رأى", "لفت");

    private Passives() {
    }

    /** True when the cue word (as written) is a passive form of a verb of {@code family}. */
    static boolean isPassive(Word w, String family) {
        String t = w.text();
        int first = 0;
        if (t.length() > 2 && (t.charAt(0) == 'و' || t.charAt(0) == 'ف') && Cues.conjoined(w.folded())) {
            first = 1;
        }
        if (first + 1 >= t.length() || t.charAt(first + 1) != DAMMA) {
            return false;
        }
        return Cues.isPast(w.folded()) || DAMMA_PRESENT_IS_PASSIVE.contains(family);
    }
}
