package org.isnad.arabic;

import java.util.Objects;
import org.isnad.core.model.Span;

/**
 * A number expression found in a text.
 *
 * @param span        where it is in the original text, without a glued proclitic ({@code و، ب، ال});
 *                    covers an approximating qualifier such as
 *                    {@code نحو} or {@code أكثر من} when there is one
 * @param value       its value (for vague plurals such as {@code عشرات}, see {@link NumberWords})
 * @param approximate true for qualified amounts ({@code نحو 300}) and vague plurals ({@code مئات})
 */
public record NumberMention(Span span, long value, boolean approximate) {
    public NumberMention {
        Objects.requireNonNull(span, "span");
    }
}
