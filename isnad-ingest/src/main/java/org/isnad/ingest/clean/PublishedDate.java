package org.isnad.ingest.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.isnad.core.model.DateValue;

/**
 * The publication date of an article: the date its source states (JSONL {@code published}, HTML meta),
 * read as ISO 8601 or else by the {@link DateFinder}; otherwise the first day-precise date in the page's
 * header lines and date or byline lines. Dates inside the body are never used: they are the story's
 * dates, not the article's.
 */
final class PublishedDate {
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    private PublishedDate() {
    }

    static DateValue find(String stated, List<String> candidates, DateFinder finder) {
        if (stated != null && !stated.isBlank()) {
            Optional<DateValue> date = iso(stated.strip()).or(() -> finder.find(stated));
            if (date.isPresent()) {
                return date.get();
            }
        }
        for (String line : candidates) {
            Optional<DateValue> date = finder.find(line);
            if (date.isPresent() && date.get().precision() == DateValue.Precision.DAY) {
                return date.get();
            }
        }
        return null;
    }

    /** {@code 2025-10-22} or {@code 2025-10-22T08:30:00+03:00}: the calendar day as the source wrote it. */
    static Optional<DateValue> iso(String text) {
        Matcher m = ISO_DAY.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return Optional.of(DateValue.day(text, day));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }
}
