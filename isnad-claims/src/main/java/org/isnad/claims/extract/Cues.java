package org.isnad.claims.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.claims.text.Word;
import org.isnad.core.model.Stance;

/**
 * The reporting-cue lexicon (folded forms, with the conjunctions {@code و ف} allowed in front):
 * past, present and plural forms of each verb and its participles.
 */
final class Cues {
    private record Entry(Stance stance, Cue.Kind kind, String family) {
    }

    private static final Map<String, Entry> FORMS = new HashMap<>();
    /** Heads after {@code بحسب / وفقا لـ} that are measures or rules ({@code وفقا للاتفاق}: under it), not sources (folded). */
    private static final Set<String> NOT_SOURCES = Set.of("التوقيت", "توقيت", "الساعه", "الحاجه", "الظروف", "الطلب",
            "الاصول", "الترتيب", "الاولويه", "الاقدميه", "الحاله", "الاتفاق", "الاتفاقيه", "القانون", "القرار",
            "الخطه", "الجدول", "البرنامج", "الدستور");
    /** {@code حسب تعبيره / بحسب قوله}: "in his words", a manner of quoting, not a source (folded). */
    private static final Set<String> IN_WORDS = Set.of("تعبيره", "تعبيرها", "تعبيرهم", "تعبير", "قوله", "قولها",
            "قولهم", "وصفه", "وصفها", "وصفهم", "زعمه", "زعمها", "زعمهم", "ادعايه", "ادعايها");
    /** Passive {@code يُذكر} without a subject before {@code أن}: the outlet speaks (folded). */
    private static final Set<String> IMPERSONAL = Set.of("يذكر", "يشار");
    private static final Set<String> THAT = Set.of("ان", "بان", "انه", "انها", "انهم", "بانه", "بانها");
    /** {@code يُدعى}: "is called", spelled like {@code يدعي} "claims" once folded. */
    private static final Set<String> NAMING = Set.of("يدعي", "تدعي");

    static {
        // family; stance; finite forms; participles (all folded: no hamza on alef, ة→ه, ى→ي)
        add("قال", Stance.ASSERTS, "قال قالت قالوا قلن يقول تقول يقولون تقولون", "قايلا قايله قايلين");
        add("أكد", Stance.ASSERTS, "اكد اكدت اكدوا يوكد توكد يوكدون اكده اكدته", "موكدا موكده موكدين");
        add("صرح", Stance.ASSERTS, "صرح صرحت صرحوا يصرح تصرح", "مصرحا مصرحه");
        add("أوضح", Stance.ASSERTS, "اوضح اوضحت اوضحوا يوضح توضح", "موضحا موضحه موضحين");
        add("أشار", Stance.ASSERTS, "اشار اشارت اشاروا يشير تشير", "مشيرا مشيره مشيرين");
        add("أضاف", Stance.ASSERTS, "اضاف اضافت اضافوا يضيف تضيف", "مضيفا مضيفه مضيفين");
        add("أعلن", Stance.ASSERTS, "اعلن اعلنت اعلنوا يعلن تعلن", "معلنا معلنه معلنين");
        add("كشف", Stance.ASSERTS, "كشف كشفت يكشف تكشف", "كاشفا كاشفه");
        add("شدد", Stance.ASSERTS, "شدد شددت يشدد تشدد", "مشددا مشدده");
        add("لفت", Stance.ASSERTS, "لفت لفتت يلفت تلفت", "لافتا لافته");
        add("اعتبر", Stance.ASSERTS, "اعتبر اعتبرت يعتبر تعتبر", "معتبرا معتبره");
        add("رأى", Stance.ASSERTS, "راي رات يري تري", "");
        add("أقر", Stance.ASSERTS, "اقر اقرت يقر تقر", "مقرا");
        add("اعترف", Stance.ASSERTS, "اعترف اعترفت يعترف تعترف", "معترفا");
        add("زعم", Stance.ALLEGES, "زعم زعمت زعموا يزعم تزعم يزعمون", "زاعما زاعمه زاعمين");
        add("ادعى", Stance.ALLEGES, "ادعي ادعت ادعوا يدعي تدعي يدعون", "مدعيا مدعيه");
        add("اتهم", Stance.ALLEGES, "اتهم اتهمت اتهموا يتهم تتهم يتهمون", "متهما متهمه متهمين");
        add("نفى", Stance.DENIES, "نفي نفت نفوا ينفي تنفي ينفون", "نافيا نافيه نافين");
        add("أنكر", Stance.DENIES, "انكر انكرت ينكر تنكر", "منكرا");
        add("نقل", Stance.REPORTS, "نقل نقلت نقلوا ينقل تنقل", "ناقلا");
        add("أفاد", Stance.REPORTS, "افاد افادت افادوا يفيد تفيد", "مفيدا");
        add("ذكر", Stance.REPORTS, "ذكر ذكرت ذكروا يذكر تذكر", "ذاكرا");
        add("طالب", Stance.DEMANDS, "طالب طالبت طالبوا يطالب تطالب يطالبون", "مطالبا مطالبه مطالبين");
        add("دعا", Stance.DEMANDS, "دعا دعت دعوا يدعو تدعو يدعون", "داعيا داعيه داعين");
        add("ناشد", Stance.DEMANDS, "ناشد ناشدت ناشدوا يناشد تناشد", "مناشدا");
        add("هدد", Stance.THREATENS, "هدد هددت هددوا يهدد تهدد يهددون", "مهددا مهدده مهددين");
        add("حذر", Stance.THREATENS, "حذر حذرت حذروا يحذر تحذر يحذرون", "محذرا محذره محذرين");
        add("توعد", Stance.THREATENS, "توعد توعدت توعدوا يتوعد تتوعد", "متوعدا متوعده");
    }

    private Cues() {
    }

    private static void add(String family, Stance stance, String verbs, String participles) {
        for (String v : verbs.split(" ")) {
            FORMS.put(v, new Entry(stance, Cue.Kind.VERB, family));
        }
        for (String p : participles.split(" ")) {
            if (!p.isEmpty()) {
                FORMS.put(p, new Entry(stance, Cue.Kind.PARTICIPLE, family));
            }
        }
    }

    /** The word as written or without a leading conjunction ({@code وفقا} begins with a و of its own). */
    private static boolean either(String folded, String bare, String form) {
        return folded.equals(form) || bare.equals(form);
    }

    /** True when the folded word is a cue verb with the conjunction و or ف in front ({@code وقال}, {@code فأكد}). */
    static boolean conjoined(String folded) {
        return folded.length() > 3 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف') && !FORMS.containsKey(folded)
                && FORMS.containsKey(folded.substring(1));
    }

    /** True when the folded word is a past-tense form of a cue verb (with or without و ف). */
    static boolean isPast(String folded) {
        String bare = conjoined(folded) ? folded.substring(1) : folded;
        Entry e = FORMS.get(bare);
        return e != null && e.kind() == Cue.Kind.VERB && "يت".indexOf(bare.charAt(0)) < 0;
    }

    /** The cue starting at word {@code i}, or null. */
    static Cue at(List<Word> words, int i) {
        Word w = words.get(i);
        if (w.punct()) {
            return null;
        }
        String f = w.folded();
        String bare = f.length() > 3 && (f.charAt(0) == 'و' || f.charAt(0) == 'ف') ? f.substring(1) : f;
        String next = i + 1 < words.size() ? words.get(i + 1).folded() : "";
        if (f.equals("بحسب") || bare.equals("بحسب") || f.equals("حسب")) {
            if (NOT_SOURCES.contains(next) || IN_WORDS.contains(next)) {
                return null; // بحسب التوقيت المحلي: a measure, not a source
            }
            return new Cue(i, i, Stance.REPORTS, Cue.Kind.ACCORDING_TO, "بحسب");
        }
        if ((either(f, bare, "وفقا") || either(f, bare, "وفق") || either(f, bare, "طبقا")) && next.startsWith("ل")
                && !(next.startsWith("لل") && NOT_SOURCES.contains("ال" + next.substring(2)))) {
            return new Cue(i, next.equals("ل") ? i + 1 : i, Stance.REPORTS, Cue.Kind.ACCORDING_TO, "وفقاً لـ");
        }
        if (either(f, bare, "نقلا") && next.equals("عن")) {
            return new Cue(i, i + 1, Stance.REPORTS, Cue.Kind.ACCORDING_TO, "نقلاً عن");
        }
        if ((either(f, bare, "وردت") || either(f, bare, "ترد") || either(f, bare, "تواترت"))
                && (next.equals("انباء") || next.equals("معلومات")
                || next.equals("تقارير"))) {
            return new Cue(i, i + 1, Stance.REPORTS, Cue.Kind.NEWS, "وردت أنباء");
        }
        if (IMPERSONAL.contains(bare) && THAT.contains(next)) {
            return null; // ويذكر أن ...: the outlet's own background note, nobody is quoted
        }
        if (NAMING.contains(bare) && (w.text().endsWith("ى") || (i > 0 && words.get(i - 1).text().equals("،"))
                || (i > 0 && words.get(i - 1).text().equals(",")))) {
            return null; // مسؤول، يُدعى فلان، ...: "who is called", not "who claims"
        }
        Entry e = FORMS.get(f);
        if (e == null && !bare.equals(f)) {
            e = FORMS.get(bare);
        }
        return e == null ? null : new Cue(i, i, e.stance(), e.kind(), e.family());
    }
}
