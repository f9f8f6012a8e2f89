package org.isnad.claims.extract;

import org.isnad.core.model.Stance;

/**
 * A reporting cue found in a text: the words it spans ({@code first..last} word indexes), the stance
 * it gives, and its kind.
 */
record Cue(int first, int last, Stance stance, Kind kind, String family) {
    enum Kind {
        /** A finite verb: قال، تؤكد، نفت. */
        VERB,
        /** A participle continuing the previous statement: مؤكداً، مضيفاً، زاعماً. */
        PARTICIPLE,
        /** A preposition naming the source: بحسب، وفقاً لـ، نقلاً عن. */
        ACCORDING_TO,
        /** وردت أنباء: unattributed news. */
        NEWS
    }
}
