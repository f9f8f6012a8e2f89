package org.isnad.ingest.clean;

import java.util.Optional;
import java.util.regex.Pattern;
import org.isnad.arabic.ArabicDates;
import org.isnad.arabic.DateMention;
import org.isnad.core.model.DateValue;

/**
 * {@link DateFinder} over {@link ArabicDates#findFirst}. Page headers often glue a weekday to the word
 * before it ({@code المدنالأربعاء 2025/10/22}, where the outlet name and the date were two HTML elements);
 * when nothing is found, the text is tried again with a space put before each such glued weekday.
 */
final class ArabicDateFinder implements DateFinder {
    static final ArabicDateFinder INSTANCE = new ArabicDateFinder();
    /** A weekday name right after a letter, i.e. glued to the previous word. */
    static final Pattern GLUED_WEEKDAY = Pattern.compile(
            "(?<=\\p{L})(?=(ال|أل)(أحد|احد|إثنين|اثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|جمعه|سبت)(?![\\p{L}]))");

    private ArabicDateFinder() {
    }

    @Override
    public Optional<DateValue> find(String text) {
        Optional<DateValue> found = ArabicDates.findFirst(text).map(DateMention::date);
        if (found.isEmpty()) {
            String spaced = GLUED_WEEKDAY.matcher(text).replaceAll(" ");
            if (!spaced.equals(text)) {
                found = ArabicDates.findFirst(spaced).map(DateMention::date);
            }
        }
        return found;
    }
}
