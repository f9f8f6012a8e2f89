package org.isnad.cli;

import org.isnad.core.model.Dossier;
import org.isnad.core.model.Story;

/** The short summary {@code analyze} prints on stdout. */
final class Summary {
    private Summary() {
    }

    static String of(Dossier d) {
        StringBuilder b = new StringBuilder();
        b.append(d.articles().size()).append(" articles, ").append(d.stories().size()).append(" stories, ")
                .append(d.entities().size()).append(" entities, ").append(d.events().size()).append(" events, ")
                .append(d.claims().size()).append(" claims");
        if (!d.errors().isEmpty()) {
            b.append(", ").append(d.errors().size()).append(" inputs not analysed");
        }
        for (Story s : d.stories()) {
            b.append("\n  [").append(s.id()).append("] ").append(s.title()).append(" (").append(s.articles().size())
                    .append(" articles; ").append(s.keyPoints().size()).append(" key points, ")
                    .append(s.contradictions().size()).append(" contradictions)");
        }
        return b.toString();
    }
}
