package org.isnad.cli;

import org.isnad.pipeline.Pipeline;
import org.isnad.stories.OnlineStoryGrouper;
import picocli.CommandLine.Option;

/**
 * {@code --grouper batch|online}: which story grouper a command uses. {@code batch} (default) is the
 * average-linkage grouper; {@code online} assigns articles one at a time in publication order with
 * weights learned from the development gold, and links storylines.
 */
public final class GrouperOption {
    @Option(names = "--grouper", defaultValue = "batch", paramLabel = "NAME",
            description = "story grouper: batch (default) or online (learned, publication order, storylines)")
    String name;

    public Pipeline apply(Pipeline pipeline) {
        return switch (name) {
            case "batch" -> pipeline;
            case "online" -> pipeline.withGrouper(new OnlineStoryGrouper());
            default -> throw new IllegalArgumentException("unknown grouper " + name + " (batch or online)");
        };
    }
}
