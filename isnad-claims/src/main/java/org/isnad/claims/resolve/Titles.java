package org.isnad.claims.resolve;

import java.util.Set;
import org.isnad.claims.text.Clitics;

/**
 * Titles, ranks and role words of Arabic news (folded, without the article {@code ال}): what is
 * moved out of a person's name into the entity's descriptions.
 */
public final class Titles {
    /** Words that precede a person's name as a title or rank: {@code العميد}, {@code الرئيس}, {@code الشيخ}... */
    static final Set<String> TITLES = Set.of("عميد", "لواء", "عقيد", "مقدم", "رايد", "نقيب", "ملازم", "جنرال", "مشير",
            "فريق", "عماد", "رقيب", "رييس", "شيخ", "امير", "ملك", "ملكه", "وزير", "وزيره", "سيد", "سيده", "دكتور", "دكتوره",
            "مهندس", "حاج", "امام", "مفتي", "نايب", "سفير", "مبعوث", "محامي", "قاضي", "ناشط", "ناشطه", "صحفي", "صحافي",
            "صحفيه", "قايد", "قيادي", "زعيم", "مستشار", "متحدث", "ناطق", "استاذ", "مطران", "بطريرك", "داعيه", "معارض",
            "راحل", "فنان", "فنانه", "ممثل", "مغني", "مغنيه", "كاتب", "روايي", "شاعر", "مخرج", "لاعب", "مدرب", "مدير",
            "امين", "ولي", "ركن", "منشق", "مقاتل", "جهادي", "د");
    /** Titles whose complement follows: {@code وزير الخارجية}, {@code ولي العهد}, {@code الأمين العام}. */
    static final Set<String> HEADED = Set.of("رييس", "وزير", "وزيره", "قايد", "مدير", "امين", "ولي", "نايب", "مستشار",
            "سفير", "متحدث", "ناطق", "مبعوث", "زعيم", "امير");
    /** Words that open an appositive role phrase: {@code قائد الأمن في ...}, {@code أحد قادة ...}. */
    static final Set<String> ROLE_HEADS = Set.of("قايد", "رييس", "متحدث", "ناطق", "مدير", "وزير", "عضو", "مسوول",
            "قيادي", "احد", "زعيم", "امير", "موسس", "نايب", "مستشار", "ممثل", "امين", "ضابط", "مقاتل", "شقيق", "نجل",
            "زوج", "زوجه", "ابن", "والد", "والده", "مبعوث", "سفير", "منسق", "قاضي", "محافظ", "عميد", "لواء",
            "عقيد", "شيخ", "مراسل", "خبير", "باحث", "استاذ", "مفتي");

    private Titles() {
    }

    /** True when the folded word (with or without proclitics) is a title. */
    public static boolean isTitle(String folded) {
        return TITLES.contains(Clitics.stripArticle(folded));
    }

    /** True when the folded word opens a role phrase. */
    static boolean isRoleHead(String folded) {
        return ROLE_HEADS.contains(Clitics.stripArticle(folded)) || isDefiniteNisba(folded);
    }

    /** {@code الفرنسي}, {@code السوري}: a definite relative adjective, often an appositive. */
    static boolean isDefiniteNisba(String folded) {
        return folded.startsWith("ال") && folded.endsWith("ي") && folded.length() >= 6 && !folded.equals("الذي");
    }
}
