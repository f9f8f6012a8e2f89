package org.isnad.events.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.isnad.arabic.ArabicDates;
import org.isnad.arabic.ArabicNormalizer;
import org.isnad.arabic.DateMention;
import org.isnad.core.model.DateValue;

/**
 * The dates an event can be pinned to, among a range of words: the absolute dates of
 * {@link ArabicDates#find} and, given an anchor (the publication day), the relative ones of
 * {@link ArabicDates#findRelative}, with three choices that belong to event reports:
 * <ul>
 *   <li>years alone ({@code منذ عام 2013}, {@code العام الماضي}) are not returned: a year says nothing
 *       about when an event reported today happened;</li>
 *   <li>a written day and month without a year ({@code 28 ديسمبر}) counts as an absolute date and,
 *       unless a direction word goes with it ({@code المقبل، الجاري}), lies on or before the day after
 *       publication: news reports what has happened, so a day-month later than that is last year's;</li>
 *   <li>a bare {@code الاثنين} (no {@code يوم} before, no {@code الماضي} after) is "the two", not Monday.</li>
 * </ul>
 */
public final class DateFinder {
    /** Where a date came from: written out (year possibly inferred), or relative to the anchor. */
    public enum Kind { ABSOLUTE, RELATIVE }

    /** A date expression over characters {@code [start, end)} of the text. */
    public record Hit(int start, int end, DateValue value, Kind kind) {
    }

    private static final String BARE_MONDAY = ArabicNormalizer.fold("الاثنين");
    private static final List<String> DIRECTIONS = List.of("الجاري", "الحالي", "المقبل", "القادم");

    private DateFinder() {
    }

    /** Dates among {@code words[from, to)} of {@code text}, in order; {@code anchor} may be null. */
    public static List<Hit> find(String text, List<Word> words, int from, int to, LocalDate anchor) {
        if (from >= to) {
            return List.of();
        }
        int base = words.get(from).start();
        String part = text.substring(base, words.get(to - 1).end());
        List<Hit> out = new ArrayList<>();
        for (DateMention m : ArabicDates.find(part)) {
            add(m, m.date(), Kind.ABSOLUTE, base, out);
        }
        if (anchor != null) {
            for (DateMention m : ArabicDates.findRelative(part, anchor)) {
                String folded = ArabicNormalizer.fold(m.date().text());
                if (folded.equals(BARE_MONDAY)) {
                    continue;
                }
                if (Character.isDigit(folded.charAt(0))) {
                    add(m, inThePast(m.date(), folded, anchor), Kind.ABSOLUTE, base, out); // 28 ديسمبر
                } else {
                    add(m, m.date(), Kind.RELATIVE, base, out);
                }
            }
        }
        out.sort(Comparator.comparingInt(Hit::start));
        return out;
    }

    private static void add(DateMention m, DateValue value, Kind kind, int base, List<Hit> out) {
        if (value.precision() != DateValue.Precision.YEAR) {
            out.add(new Hit(base + m.span().start(), base + m.span().end(), value, kind));
        }
    }

    /** A day-month without year or direction that falls after the day after {@code anchor} moves back a year. */
    private static DateValue inThePast(DateValue d, String folded, LocalDate anchor) {
        if (d.precision() != DateValue.Precision.DAY || DIRECTIONS.stream().anyMatch(folded::contains)) {
            return d;
        }
        LocalDate day = LocalDate.parse(d.value());
        return day.isAfter(anchor.plusDays(1)) ? DateValue.day(d.text(), day.minusYears(1)) : d;
    }
}
