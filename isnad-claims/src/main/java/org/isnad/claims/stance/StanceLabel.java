package org.isnad.claims.stance;

import java.util.Locale;

/** How a second statement relates to a first: says the same, says the opposite, or is about something else. */
public enum StanceLabel {
    AGREE, DISAGREE, OTHER;

    /** Parses {@code agree}, {@code disagree} or {@code other} in any case. */
    public static StanceLabel parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** The lower-case name used in the data files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
