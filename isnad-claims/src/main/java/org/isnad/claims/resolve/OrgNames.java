package org.isnad.claims.resolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.isnad.claims.text.Clitics;
import org.isnad.claims.text.WordIndex;

/**
 * Organization names as head plus name: {@code كتيبة X}, {@code فرقة X}, {@code لواء X},
 * {@code الكتيبة الفرنسية}. Two unit names are one organization when their name words are the same
 * or one's are a subset of the other's; when the smaller set holds only descriptive adjectives
 * ({@code الفرنسية}, {@code الرابعة}) the heads must also agree, since {@code الفرقة الرابعة} and
 * {@code الكتيبة الرابعة} are different units.
 */
final class OrgNames {
    /** Heads of armed units and groups that may be swapped for one another in news text. */
    static final Set<String> UNIT_HEADS = Set.of("كتيبه", "فرقه", "لواء", "فوج", "فيلق", "سريه", "مجموعه", "فصيل",
            "جماعه", "تشكيل", "كتايب", "الويه", "ميليشيا", "مليشيا", "تنظيم", "حركه", "جبهه", "تجمع");

    /** Head (or "" when there is none) and name words of a folded, article-stripped token list. */
    record Parts(String head, Set<String> words) {
    }

    private OrgNames() {
    }

    static Parts parts(List<String> tokens) {
        String head = tokens.isEmpty() ? "" : unitHead(tokens.get(0));
        if (!head.isEmpty()) {
            return new Parts(head, new LinkedHashSet<>(tokens.subList(1, tokens.size())));
        }
        return new Parts("", new LinkedHashSet<>(tokens));
    }

    /** The unit head a folded word is, with or without proclitics ({@code لكتيبه}, {@code والفرقه}), or "". */
    static String unitHead(String folded) {
        for (String r : Clitics.readings(folded)) {
            String bare = Clitics.stripArticle(r);
            if (UNIT_HEADS.contains(bare)) {
                return bare;
            }
        }
        return "";
    }

    /**
     * The unit head written just before offset {@code start}, an opening quote allowed between
     * ({@code كتيبة "X}, {@code لكتيبة X}), or "" when there is none.
     */
    static String headBefore(WordIndex index, int start) {
        int i = index.firstAtOrAfter(start) - 1;
        if (i >= 0 && index.get(i).punct() && "\"«“„".contains(index.get(i).text())) {
            i--;
        }
        return i >= 0 && !index.get(i).punct() && index.get(i).end() <= start ? unitHead(index.get(i).folded()) : "";
    }

    /** True when the two names denote one unit by the rule above. */
    static boolean sameUnit(List<String> a, List<String> b) {
        Parts pa = parts(a);
        Parts pb = parts(b);
        if (pa.head().isEmpty() && pb.head().isEmpty()) {
            return false;
        }
        Parts small = pa.words().size() <= pb.words().size() ? pa : pb;
        Parts large = small == pa ? pb : pa;
        if (small.words().isEmpty() || !large.words().containsAll(small.words())) {
            return false;
        }
        boolean descriptiveOnly = small.words().stream().allMatch(OrgNames::descriptive);
        if (descriptiveOnly) {
            return !small.head().isEmpty() && small.head().equals(large.head());
        }
        return true;
    }

    /** A relative adjective or ordinal ({@code فرنسيه}, {@code رابعه}, {@code سوري}): not distinctive on its own. */
    private static boolean descriptive(String w) {
        return w.endsWith("يه") || w.endsWith("ي") || w.endsWith("يين") || w.endsWith("يون") || ORDINALS.contains(w);
    }

    private static final Set<String> ORDINALS = Set.of("اول", "اولي", "ثاني", "ثانيه", "ثالث", "ثالثه", "رابع", "رابعه",
            "خامس", "خامسه", "سادس", "سادسه", "سابع", "سابعه", "ثامن", "ثامنه", "تاسع", "تاسعه", "عاشر", "عاشره",
            "خاصه", "جديده", "جديد", "مشتركه", "اجنبيه");

    /** Generic heads of organization names that outlets drop: منظمة العفو الدولية → العفو الدولية. */
    static final Set<String> ORG_HEADS = Set.of("منظمه", "وكاله", "حركه", "حزب", "جماعه", "هيئه", "شركه", "محكمه",
            "جمعيه", "مؤسسه", "صحيفه", "قناه", "بوابه", "موقع", "اذاعه", "مركز", "جامعه", "شبكه", "تنظيم", "مجموعه", "جهاز");

    /** Heads of place names that outlets drop: مدينة X → X، قطاع غزة → غزة. */
    static final Set<String> PLACE_HEADS = Set.of("مدينه", "قطاع", "محافظه", "اقليم", "ميدان", "معبر", "بلده", "قريه",
            "مخيم", "منطقه", "ولايه", "جزيره", "مطار", "ميناء", "حي", "ريف", "العاصمه", "عاصمه");

    /**
     * A short form of an organization's name: the longer name less nisba adjectives at its end
     * ({@code وزارة الداخلية} for {@code وزارة الداخلية التونسية}, {@code الحرس الثوري} for
     * {@code الحرس الثوري الإيراني}), or less a generic head at its start ({@code العفو الدولية} for
     * {@code منظمة العفو الدولية}). The short form keeps at least one word that is not descriptive.
     */
    static boolean shortOrgName(List<String> shorter, List<String> longer) {
        int k = shorter.size();
        if (k == 0 || k >= longer.size() || shorter.stream().allMatch(OrgNames::descriptive)) {
            return false;
        }
        if (longer.subList(0, k).equals(shorter)
                && longer.subList(k, longer.size()).stream().allMatch(w -> w.endsWith("يه") || w.endsWith("ي"))) {
            return true;
        }
        return k == longer.size() - 1 && ORG_HEADS.contains(longer.get(0)) && longer.subList(1, longer.size()).equals(shorter);
    }

    /** A place named without its head: {@code غزه} for {@code قطاع غزه}, {@code نصيب} for {@code معبر نصيب}. */
    static boolean placeWithHead(List<String> shorter, List<String> longer) {
        return shorter.size() >= 1 && shorter.size() == longer.size() - 1 && PLACE_HEADS.contains(longer.get(0))
                && longer.subList(1, longer.size()).equals(shorter);
    }
}
