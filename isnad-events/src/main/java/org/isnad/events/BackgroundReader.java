package org.isnad.events;

import java.util.Set;
import org.isnad.events.text.Affixes;
import org.isnad.events.text.Words;

/**
 * Marks the words of a sentence that recall an earlier, different event for context (package-private),
 * so that neither its trigger nor its figures are taken for the event being reported:
 * <ul>
 *   <li>{@code منذ} right before a violent noun ({@code الأعنف منذ هجوم ...}, {@code الأفدح منذ مقتل 100}):
 *       from {@code منذ} to the end of the clause;</li>
 *   <li>a violent noun qualified as similar or earlier ({@code بعد أسبوع من هجوم مماثل أسفر عن مقتل 9}):
 *       from that noun to the end of the clause;</li>
 *   <li>a month named without a day after {@code في / خلال} ({@code بتفجير شاحنة في أكتوبر أسفر عن مقتل
 *       500}) that is not the publication month (any month, when the article is undated): the whole
 *       clause; a report dates today's event by weekday or day, not by its month alone;</li>
 *   <li>a bare past year or a last-year phrase ({@code قتل ستة طلاب ... عام 2014}, {@code 61 جريمة قتل
 *       العام الماضي}): the whole clause. A year is past when it is before the publication year, or
 *       when the publication year is unknown (a report does not date today's event by its year alone).</li>
 * </ul>
 * A clause ends at clause punctuation ({@link Sentence#breakBetween}) or after {@value #REACH} words.
 * All cue words are general Arabic.
 */
final class BackgroundReader {
    private static final int REACH = 15;
    private static final Set<String> SINCE = Words.keys("منذ");
    private static final Set<String> VIOLENT_NOUNS = Words.keys("هجوم", "هجمات", "تفجير", "تفجيرات", "انفجار",
            "مقتل", "حادث", "حادثه", "مجزره", "اعتداء", "اشتباكات", "معارك", "غاره", "غارات", "قصف", "عمليه");
    private static final Set<String> SIMILAR = Words.keys("مماثل", "مماثله", "مماثلا", "مشابه", "مشابهه", "مشابها",
            "سابق", "سابقه", "سابقا", "الشهير", "الشهيره");
    private static final Set<String> YEAR_HEADS = Words.keys("عام", "العام", "سنه", "السنه", "في", "وفي", "خلال",
            "منذ");
    private static final Set<String> YEAR_WORDS = Words.keys("العام", "السنه", "عام");
    private static final Set<String> PAST_WORDS = Words.keys("الماضي", "الماضيه", "المنصرم", "المنصرمه", "السابق",
            "السابقه");

    private static final Set<String> MONTH_HEADS = Words.keys("في", "خلال");
    private static final Set<String> CURRENT = Words.keys("الجاري", "الحالي");
    private static final java.util.Map<String, Integer> MONTHS = months();

    private static java.util.Map<String, Integer> months() {
        String[][] names = {{"يناير", "كانون"}, {"فبراير", "شباط"}, {"مارس", "آذار"}, {"أبريل", "ابريل", "نيسان"},
            {"مايو", "أيار"}, {"يونيو", "يونيه", "حزيران"}, {"يوليو", "يوليه", "تموز"}, {"أغسطس", "اغسطس"},
            {"سبتمبر", "أيلول"}, {"أكتوبر", "اكتوبر"}, {"نوفمبر"}, {"ديسمبر"}};
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                for (String key : Words.keys(n)) {
                    if (!n.equals("كانون")) {
                        out.put(key, m + 1); // كانون الثاني/الأول is two months: left out
                    }
                }
            }
        }
        return java.util.Map.copyOf(out);
    }

    private BackgroundReader() {
    }

    /** One flag per word of {@code s}: true where the word belongs to a recalled, earlier event. */
    static boolean[] mark(Sentence s, Integer publicationYear, Integer publicationMonth) {
        int n = s.words.size();
        boolean[] out = new boolean[n];
        for (int k = 0; k < n; k++) {
            String f = s.folded(k);
            if (SINCE.contains(Affixes.withoutAnd(f)) && violentWithin(s, k + 1, 2)) {
                fill(out, k, clauseEnd(s, k));
            } else if (Affixes.isAny(f, VIOLENT_NOUNS) && similarAfter(s, k)) {
                fill(out, k, clauseEnd(s, k));
            } else if (pastYear(s, k, publicationYear) || lastYear(s, k) || otherMonth(s, k, publicationMonth)) {
                fill(out, clauseStart(s, k), clauseEnd(s, k));
            }
        }
        return out;
    }

    private static boolean violentWithin(Sentence s, int from, int count) {
        for (int k = from; k < Math.min(s.words.size(), from + count); k++) {
            if (s.breakBetween(k - 1, k)) {
                return false;
            }
            if (Affixes.isAny(s.folded(k), VIOLENT_NOUNS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean similarAfter(Sentence s, int noun) {
        for (int k = noun + 1; k <= Math.min(s.words.size() - 1, noun + 2); k++) {
            if (s.breakBetween(k - 1, k)) {
                return false;
            }
            if (SIMILAR.contains(Affixes.withoutAnd(s.folded(k)))) {
                return true;
            }
        }
        return false;
    }

    /** A four-digit year right after a year head ({@code عام 2014}, {@code في 2014}) that lies in the past. */
    private static boolean pastYear(Sentence s, int k, Integer publicationYear) {
        var w = s.words.get(k);
        if (!w.isNumber() || w.folded().length() != 4 || !w.folded().chars().allMatch(Character::isDigit)
                || !YEAR_HEADS.contains(Affixes.withoutAnd(s.folded(k - 1)))) {
            return false;
        }
        int year = Integer.parseInt(w.folded());
        if (year < 1900 || year > 2100) {
            return false;
        }
        return publicationYear == null || year < publicationYear;
    }

    /** A month name right after {@code في / خلال}, not followed by {@code الجاري / الحالي}, other than the publication month. */
    private static boolean otherMonth(Sentence s, int k, Integer publicationMonth) {
        Integer month = MONTHS.get(s.folded(k));
        if (month == null || !MONTH_HEADS.contains(Affixes.withoutAnd(s.folded(k - 1)))
                || CURRENT.contains(s.folded(k + 1))) {
            return false;
        }
        return publicationMonth == null || !publicationMonth.equals(month);
    }

    /** {@code العام الماضي}, {@code السنة المنصرمة} at word {@code k}. */
    private static boolean lastYear(Sentence s, int k) {
        return YEAR_WORDS.contains(Affixes.withoutAnd(s.folded(k))) && PAST_WORDS.contains(s.folded(k + 1));
    }

    private static int clauseStart(Sentence s, int k) {
        int start = k;
        while (start > 0 && k - start < REACH && !s.breakBetween(start - 1, start)) {
            start--;
        }
        return start;
    }

    private static int clauseEnd(Sentence s, int k) {
        int end = k + 1;
        while (end < s.words.size() && end - k < REACH && !s.breakBetween(end - 1, end)) {
            end++;
        }
        return end;
    }

    private static void fill(boolean[] out, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(out.length, to); k++) {
            out[k] = true;
        }
    }
}
