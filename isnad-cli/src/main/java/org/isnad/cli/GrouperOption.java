package org.isnad.cli;

import org.isnad.pipeline.Pipeline;
import org.isnad.stories.SimilarityStoryGrouper;
import picocli.CommandLine.Option;

/**
 * {@code --grouper online|batch}: which story grouper a command uses. {@code online} (default) assigns
 * articles one at a time in publication order with weights learned from the development gold, and links
 * storylines; {@code batch} is the earlier average-linkage grouper, kept for comparison.
 */
public final class GrouperOption {
    @Option(names = "--grouper", defaultValue = "online", paramLabel = "NAME",
            description = "story grouper: online (default: learned, publication order, storylines) or batch (average linkage)")
    String name;

    public Pipeline apply(Pipeline pipeline) {
        return switch (name) {
            case "online" -> pipeline;
            case "batch" -> pipeline.withGrouper(new SimilarityStoryGrouper());
            default -> throw new IllegalArgumentException("unknown grouper " + name + " (batch or online)");
        };
    }
}
