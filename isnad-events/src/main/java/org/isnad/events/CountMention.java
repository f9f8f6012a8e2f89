package org.isnad.events;

import org.isnad.core.model.Count;
import org.isnad.core.model.SourceSpan;

/**
 * A count and where it is written. A casualty reported without a number ({@code قتلى وجرحى},
 * {@code مقتل وإصابة عدد من}) is a count with {@code value 0} and {@code approximate true}: "some,
 * number not given"; its text is the words as written. It never conflicts with a number.
 */
public record CountMention(Count count, SourceSpan span) {
    /** True for "some, number not given". */
    public boolean unquantified() {
        return count.value() == 0 && count.approximate();
    }
}
