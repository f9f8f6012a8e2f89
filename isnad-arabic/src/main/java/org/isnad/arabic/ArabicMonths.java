package org.isnad.arabic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Arabic month and weekday names, all regional series, keyed by their folded spelling.
 *
 * <p>Series: Egyptian/Gulf (يناير..ديسمبر, with يونيه/يوليه, إبريل), Levantine/Iraqi (كانون الثاني..
 * كانون الأول, also without ال: تشرين أول), Algerian/Tunisian (جانفي، فيفري، أفريل، ماي، جوان،
 * جويلية، أوت) and Moroccan (يوليوز، غشت، شتنبر، نونبر، دجنبر).
 */
final class ArabicMonths {
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> WEEKDAYS = new HashMap<>();
    private static final Set<String> FIRST_WORDS;

    static {
        month(1, "يناير", "كانون الثاني", "كانون ثاني", "جانفي", "جانفيه");
        month(2, "فبراير", "شباط", "فيفري", "فبرير");
        month(3, "مارس", "آذار");
        month(4, "أبريل", "إبريل", "نيسان", "أفريل");
        month(5, "مايو", "أيار", "ماي");
        month(6, "يونيو", "يونيه", "حزيران", "جوان");
        month(7, "يوليو", "يوليه", "تموز", "جويلية", "جويلة", "يوليوز");
        month(8, "أغسطس", "آب", "أوت", "غشت", "اغسطوس");
        month(9, "سبتمبر", "أيلول", "شتنبر");
        month(10, "أكتوبر", "تشرين الأول", "تشرين أول");
        month(11, "نوفمبر", "تشرين الثاني", "تشرين ثاني", "نونبر");
        month(12, "ديسمبر", "كانون الأول", "كانون أول", "دجنبر");
        String[] days = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};
        for (int i = 0; i < days.length; i++) {
            WEEKDAYS.put(ArabicNormalizer.fold(days[i]), i + 1); // ISO: Monday = 1
        }
        Set<String> first = new java.util.HashSet<>();
        for (String name : MONTHS.keySet()) {
            first.add(name.split(" ")[0]);
        }
        first.add("شهر");
        FIRST_WORDS = Set.copyOf(first);
    }

    private ArabicMonths() {
    }

    private static void month(int m, String... names) {
        for (String n : names) {
            MONTHS.put(ArabicNormalizer.fold(n), m);
        }
    }

    /** Month number of a folded name (inner whitespace of any width), or 0. */
    static int month(String folded) {
        return MONTHS.getOrDefault(folded.replaceAll("\\s+", " "), 0);
    }

    /** ISO day-of-week (Monday = 1) of a folded weekday name with ال, or 0. */
    static int weekday(String folded) {
        return WEEKDAYS.getOrDefault(folded, 0);
    }

    /** The folded first words of month names and {@code شهر}: where a month expression can start. */
    static Set<String> firstWords() {
        return FIRST_WORDS;
    }

    /** A regex alternation of all folded month names, longest first, spaces as {@code \s+}. */
    static String monthRegex() {
        return alternation(MONTHS.keySet());
    }

    /** A regex alternation of the folded weekday names. */
    static String weekdayRegex() {
        return alternation(WEEKDAYS.keySet());
    }

    private static String alternation(Set<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return sorted.stream().map(n -> n.replace(" ", "\\s+")).collect(Collectors.joining("|", "(?:", ")"));
    }
}
