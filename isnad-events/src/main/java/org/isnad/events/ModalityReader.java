package org.isnad.events;

import java.util.Set;
import org.isnad.events.text.Affixes;

/**
 * Decides the {@link Modality} of a trigger from the few words before it (package-private): negators,
 * hypothetical cues (threats, warnings, conditionals, "any attempt", demands), failure and stopping
 * words, a court's sentence before the trigger, attempt words and purpose markers. The look-back stops at clause punctuation. All cue words are general Arabic.
 */
final class ModalityReader {
    private static final int WINDOW = 6;
    private static final Set<String> NEGATORS = Set.of("لم", "لن", "لا", "ليس", "ليست", "دون", "بدون", "عدم", "بعدم", "غير");
    private static final Set<String> NOT_NEGATING_NEXT = Set.of("يزال", "تزال", "سيما", "يبدو", "بد");
    private static final Set<String> HYPOTHETICAL = Set.of("اي", "حال", "اذا", "لو", "سوف", "تهديد", "تهديدا",
            "يهدد", "تهدد", "هدد", "هددت", "حذر", "حذرت", "يحذر", "تحذر", "تحذير", "تحذيرات", "توعد", "منع", "تفادي",
            "احتمال", "احتماليه", "خشيه", "مخاوف", "يخشي", "قد", "امكانيه", "خطر", "لمنع", "لتفادي", "تجنب", "لتجنب");
    private static final Set<String> ATTEMPT = Set.of("محاوله", "محاولات", "حاول", "حاولت", "يحاول", "تحاول");
    private static final Set<String> PURPOSE = Set.of("بهدف", "هدف", "الهدف", "اجل", "بغيه", "سعيا", "تهدف",
            "يهدف", "لغرض");
    private static final Set<String> PURPOSE_PREFIXES = Set.of("ل", "لل", "ول", "فل", "ولل", "فلل");
    /** Demands and calls: what is called for has not happened ({@code دعا إلى وقف}, {@code طالبت بالإفراج}). */
    private static final Set<String> DEMAND = Set.of("دعا", "دعت", "يدعو", "تدعو", "دعوه", "دعوات", "طالب", "طالبت",
            "يطالب", "تطالب", "مطالبه", "مطالبات");
    /** Failure and stopping: {@code أخفق في الاتفاق}, {@code فشل الهجوم}, {@code وقف القتال} report no new happening. */
    private static final Set<String> FAILED_OR_STOPPED = Set.of("فشل", "فشلت", "اخفق", "اخفقت", "تعذر", "وقف", "ايقاف",
            "توقف", "انهاء");
    /**
     * A court's sentence anywhere before the trigger in the sentence ({@code قضت المحكمة، السبت، بإعدام},
     * {@code أحكام الإعدام}): a sentence is passed, the punishment has not happened.
     */
    private static final Set<String> SENTENCE = Set.of("قضت", "قضي", "حكم", "حكما", "حكمها", "حكمه", "احكام",
            "بحكم", "باحكام", "محكوم", "المحكوم", "عقوبه", "عقوبات", "بعقوبه");
    /** Charges: {@code اتهامات من بينها القتل العمد}, {@code بتهمة الاعتداء}: alleged, not established. */
    private static final Set<String> CHARGE = Set.of("اتهام", "اتهامات", "تهمه", "تهم", "بتهمه", "بتهم", "اسندت",
            "متهم", "متهمين", "المتهمين", "ادعاءات", "مزاعم");
    /**
     * Where the look-back stops: a relative clause states its own fact ({@code الاتفاق الذي سُلم بموجبه}),
     * and a time phrase dates a happening ({@code ينص على وقف إطلاق النار بعد اشتباكات}).
     */
    private static final Set<String> RELATIVE = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "حيث", "بعد",
            "عقب", "اثر", "منذ", "خلال", "جراء", "بسبب");
    private static final Set<String> THREAT = Set.of("تهديد", "هدد", "حذر", "تحذير", "توعد", "يهدد", "تهدد");
    /** A refusal: {@code يرفض تسليم سلاحه}, {@code الرافضين للتسوية}: what is refused has not happened. */
    private static final Set<String> REFUSAL = Set.of("رفض", "رفضت", "يرفض", "ترفض", "رفضوا", "يرفضون", "رفضه",
            "رفضها", "رافض", "رافضين", "الرافضين", "رافضون", "الرافضون", "يمتنع", "امتنع", "امتنعت");
    /**
     * The content of a plan, offer or deal, or assent to it: {@code يتضمن تسليم السلاح}, {@code تنص على},
     * {@code وافقوا على تسليم}, {@code مقترح}, {@code تقترب من اتفاق}: proposed or agreed, not yet done.
     */
    private static final Set<String> PLANNED = Set.of("يتضمن", "تتضمن", "تضمن", "يشمل", "تشمل", "ينص", "تنص",
            "يقضي", "تقضي", "بنود", "بند", "خطه", "خطط", "مقترح", "مقترحات", "اقتراح", "مشروع", "وافق", "وافقت",
            "وافقوا", "موافقه", "تقترب", "يقترب", "اقتراب", "مستعد", "مستعده", "استعداد", "يعتزم", "تعتزم", "تنوي",
            "ينوي", "يجب", "ينبغي", "ضروره", "امكان");

    private ModalityReader() {
    }

    /** The word, or the word without one proclitic letter ({@code بوقف}, {@code لوقف}), is in {@code set}. */
    private static boolean isAny(String bare, Set<String> set) {
        return set.contains(bare) || (bare.length() > 3 && set.contains(bare.substring(1)));
    }

    static Modality read(Sentence s, int trigger, String prefix) {
        if (prefix.equals("س") || prefix.equals("وس") || prefix.equals("فس")) {
            return Modality.HYPOTHETICAL; // سيقتحم، وستغلق: future
        }
        boolean attempt = false;
        boolean purpose = PURPOSE_PREFIXES.contains(prefix);
        for (int k = trigger - 1; k >= Math.max(0, trigger - WINDOW); k--) {
            if (s.breakBetween(k, k + 1)) {
                break;
            }
            String f = s.folded(k);
            String bare = Affixes.withoutAnd(f);
            if (RELATIVE.contains(bare)) {
                break;
            }
            if (NEGATORS.contains(bare) && !NOT_NEGATING_NEXT.contains(s.folded(k + 1))) {
                return Modality.NEGATED;
            }
            if (isAny(bare, FAILED_OR_STOPPED) || isAny(f, FAILED_OR_STOPPED) || isAny(bare, REFUSAL)) {
                return Modality.NEGATED; // f too: withoutAnd("وقف") is "قف"
            }
            if (isAny(bare, HYPOTHETICAL) || isAny(bare, DEMAND) || isAny(bare, PLANNED) || isAny(bare, CHARGE)) {
                return Modality.HYPOTHETICAL;
            }
            if (trigger - k <= 3 && (Affixes.isAny(f, ATTEMPT))) {
                attempt = true;
            }
            if (trigger - k <= 2 && PURPOSE.contains(bare)) {
                purpose = true;
            }
        }
        for (int k = 0; k < trigger; k++) {
            if (isAny(Affixes.withoutAnd(s.folded(k)), SENTENCE)) {
                return Modality.HYPOTHETICAL;
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
