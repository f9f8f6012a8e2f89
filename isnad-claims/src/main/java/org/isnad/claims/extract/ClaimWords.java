package org.isnad.claims.extract;

import java.util.Set;

/** Function words of reported speech (folded): complementizers and fillers between cue and speaker. */
final class ClaimWords {
    /** {@code أن، إن، بأن} and their forms with an attached pronoun. */
    private static final Set<String> MARKERS = Set.of("ان", "بان", "انه", "انها", "انهم", "انهما", "انهن", "اننا", "انني",
            "اني", "بانه", "بانها", "بانهم", "باننا", "فان");
    private static final Set<String> BARE_MARKERS = Set.of("ان", "بان", "فان");
    /** Words that may stand between a cue and what follows without being the speaker. */
    static final Set<String> FILLERS = Set.of("فيه", "فيها", "فيهما", "فيهم", "له", "لها", "لهم", "ايضا", "كذلك", "امس",
            "اليوم", "بدوره", "بدورها", "بدورهم", "جهته", "جهتها", "جانبه", "جانبها", "من", "ذلك", "الاحد", "الاثنين",
            "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "مساء", "صباح", "عنه", "عنها", "قوله", "قولها", "قولهم", "الي");
    /** Pronouns after a cue that point back to a statement named before it: {@code قال فيه}, {@code حذرت فيه}. */
    static final Set<String> BACK_POINTERS = Set.of("فيه", "فيها", "فيهما");
    /** Heads of unnamed sources: {@code مصادر أمنية}, {@code مصدر محلي}, {@code مراقبون}. */
    static final Set<String> SOURCE_NOUNS = Set.of("مصدر", "مصادر", "المصادر", "المصدر", "مسوول", "مسوولون", "مسوولين",
            "شهود", "ناشطون", "ناشط", "مراقبون", "سكان", "اهالي", "الاهالي", "مقربون", "جهات", "اوساط", "تقارير",
            "معلومات", "مراسل", "قيادات", "عناصر", "مقاتلون", "خبراء", "محللون", "متابعون");

    /**
     * Role nouns (folded, without {@code ال}) that open a speaker's title besides the titles of names:
     * {@code منسق الأمم المتحدة ...}, {@code عضو المجلس ...}; the entity inside the title is not the speaker.
     */
    static final Set<String> ROLES = Set.of("منسق", "عضو", "مسوول", "مندوب", "ممثل", "محافظ", "مفوض", "سكرتير",
            "امين", "رييس", "مدير", "متحدث", "ناطق", "نايب", "قايد", "وزير", "سفير", "مبعوث", "مستشار");

    /** Connectives after which a verb with no subject continues the one spoken of: {@code كما نفى}, {@code ثم هدد}. */
    static final Set<String> CONNECTIVES = Set.of("كما", "ثم", "بل", "كذلك", "فيما", "بينما", "حيث", "لكنه", "ولكنه",
            "لكنها", "ولكنها", "وقد", "قد", "فقد", "لقد", "ايضا");

    private ClaimWords() {
    }

    static boolean isMarker(String folded) {
        return MARKERS.contains(folded);
    }

    /** A marker with nothing attached: the content starts after it. */
    static boolean isBareMarker(String folded) {
        return BARE_MARKERS.contains(folded);
    }
}
