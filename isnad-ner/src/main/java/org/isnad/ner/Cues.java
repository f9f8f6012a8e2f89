package org.isnad.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * General Arabic news vocabulary that announces a name: titles and roles before persons, heads of
 * organization names, heads of place names, and community nouns. Stored folded and clitic-stripped
 * so that {@code والرئيس} and {@code للرئيس} match {@code الرئيس}.
 */
final class Cues {
    private Cues() {
    }

    static final Set<String> TITLES = set(List.of(
        "الرئيس", "الوزير", "وزير", "العميد", "اللواء", "العقيد", "المقدم", "الرائد", "النقيب", "الملازم",
        "الفريق", "المشير", "الجنرال", "الشيخ", "القيادي", "المدعو", "السيد", "السيدة", "الأمير", "الملك",
        "الأميرة", "الملكة", "الدكتور", "د", "المهندس", "الأستاذ", "الحاج", "الإمام", "المفتي", "الداعية",
        "القاضي", "المحامي", "النائب", "رئيس", "الناطق", "المتحدث", "الزعيم", "القائد", "الأمين", "السفير",
        "المستشار", "المبعوث", "المدير", "الكاتب", "الصحفي", "المراسل", "الفنان", "الفنانة", "المطرب",
        "المطربة", "اللاعب", "المدرب", "الأب", "البابا", "المطران", "الحاخام", "السلطان", "الخليفة",
        "المرشح", "العاهل", "ولي", "نائب", "مساعد", "الشهيد", "المعتقل", "الأسير", "الناشط", "المعارض",
        "الملا", "آية", "حجة", "المرجع", "الرئيسة", "الوزيرة", "المستشارة", "النجم", "النجمة", "المخرج",
        "الشاعر", "الروائي", "البروفيسور", "المواطن", "الشاب", "الطفل", "الطفلة", "المسؤول", "الأمير"));

    static final Set<String> ORG_HEADS = set(List.of(
        "وزارة", "وكالة", "هيئة", "كتيبة", "فرقة", "قوات", "حركة", "حزب", "جامعة", "شركة", "المرصد",
        "مرصد", "جبهة", "لواء", "فيلق", "تنظيم", "جماعة", "مجلس", "منظمة", "اتحاد", "جمعية", "مؤسسة",
        "بنك", "مصرف", "صحيفة", "قناة", "إذاعة", "مجموعة", "لجنة", "محكمة", "مكتب", "مركز", "معهد",
        "أكاديمية", "نادي", "فريق", "منتخب", "سرايا", "كتائب", "ألوية", "جيش", "تجمع", "تحالف", "ائتلاف",
        "رابطة", "نقابة", "دائرة", "مديرية", "إدارة", "سلطة", "مصلحة", "صندوق", "برنامج", "مفوضية",
        "الأمم", "بورصة", "مستشفى", "مدرسة", "كلية", "دار", "مطبعة", "شبكة"));

    static final Set<String> PLACE_HEADS = set(List.of(
        "مدينة", "ريف", "مخيم", "محافظة", "بلدة", "قرية", "منطقة", "ولاية", "إقليم", "مقاطعة", "حي",
        "جزيرة", "جزر", "نهر", "جبل", "جبال", "سهل", "وادي", "بحيرة", "خليج", "مضيق", "صحراء", "عاصمة",
        "العاصمة", "ميناء", "مطار", "معبر", "ضاحية", "شارع", "ساحة", "بادية", "ناحية", "قضاء", "مديرية",
        "دولة", "جمهورية", "مملكة", "إمارة", "سلطنة", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي",
        "جنوبي", "شرقي", "غربي", "أطراف", "ضواحي", "مدن", "قرى", "بلدات", "مخيمات", "مناطق"));

    /** Kunya heads: أبو X, أم X, ابن X. */
    static final Set<String> KUNYA = set(List.of("أبو", "أبي", "أبا", "أم", "ابن", "بن", "بنت"));

    /** Nouns naming communities in news text (not nationalities, which are derived from country names). */
    private static final List<String> COMMUNITY_LIST = List.of(
        "المهاجرون", "المهاجرين", "الأنصار", "الأكراد", "الكرد", "التركمان", "الشركس", "الدروز",
        "العلويون", "العلويين", "الشيعة", "الإيزيديون", "الإيزيديين", "الأيزيديين", "الآشوريون",
        "الآشوريين", "السريان", "الأرمن", "الأمازيغ", "البربر", "الطوارق", "البدو", "الأقباط", "الموارنة",
        "المسيحيون", "المسيحيين", "اليهود", "المسلمون", "المسلمين", "الروهينغا", "الإيغور", "الأويغور",
        "البشتون", "الطاجيك", "الهزارة");

    /** Nouns naming communities in news text (not nationalities, which are derived from country names). */
    static final Set<String> COMMUNITIES = set(COMMUNITY_LIST);

    /** {@link #COMMUNITIES} folded but not stripped: the article is part of the form (السنة ≠ سنة). */
    static final Set<String> COMMUNITIES_FOLDED = folded(COMMUNITY_LIST);

    private static Set<String> folded(List<String> words) {
        Set<String> s = new HashSet<>();
        for (String w : words) {
            s.add(ArabicText.fold(w));
        }
        return Set.copyOf(s);
    }

    private static Set<String> set(List<String> words) {
        Set<String> s = new HashSet<>();
        for (String w : words) {
            s.add(key(w));
        }
        return Set.copyOf(s);
    }

    /** Lookup key of a word: folded, then clitic-stripped. */
    static String key(String word) {
        return ArabicText.stripClitics(ArabicText.fold(word));
    }
}
