package org.isnad.arabic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.core.model.DateValue.Precision;

/**
 * Relative date expressions, resolved against an anchor (the publication date). Rules, on folded text:
 * <ul>
 *   <li>{@code اليوم}, {@code فجر/صباح/ظهر/مساء اليوم}, {@code الليلة} &rarr; anchor (day); not
 *       {@code اليوم التالي/العالمي/...}</li>
 *   <li>{@code أمس}, {@code الأمس}, {@code بالأمس}, {@code مساء/صباح/ليل أمس}, {@code الليلة الماضية} &rarr; anchor &minus; 1;
 *       {@code أمس الأول}, {@code أول أمس} &rarr; anchor &minus; 2</li>
 *   <li>{@code غداً}, {@code الغد}, {@code صباح الغد} &rarr; anchor + 1; {@code بعد غد} &rarr; anchor + 2</li>
 *   <li>{@code الأسبوع الماضي/الحالي/المقبل} &rarr; interval Monday..Sunday of the ISO week before /
 *       of / after the anchor's (value {@code 2025-10-13/2025-10-19})</li>
 *   <li>{@code الشهر الماضي/الحالي/المقبل} &rarr; month; {@code العام الماضي/الحالي/المقبل} &rarr; year</li>
 *   <li>{@code منذ N أيام/أسابيع/أشهر/سنوات} (N in digits or words via {@link NumberWords}, or a dual
 *       {@code منذ يومين}, or a bare singular {@code منذ شهر}): days with an exact count give precision
 *       day; weeks, months, years, or any count qualified by {@code أكثر من/نحو/حوالي/قرابة} give
 *       precision approximate with the value at the unit's granularity ({@code 2025-08} for
 *       {@code منذ أكثر من شهرين} on 2025-10-22)</li>
 *   <li>weekdays {@code يوم الثلاثاء}, {@code الثلاثاء} &rarr; the latest such day on or before the
 *       anchor; {@code الثلاثاء الماضي} strictly before, {@code الثلاثاء المقبل} strictly after</li>
 *   <li>{@code 12 أبريل} (no year) &rarr; in the anchor's year, or the latest before / the first after
 *       the anchor with {@code الماضي} / {@code المقبل}; {@code مارس الماضي/الجاري/المقبل} &rarr; month</li>
 * </ul>
 * A proclitic {@code و ف ب} before an expression is left outside its span.
 */
final class RelativeDates {
    private interface Resolver {
        /** Value and precision for a match, or null to drop it. */
        Resolved resolve(Matcher m, LocalDate anchor);
    }

    private record Resolved(String value, Precision precision) {
    }

    private record Rule(Pattern pattern, Resolver resolver) {
    }

    private static final String PRE = "(?<![\\p{L}\\d])(?:[وف]?ب?(?=\\p{L}))?";
    private static final String END = "(?!\\p{L})";
    private static final String DIGIT_START = "(?<!\\d)";
    /** Bare first words (less و ف ب ال) of every rule that starts with a word; see {@link Scan#anyOf}. */
    private static final Predicate<String> TRIGGER = Scan.anyOf(triggerWords());
    private static final String PART_OF_DAY = "(?:(?:فجر|صباح|ظهر|عصر|مساء|ليل|ليله|منتصف\\s+ليل)\\s+)?";
    private static final String PAST_W = "الماضي|الماضيه|المنصرم|المنصرمه|السابق|السابقه|الفايت|الفايته";
    private static final String CURRENT_W = "الحالي|الحاليه|الجاري|الجاريه";
    private static final String NEXT_W = "المقبل|المقبله|القادم|القادمه";
    private static final String PAST = "(?:" + PAST_W + ")";
    private static final String CURRENT = "(?:" + CURRENT_W + ")";
    private static final String NEXT = "(?:" + NEXT_W + ")";
    private static final String UNIT = "(?<u>يوما|يوم|يومين|يومان|ايام|اسبوعا|اسبوع|اسبوعين|اسابيع|شهرا|شهر|شهرين|اشهر|شهور"
            + "|عاما|عام|عامين|اعوام|سنه|سنتين|سنوات|سنين)";
    private static final String QUALIFIER = "(?<q>(?:(?:ما\\s+)?(?:يزيد|اكثر|اقل)\\s+(?:من|عن|علي)|نحو|حوالي|قرابه|ما\\s+يقارب|زهاء)\\s+)?";

    private static final List<Rule> RULES = List.of(
            rule("(?:امس\\s+الاول|اول\\s+امس|اول\\s+من\\s+امس)", (m, a) -> day(a.minusDays(2))),
            rule(PART_OF_DAY + "(?:امس|الامس)", (m, a) -> day(a.minusDays(1))),
            rule("الليله\\s+" + PAST, (m, a) -> day(a.minusDays(1))),
            rule(PART_OF_DAY + "اليوم(?!\\s+(?:التالي|السابق|الذي|العالمي|الوطني|الدولي|الاول|الثاني|الثالث|الاخير|نفسه|ذاته))",
                    (m, a) -> day(a)),
            rule("الليله(?!\\s+(?:" + PAST_W + "|التي|الاولي|نفسها))", (m, a) -> day(a)),
            rule("بعد\\s+غد", (m, a) -> day(a.plusDays(2))),
            rule(PART_OF_DAY + "(?:غدا|الغد)", (m, a) -> day(a.plusDays(1))),
            rule("الاسبوع\\s+" + PAST, (m, a) -> week(a.minusWeeks(1))),
            rule("(?:هذا\\s+الاسبوع|الاسبوع\\s+" + CURRENT + ")", (m, a) -> week(a)),
            rule("الاسبوع\\s+" + NEXT, (m, a) -> week(a.plusWeeks(1))),
            rule("الشهر\\s+" + PAST, (m, a) -> month(a.minusMonths(1))),
            rule("(?:هذا\\s+الشهر|الشهر\\s+" + CURRENT + ")", (m, a) -> month(a)),
            rule("الشهر\\s+" + NEXT, (m, a) -> month(a.plusMonths(1))),
            rule("(?:العام|السنه)\\s+" + PAST, (m, a) -> year(a.minusYears(1))),
            rule("(?:هذا\\s+العام|هذه\\s+السنه|(?:العام|السنه)\\s+" + CURRENT + ")", (m, a) -> year(a)),
            rule("(?:العام|السنه)\\s+" + NEXT, (m, a) -> year(a.plusYears(1))),
            rule("منذ\\s+" + QUALIFIER + "(?:(?<n>\\d+|\\p{L}+(?:\\s+\\p{L}+)??(?:\\s+و\\s*\\p{L}+)?)\\s+)?" + UNIT
                    + "(?!\\p{L})(?!\\s*(?:\\d|" + ArabicDates.MONTH + "))", RelativeDates::since),
            rule("(?:يوم\\s+)?(?<wd>" + ArabicMonths.weekdayRegex() + ")(?:\\s+(?<dir>" + PAST_W
                    + "|" + NEXT_W + "))?", RelativeDates::weekday),
            rule("(?<d>\\d{1,2})\\s*(?:[/\\-]\\s*)?(?:من\\s+)?(?:شهر\\s+)?(?<mn>" + ArabicDates.MONTH + ")(?:\\s+(?<dir>"
                    + PAST_W + "|" + CURRENT_W + "|"
                    + NEXT_W + "))?(?!\\p{L})(?!\\s*[/\\-]?\\s*\\d)", RelativeDates::dayMonth),
            rule("(?:شهر\\s+)?(?<mn>" + ArabicDates.MONTH + ")\\s+(?<dir>" + PAST_W + "|"
                    + CURRENT_W + "|" + NEXT_W + ")", RelativeDates::namedMonth));

    private RelativeDates() {
    }

    private static Set<String> triggerWords() {
        Set<String> w = new HashSet<>(Set.of("امس", "اول", "ليله", "يوم", "غد", "غدا", "بعد", "اسبوع", "هذا", "هذه", "شهر",
                "عام", "سنه", "منذ", "فجر", "صباح", "ظهر", "عصر", "مساء", "ليل", "منتصف"));
        for (String d : new String[] {"احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه", "سبت"}) {
            w.add(d);
        }
        w.addAll(ArabicMonths.firstWords());
        return w;
    }

    private static Rule rule(String body, Resolver r) {
        String pre = body.startsWith("(?<d>") ? DIGIT_START : PRE;
        return new Rule(Pattern.compile(pre + "(?<x>" + body + ")" + END), r);
    }

    static List<DateMention> find(NormalizedText nt, LocalDate anchor) {
        List<DateMention> out = new ArrayList<>();
        String f = nt.normalized();
        List<Integer> words = Scan.wordStarts(f, TRIGGER);
        List<Integer> digits = null;
        for (Rule r : RULES) {
            boolean numeric = r.pattern.pattern().startsWith(DIGIT_START);
            if (numeric && digits == null) {
                digits = Scan.digitStarts(f);
            }
            Scan.matchAt(r.pattern, f, numeric ? digits : words, m -> {
                Resolved v = r.resolver.resolve(m, anchor);
                if (v != null) {
                    ArabicDates.add(nt, m.start("x"), m.end("x"), v.value(), v.precision(), out);
                }
            });
        }
        return out;
    }

    private static Resolved day(LocalDate d) {
        return new Resolved(d.toString(), Precision.DAY);
    }

    private static Resolved week(LocalDate inWeek) {
        LocalDate monday = inWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Resolved(monday + "/" + monday.plusDays(6), Precision.INTERVAL);
    }

    private static Resolved month(LocalDate d) {
        return new Resolved(String.format("%04d-%02d", d.getYear(), d.getMonthValue()), Precision.MONTH);
    }

    private static Resolved year(LocalDate d) {
        return new Resolved(String.valueOf(d.getYear()), Precision.YEAR);
    }

    private static Resolved since(Matcher m, LocalDate a) {
        String u = m.group("u");
        long n;
        if (m.group("n") != null) {
            OptionalLong parsed = NumberWords.parse(m.group("n"));
            if (parsed.isEmpty() || parsed.getAsLong() <= 0 || parsed.getAsLong() > 10_000) {
                return null;
            }
            n = parsed.getAsLong();
        } else if (u.endsWith("ين") || u.endsWith("ان")) {
            n = 2; // dual: منذ يومين
        } else if (u.equals("يوم") || u.equals("اسبوع") || u.equals("شهر") || u.equals("عام") || u.equals("سنه")) {
            n = 1;
        } else {
            return null; // منذ أيام: too vague
        }
        boolean approx = m.group("q") != null;
        if (u.startsWith("يوم") || u.equals("ايام")) {
            LocalDate d = a.minusDays(n);
            return approx ? new Resolved(d.toString(), Precision.APPROXIMATE) : day(d);
        }
        if (u.startsWith("اسبوع") || u.equals("اسابيع")) {
            return new Resolved(a.minusWeeks(n).toString(), Precision.APPROXIMATE);
        }
        if (u.startsWith("شهر") || u.equals("اشهر") || u.equals("شهور")) {
            return new Resolved(month(a.minusMonths(n)).value(), Precision.APPROXIMATE);
        }
        return new Resolved(year(a.minusYears(n)).value(), Precision.APPROXIMATE);
    }

    private static Resolved weekday(Matcher m, LocalDate a) {
        DayOfWeek wd = DayOfWeek.of(ArabicMonths.weekday(m.group("wd")));
        String dir = m.group("dir");
        if (dir == null) {
            return day(a.with(TemporalAdjusters.previousOrSame(wd)));
        }
        return day(dir.contains("قادم") || dir.contains("مقبل") ? a.with(TemporalAdjusters.next(wd)) : a.with(TemporalAdjusters.previous(wd)));
    }

    private static Resolved dayMonth(Matcher m, LocalDate a) {
        int month = ArabicMonths.month(m.group("mn"));
        int d = Integer.parseInt(m.group("d"));
        LocalDate date = ArabicDates.date(a.getYear(), month, d);
        String dir = m.group("dir");
        if (dir != null && (dir.contains("قادم") || dir.contains("مقبل")) && date != null && !date.isAfter(a)) {
            date = ArabicDates.date(a.getYear() + 1, month, d);
        } else if (dir != null && isPast(dir) && date != null && !date.isBefore(a)) {
            date = ArabicDates.date(a.getYear() - 1, month, d);
        }
        return date == null ? null : day(date);
    }

    private static Resolved namedMonth(Matcher m, LocalDate a) {
        int month = ArabicMonths.month(m.group("mn"));
        String dir = m.group("dir");
        int y = a.getYear();
        if (isPast(dir) && month >= a.getMonthValue()) {
            y--;
        } else if ((dir.contains("قادم") || dir.contains("مقبل")) && month <= a.getMonthValue()) {
            y++;
        }
        return new Resolved(String.format("%04d-%02d", y, month), Precision.MONTH);
    }

    private static boolean isPast(String dir) {
        return dir.contains("ماضي") || dir.contains("منصرم") || dir.contains("سابق") || dir.contains("فايت");
    }
}
