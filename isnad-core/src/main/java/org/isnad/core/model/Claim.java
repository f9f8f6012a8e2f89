package org.isnad.core.model;

import java.util.List;

/** An attributed statement: what was said (span), by whom, through which cue and channel. */
public record Claim(String id, SourceSpan span, String speaker, String speakerText, String channel, String cue,
                    Stance stance, List<String> corroboratedBy, List<String> contradictedBy, String story) {
    public Claim {
        corroboratedBy = List.copyOf(corroboratedBy);
        contradictedBy = List.copyOf(contradictedBy);
    }
}
