package org.isnad.core.model;

import java.util.Objects;

/**
 * A normalized date: {@code value} in ISO 8601 ({@code 2025-10-22}, {@code 2025-10}, {@code 2025},
 * or an interval {@code 2025-08/2025-10}); {@code text} is the expression as written, or null.
 */
public record DateValue(String text, String value, Precision precision) {
    public enum Precision { DAY, MONTH, YEAR, INTERVAL, APPROXIMATE }

    public DateValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
    }

    public static DateValue day(String text, java.time.LocalDate date) {
        return new DateValue(text, date.toString(), Precision.DAY);
    }
}
