package org.isnad.events;

import java.util.List;
import java.util.Set;
import org.isnad.core.model.Count;
import org.isnad.core.model.EntityType;
import org.isnad.core.model.EventType;
import org.isnad.events.text.Affixes;
import org.isnad.events.text.PhraseLexicon;
import org.isnad.events.text.Words;

/**
 * Whether a trigger is used in its event sense with the arguments that sense needs (package-private).
 * A trigger that fails is no event at all (not a mention with another modality):
 * <ul>
 * <li>sport: in a sentence about a match, team or league, {@code هجوم}, {@code معركة}, {@code سلم} are
 *     the game's words;</li>
 * <li>figurative: {@code هجوم إعلامي}, {@code هجوما لاذعا}, {@code حرب كلامية}: words, not violence;</li>
 * <li>an arrest needs someone arrested: a named target, an ARRESTED count, or, for a verbal noun
 *     without the article, a word after it in its clause ({@code اعتقال ناشطين}); a definite noun alone
 *     ({@code خوفا من الاعتقالات}) is the practice, not a happening;</li>
 * <li>a handover needs a finite verb ({@code سلمت الفصائل المعبر}): the noun {@code تسليم} names what a
 *     deal, plan or demand contains;</li>
 * <li>an attack needs a target or a place in its sentence, or a violent context (casualties, weapons).</li>
 * </ul>
 */
final class SenseReader {
    private static final Set<String> SPORT = Words.keys("مباراة", "مباراه", "مباريات", "كرة", "الكرة", "الدوري",
            "دوري", "منتخب", "المنتخب", "لاعب", "اللاعب", "لاعبي", "لاعبين", "الشوط", "شوط", "المدرب", "مدرب",
            "بطولة", "البطولة", "كأس", "نادي", "النادي", "الملعب", "ملعب", "المهاجم",
            "مهرجان", "المهرجان", "فيلم", "الفيلم", "السينما", "الأوسكار", "جائزة");
    private static final Set<String> FIGURATIVE = Words.keys("إعلامي", "إعلاميا", "إعلامية", "لاذع", "لاذعا",
            "لاذعة", "كلامي", "كلاميا", "كلامية", "سياسي", "سياسيا", "إلكتروني", "إلكترونيا", "إلكترونية", "دبلوماسي",
            "دبلوماسيا", "تجاري", "تجارية", "اقتصادي", "اقتصادية", "انتخابي", "انتخابية");
    private static final Set<String> VIOLENT_CONTEXT = Words.keys("صاروخ", "صواريخ", "صاروخي", "صاروخية", "قذيفة",
            "قذائف", "غارة", "غارات", "قصف", "طائرة", "طائرات", "مسلح", "مسلحين", "مسلحون", "مسلحة", "عبوة", "ناسفة",
            "انتحاري", "انتحارية", "إرهابي", "إرهابية", "مدفعي", "مدفعية", "جوي", "جوية", "بالرصاص", "الرصاص", "رصاص",
            "قتلى", "قتيل", "قتيلا", "مقتل", "قتل", "قتلوا", "قتلت", "جرحى", "جريح", "مصرع", "إصابة", "مفخخة", "دبابات", "كمين",
            "كمينا", "الجيش", "قوات", "مقاتلين", "مقاتلات", "هاون", "تفجير", "انفجار", "سكين", "طعن");
    private static final Set<String> PARTICLES = Words.keys("في", "من", "على", "عن", "إلى", "الى", "مع", "و", "أو",
            "ثم", "قد", "كما", "بعد", "قبل", "منذ", "خلال", "التي", "الذي", "الذين", "أن", "إن", "لا", "لم", "ما",
            "هو", "هي", "هذا", "هذه", "ذلك", "تلك");

    private static final Set<String> AMBIGUOUS_ATTACK = Words.keys("هجوم", "هجمات", "هجوما", "هاجم", "هاجمت",
            "هاجموا", "يهاجم", "تهاجم", "استهداف", "استهدف", "استهدفت");
    private static final Set<String> DONE = Words.keys("تم", "جرى", "جري", "وتم");

    private SenseReader() {
    }

    /** True when trigger {@code m} of type {@code t} in {@code s} reads as that event with its arguments. */
    static boolean holds(Sentence s, PhraseLexicon.Match m, EventType t, ArgumentReader.Arguments args,
                         List<CountMention> counts) {
        boolean verb = m.entry().flags().contains("v");
        return switch (t) {
            case ATTACK -> !sport(s) && !figurative(s, m) && (!ambiguous(s, m) || place(s) || !args.targets().isEmpty()
                    || objectAfterOn(s, m) || violent(s, m));
            case ARMED_CLASH, RAID_OR_SIEGE, KILLING, MOBILIZATION -> !sport(s) && !figurative(s, m);
            case ARREST -> someoneArrested(s, m, verb, args, counts);
            case HANDOVER -> !sport(s) && (verb ? object(s, m) : personHanded(s, m) || realized(s, m));
            default -> true;
        };
    }

    /** Attack words that also name words, moves and criticism ({@code هجوم، هاجم، استهدف}). */
    private static boolean ambiguous(Sentence s, PhraseLexicon.Match m) {
        return Affixes.isAny(s.folded(m.from()), AMBIGUOUS_ATTACK);
    }

    /** {@code هجوم على الثكنة}: a thing attacked, not a named person (criticism is aimed at people). */
    private static boolean objectAfterOn(Sentence s, PhraseLexicon.Match m) {
        int k = m.to();
        if (k + 1 >= s.words.size() || s.breakBetween(k - 1, k) || s.breakBetween(k, k + 1)
                || !(s.folded(k).equals("علي") || s.folded(k).equals("ضد"))) {
            return false;
        }
        return s.named.stream().noneMatch(n -> n.from() == k + 1 && n.type() == EntityType.PERSON)
                && !PARTICLES.contains(s.folded(k + 1));
    }

    /** A named person right after a handover noun ({@code تسليم المطلوب كريم ناصر}): a person handed over. */
    private static boolean personHanded(Sentence s, PhraseLexicon.Match m) {
        return s.named.stream().anyMatch(n -> n.type() == EntityType.PERSON && n.from() >= m.to() && n.from() - m.to() < 3
                && !s.breakBetween(m.to() - 1, n.from()));
    }

    /** {@code تم تسليم}, {@code جرى تسليم}: the noun reported as done. */
    private static boolean realized(Sentence s, PhraseLexicon.Match m) {
        return DONE.contains(Affixes.withoutAnd(s.folded(m.from() - 1)));
    }

    private static boolean sport(Sentence s) {
        for (int k = 0; k < s.words.size(); k++) {
            if (Affixes.isAny(s.folded(k), SPORT)) {
                return true;
            }
        }
        return false;
    }

    /** A figurative qualifier in the two words after the trigger ({@code هجوم إعلامي}, {@code هجوما لاذعا}). */
    private static boolean figurative(Sentence s, PhraseLexicon.Match m) {
        for (int k = m.to(); k < Math.min(s.words.size(), m.to() + 2); k++) {
            if (s.breakBetween(k - 1, k)) {
                return false;
            }
            if (FIGURATIVE.contains(s.folded(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean place(Sentence s) {
        return s.named.stream().anyMatch(n -> n.type() == EntityType.LOCATION);
    }

    private static boolean violent(Sentence s, PhraseLexicon.Match m) {
        for (int k = 0; k < s.words.size(); k++) {
            if ((k < m.from() || k >= m.to()) && Affixes.isAny(s.folded(k), VIOLENT_CONTEXT)) {
                return true;
            }
        }
        return false;
    }

    private static boolean someoneArrested(Sentence s, PhraseLexicon.Match m, boolean verb,
                                           ArgumentReader.Arguments args, List<CountMention> counts) {
        if (!args.targets().isEmpty()
                || counts.stream().anyMatch(c -> c.count().kind() == Count.Kind.ARRESTED && !c.unquantified())) {
            return true;
        }
        if (!verb && (m.prefix().endsWith("ال") || m.prefix().endsWith("لل"))) {
            return false;
        }
        return object(s, m);
    }

    /** A content word follows the trigger in its clause. */
    private static boolean object(Sentence s, PhraseLexicon.Match m) {
        int k = m.to();
        if (k >= s.words.size() || s.breakBetween(k - 1, k)) {
            return false;
        }
        return !PARTICLES.contains(Affixes.withoutAnd(s.folded(k))) && !PARTICLES.contains(s.folded(k));
    }
}
