package org.isnad.arabic;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.core.model.DateValue;
import org.isnad.core.model.DateValue.Precision;
import org.isnad.core.model.Span;

/**
 * Finds calendar dates in Arabic news text. Matching runs on the {@link ArabicNormalizer folded}
 * text (so {@code ٢٠٢٥}, {@code أكتوبر/اكتوبر}, tatweel and diacritics need no special cases);
 * spans index the original text.
 *
 * <p>Absolute formats ({@link #find}):
 * <ul>
 *   <li>numeric {@code 2025/10/22}, {@code 2025-10-22}, {@code 2025.10.22}, {@code 22/10/2025},
 *       {@code 22-10-2025}, {@code 22.10.2025}; spaces allowed around {@code /} and {@code -}; the
 *       same separator twice. Day-first is the Arabic order; {@code 10/22/2025} is read
 *       month-first only when the first number cannot be a month.</li>
 *   <li>ISO timestamps {@code 2025-10-22T10:00:00Z}: the span covers the time, the value is the
 *       date as written (precision day; no time-zone shift).</li>
 *   <li>named months of every regional series: Egyptian/Gulf {@code يناير..ديسمبر} (with {@code إبريل،
 *       يونيه، يوليه}), Levantine/Iraqi {@code كانون الثاني..كانون الأول} (also {@code تشرين أول}),
 *       Algerian/Tunisian {@code جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت}, Moroccan
 *       {@code يوليوز، غشت، شتنبر، نونبر، دجنبر}: {@code 22 أكتوبر 2025},
 *       {@code ٢٢ / أكتوبر / ٢٠٢٥}, {@code 22 تشرين الأول/أكتوبر 2025}, {@code 22 من شهر أكتوبر عام 2025}.</li>
 *   <li>a weekday before a day date ({@code الأربعاء 22 أكتوبر 2025}, {@code يوم الأربعاء الموافق 2025/10/22})
 *       is joined into the span when it stands as its own word.</li>
 *   <li>month and year only ({@code أكتوبر 2025}, {@code شهر تموز 2024}): precision month.</li>
 *   <li>years, precision year: {@code عام 2003 / العام 2003 / سنة 2003}, {@code 2003م}, and a bare
 *       year after {@code في، منذ، حتى، خلال، مطلع، أوائل، أواخر، منتصف، بداية، نهاية}
 *       when punctuation or a linking word follows ({@code منذ 2011 حتى}: the span is the year alone;
 *       {@code في 2011 حالة} is a count, not a year).</li>
 * </ul>
 * Dates are validated ({@code 2025/02/30} is not a date) and years must lie in 1800..2199;
 * a year followed by {@code هـ} (Hijri) is not taken. Digits only need to be delimited by
 * non-digits, so a date glued to the preceding word ({@code المدنالأربعاء 2025/10/22}) is found.
 *
 * <p>Relative expressions ({@link #findRelative}) are resolved against the publication date; see
 * {@link RelativeDates} for the rules.
 */
public final class ArabicDates {
    static final String MONTH = ArabicMonths.monthRegex();
    private static final String WEEKDAY = ArabicMonths.weekdayRegex();
    /** A weekday right before a date: only joined when it starts a word. */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:يوم\\s+)?" + WEEKDAY + "\\s*[،,\\-]?\\s*(?:الموافق\\s+)?$");
    private static final String YEAR_TAIL = "(?!\\d)(?!\\s*ه(?!\\p{L}))";
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+\\-]\\d{2}:?\\d{2})?(?![\\d\\p{L}])");
    private static final Pattern YMD = Pattern.compile(
            "(?<![\\d.])(?<y>\\d{4})\\s*(?<s1>[/.\\-])\\s*(?<m>\\d{1,2})\\s*(?<s2>[/.\\-])\\s*(?<d>\\d{1,2})(?![\\d])");
    private static final Pattern DMY = Pattern.compile(
            "(?<![\\d.])(?<d>\\d{1,2})\\s*(?<s1>[/.\\-])\\s*(?<m>\\d{1,2})\\s*(?<s2>[/.\\-])\\s*(?<y>\\d{4})" + YEAR_TAIL);
    private static final String ALT_MONTH = "(?:\\s*[/(]\\s*" + MONTH + "(?!\\p{L})\\s*\\)?)?";
    private static final String YEAR_WORD = "(?:من\\s+)?(?:(?:ال)?عام\\s+|سنه\\s+)?";
    private static final Pattern NAMED = Pattern.compile(
            "(?<!\\d)(?<d>\\d{1,2})\\s*(?:[/\\-]\\s*)?(?:من\\s+)?(?:شهر\\s+)?(?<mn>" + MONTH + ")(?!\\p{L})" + ALT_MONTH
            + "\\s*[،,/\\-]?\\s*" + YEAR_WORD + "(?<y>\\d{4})" + YEAR_TAIL);
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(?:شهر\\s+)?(?<mn>" + MONTH + ")(?!\\p{L})" + ALT_MONTH
            + "\\s*[،,/\\-]?\\s*" + YEAR_WORD + "(?<y>\\d{4})" + YEAR_TAIL);
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(?:[وب]?ال|[وب])?(?<x>(?:عام|سنه)\\s+(?<y>\\d{4})(?:\\s?م(?!\\p{L}))?)" + YEAR_TAIL
            + "|(?<![\\p{L}\\d])(?:في|منذ|حتي|خلال|مطلع|اوائل|اواخر|اواسط|منتصف|بدايه|نهايه)\\s+(?<x2>(?<y2>\\d{4}))"
            + "(?=\\s*(?:$|[\\p{P}\\n]|(?:و|في|حتي|الي|عندما|حين|ثم|بعد|قبل|ضد|علي|وحتي)(?!\\p{L})))"
            + "|(?<![\\p{L}\\d.,])(?<x3>(?<y3>\\d{4})\\s?م)(?!\\p{L})");
    private static final Predicate<String> MONTH_YEAR_TRIGGER = ArabicMonths.firstWords()::contains;
    private static final Predicate<String> YEAR_TRIGGER = Scan.anyOf(Set.of(
            "عام", "سنه", "في", "منذ", "حتي", "خلال", "مطلع", "اوائل", "اواخر", "اواسط", "منتصف", "بدايه", "نهايه"));

    private ArabicDates() {
    }

    /** The first absolute date in {@code text}, if any. */
    public static Optional<DateMention> findFirst(String text) {
        List<DateMention> all = find(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** All absolute dates in {@code text}, in order, non-overlapping (the longer one wins a tie). */
    public static List<DateMention> find(String text) {
        NormalizedText nt = ArabicNormalizer.normalize(text);
        return find(nt);
    }

    static List<DateMention> find(NormalizedText nt) {
        String f = nt.normalized();
        List<DateMention> found = new ArrayList<>();
        List<Integer> digits = Scan.digitStarts(f);
        if (digits.isEmpty()) {
            return found;
        }
        Scan.matchAt(ISO, f, digits, m -> numeric(nt, m, true, false, found));
        Scan.matchAt(YMD, f, digits, m -> numeric(nt, m, false, false, found));
        Scan.matchAt(DMY, f, digits, m -> numeric(nt, m, false, true, found));
        Scan.matchAt(NAMED, f, digits, m -> {
            LocalDate date = date(Integer.parseInt(m.group("y")), ArabicMonths.month(m.group("mn")), Integer.parseInt(m.group("d")));
            if (date != null) {
                add(nt, withWeekday(f, m.start()), m.end(), date.toString(), Precision.DAY, found);
            }
        });
        Scan.matchAt(MONTH_YEAR, f, Scan.wordStarts(f, MONTH_YEAR_TRIGGER), m -> {
            int y = Integer.parseInt(m.group("y"));
            if (validYear(y) && !afterDayNumber(f, m.start())) {
                add(nt, m.start(), m.end(), String.format("%04d-%02d", y, ArabicMonths.month(m.group("mn"))), Precision.MONTH, found);
            }
        });
        List<Integer> yearStarts = new ArrayList<>(Scan.wordStarts(f, YEAR_TRIGGER));
        yearStarts.addAll(digits);
        Scan.matchAt(YEAR, f, yearStarts, m -> {
            String g = m.group("x") != null ? "" : m.group("x2") != null ? "2" : "3";
            int y = Integer.parseInt(m.group("y" + g));
            if (validYear(y)) {
                add(nt, m.start("x" + g), m.end("x" + g), String.valueOf(y), Precision.YEAR, found);
            }
        });
        return resolveOverlaps(found);
    }

    /**
     * Relative date expressions in {@code text} ({@code أمس}, {@code الأسبوع الماضي}, {@code يوم الثلاثاء},
     * {@code منذ ثلاثة أيام}, {@code 12 أبريل الجاري}...) resolved against {@code anchor}, normally
     * the publication date. Expressions inside an absolute date are left to {@link #find}.
     */
    public static List<DateMention> findRelative(String text, LocalDate anchor) {
        NormalizedText nt = ArabicNormalizer.normalize(text);
        List<DateMention> absolute = find(nt);
        List<DateMention> relative = new ArrayList<>();
        for (DateMention r : RelativeDates.find(nt, anchor)) {
            if (absolute.stream().noneMatch(a -> a.span().overlaps(r.span()))) {
                relative.add(r);
            }
        }
        return resolveOverlaps(relative);
    }

    private static void numeric(NormalizedText nt, Matcher m, boolean iso, boolean dayFirst, List<DateMention> out) {
        if (!iso && !sameSeparator(m)) {
            return;
        }
        int y = Integer.parseInt(m.group("y"));
        int a = Integer.parseInt(m.group("m"));
        int d = Integer.parseInt(m.group("d"));
        LocalDate date = date(y, a, d);
        if (date == null && dayFirst) {
            date = date(y, d, a); // 10/22/2025: month-first, only when day-first is impossible
        }
        if (date != null) {
            add(nt, withWeekday(nt.normalized(), m.start()), m.end(), date.toString(), Precision.DAY, out);
        }
    }

    /** Moves a date's start back over a weekday written just before it ({@code الأربعاء، 22 ...}). */
    private static int withWeekday(String f, int start) {
        Matcher w = WEEKDAY_BEFORE.matcher(f);
        w.useTransparentBounds(true);
        w.region(Math.max(0, start - 32), start);
        return w.find() ? w.start() : start;
    }

    /** True when a day number stands just before {@code i}: "31 نيسان 2024" is an invalid day, not a month. */
    private static boolean afterDayNumber(String f, int i) {
        int k = i - 1;
        while (k >= 0 && (f.charAt(k) == ' ' || f.charAt(k) == '/' || f.charAt(k) == '-')) {
            k--;
        }
        return k >= 0 && Character.isDigit(f.charAt(k));
    }

    private static boolean sameSeparator(Matcher m) {
        String s1 = m.group("s1");
        if (!s1.equals(m.group("s2"))) {
            return false;
        }
        return !s1.equals(".") || m.group().chars().noneMatch(Character::isWhitespace); // 2025. 10. 5: prose
    }

    static LocalDate date(int y, int m, int d) {
        if (!validYear(y) || m < 1 || m > 12) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static boolean validYear(int y) {
        return y >= 1800 && y <= 2199;
    }

    static void add(NormalizedText nt, int nStart, int nEnd, String value, Precision p, List<DateMention> out) {
        Span span = nt.toOriginalSpan(nStart, nEnd);
        out.add(new DateMention(span, new DateValue(span.of(nt.original()), value, p)));
    }

    /** Sorted by start; of overlapping mentions the earlier, then the longer, is kept. */
    static List<DateMention> resolveOverlaps(List<DateMention> found) {
        found.sort(Comparator.comparingInt((DateMention d) -> d.span().start()).thenComparing(d -> -d.span().length()));
        List<DateMention> kept = new ArrayList<>();
        for (DateMention d : found) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).span().overlaps(d.span())) {
                kept.add(d);
            }
        }
        return kept;
    }
}
