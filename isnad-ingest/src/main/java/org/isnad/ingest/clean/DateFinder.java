package org.isnad.ingest.clean;

import java.util.Optional;
import org.isnad.core.model.DateValue;

/** Finds the first date written in a short text (a header line, a byline, a metadata field). */
@FunctionalInterface
public interface DateFinder {
    Optional<DateValue> find(String text);

    /** The default: {@code org.isnad.arabic.ArabicDates}, which reads Arabic and numeric dates. */
    static DateFinder arabic() {
        return ArabicDateFinder.INSTANCE;
    }
}
