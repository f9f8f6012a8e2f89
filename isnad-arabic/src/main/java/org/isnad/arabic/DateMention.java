package org.isnad.arabic;

import java.util.Objects;
import org.isnad.core.model.DateValue;
import org.isnad.core.model.Span;

/**
 * A date expression found in a text.
 *
 * @param span where it is in the original text ({@code text.substring(start, end)} equals
 *             {@code date.text()})
 * @param date the expression as written, its ISO value and precision
 */
public record DateMention(Span span, DateValue date) {
    public DateMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(date, "date");
    }
}
