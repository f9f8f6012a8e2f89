package org.isnad.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.isnad.core.model.DateValue;

/** Comparing {@link DateValue}s of any precision (package-private). */
final class Dates {
    private Dates() {
    }

    /** The first day a date value can mean ({@code 2024-03} → 2024-03-01; an interval → its start), or null. */
    static LocalDate start(DateValue d) {
        if (d == null) {
            return null;
        }
        String v = d.value();
        int slash = v.indexOf('/');
        if (slash > 0) {
            v = v.substring(0, slash);
        }
        try {
            if (v.length() >= 10) {
                return LocalDate.parse(v.substring(0, 10));
            }
            if (v.length() == 7) {
                return LocalDate.parse(v + "-01");
            }
            if (v.length() == 4) {
                return LocalDate.of(Integer.parseInt(v), 1, 1);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /** True when the value names a single day. */
    static boolean isDay(DateValue d) {
        return d != null && d.value().length() == 10 && d.value().indexOf('/') < 0;
    }

    /**
     * Whether two dates can be the same event's: days at most {@code slackDays} apart, or, when one is
     * coarser than a day, the finer one lies in the coarser one's month or year. Null is compatible.
     */
    static boolean compatible(DateValue a, DateValue b, int slackDays) {
        LocalDate x = start(a);
        LocalDate y = start(b);
        if (x == null || y == null) {
            return true;
        }
        if (isDay(a) && isDay(b)) {
            return Math.abs(ChronoUnit.DAYS.between(x, y)) <= slackDays;
        }
        String va = a.value();
        String vb = b.value();
        int n = Math.min(Math.min(va.length(), vb.length()), 10);
        return va.regionMatches(0, vb, 0, n);
    }
}
