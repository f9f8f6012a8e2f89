package org.isnad.events;

import java.util.Set;
import org.isnad.events.text.Affixes;

/**
 * Decides the {@link Modality} of a trigger from the few words before it (package-private): negators,
 * hypothetical cues (threats, warnings, conditionals, "any attempt"), attempt words and purpose
 * markers. The look-back stops at clause punctuation. All cue words are general Arabic.
 */
final class ModalityReader {
    private static final int WINDOW = 4;
    private static final Set<String> NEGATORS = Set.of("لم", "لن", "لا", "ليس", "ليست", "دون", "بدون", "عدم", "بعدم");
    private static final Set<String> NOT_NEGATING_NEXT = Set.of("يزال", "تزال", "سيما", "يبدو", "بد");
    private static final Set<String> HYPOTHETICAL = Set.of("اي", "حال", "اذا", "لو", "سوف", "تهديد", "تهديدا",
            "يهدد", "تهدد", "هدد", "هددت", "حذر", "حذرت", "يحذر", "تحذر", "تحذير", "تحذيرات", "توعد", "منع", "تفادي",
            "احتمال", "احتماليه", "خشيه", "مخاوف", "يخشي", "قد", "امكانيه", "خطر", "لمنع", "لتفادي", "تجنب", "لتجنب");
    private static final Set<String> ATTEMPT = Set.of("محاوله", "محاولات", "حاول", "حاولت", "يحاول", "تحاول");
    private static final Set<String> PURPOSE = Set.of("بهدف", "هدف", "الهدف", "اجل", "بغيه", "سعيا", "تهدف",
            "يهدف", "لغرض");
    private static final Set<String> PURPOSE_PREFIXES = Set.of("ل", "لل", "ول", "فل", "ولل", "فلل");
    private static final Set<String> THREAT = Set.of("تهديد", "هدد", "حذر", "تحذير", "توعد", "يهدد", "تهدد");

    private ModalityReader() {
    }

    static Modality read(Sentence s, int trigger, String prefix) {
        boolean attempt = false;
        boolean purpose = PURPOSE_PREFIXES.contains(prefix);
        for (int k = trigger - 1; k >= Math.max(0, trigger - WINDOW); k--) {
            if (s.breakBetween(k, k + 1)) {
                break;
            }
            String f = s.folded(k);
            String bare = Affixes.withoutAnd(f);
            if (NEGATORS.contains(bare) && !NOT_NEGATING_NEXT.contains(s.folded(k + 1))) {
                return Modality.NEGATED;
            }
            if (HYPOTHETICAL.contains(bare) || (bare.length() > 3 && HYPOTHETICAL.contains(bare.substring(1)))) {
                return Modality.HYPOTHETICAL;
            }
            if (trigger - k <= 3 && (Affixes.isAny(f, ATTEMPT))) {
                attempt = true;
            }
            if (trigger - k <= 2 && PURPOSE.contains(bare)) {
                purpose = true;
            }
        }
        if (s.quoted(trigger)) {
            for (int k = 0; k < s.words.size(); k++) {
                if (Affixes.isAny(s.folded(k), THREAT)) {
                    return Modality.HYPOTHETICAL;
                }
            }
        }
        if (attempt) {
            return Modality.ATTEMPTED;
        }
        return purpose ? Modality.INTENDED : Modality.ASSERTED;
    }
}
