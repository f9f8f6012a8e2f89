package org.isnad.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.isnad.arabic.ArabicNormalizer;
import org.isnad.core.model.Article;

/**
 * Who published an article and when (package-private), for the two rules that are about the reports
 * rather than the event: one outlet never contradicts itself (a later article of the same outlet
 * updates or corrects it), and a higher running total published later is an update, not a contradiction.
 */
final class Publication {
    /** A running total published this much later than a lower one is taken as its update. */
    static final Duration UPDATE_GAP = Duration.ofHours(6);

    private Publication() {
    }

    /** True when both articles name an outlet and it is the same one. */
    static boolean sameOutlet(Article a, Article b) {
        if (a == null || b == null || a.outlet() == null || b.outlet() == null || a.outlet().isBlank()) {
            return false;
        }
        return ArabicNormalizer.fold(a.outlet().strip()).equals(ArabicNormalizer.fold(b.outlet().strip()));
    }

    /**
     * True when {@code later} was published clearly after {@code earlier}: at least {@link #UPDATE_GAP}
     * later when both times are known, else on a later day. Unknown dates are never "later".
     */
    static boolean clearlyLater(Article later, Article earlier) {
        Instant l = instant(later);
        Instant e = instant(earlier);
        if (l != null && e != null) {
            return Duration.between(e, l).compareTo(UPDATE_GAP) >= 0;
        }
        LocalDate ld = day(later);
        LocalDate ed = day(earlier);
        return ld != null && ed != null && ld.isAfter(ed);
    }

    /**
     * True when both articles were published within {@code gap} of each other (by time when both are
     * known, else by day: the same day or the next). Unknown dates are never close.
     */
    static boolean close(Article a, Article b, Duration gap) {
        Instant x = instant(a);
        Instant y = instant(b);
        if (x != null && y != null) {
            return Duration.between(x, y).abs().compareTo(gap) <= 0;
        }
        LocalDate dx = day(a);
        LocalDate dy = day(b);
        return dx != null && dy != null && Math.abs(dx.toEpochDay() - dy.toEpochDay()) <= 1;
    }

    private static Instant instant(Article a) {
        if (a == null || a.published() == null || a.published().text() == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(a.published().text().strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate day(Article a) {
        return a == null ? null : LexiconEventExtractor.publicationDay(a.published());
    }
}
