package org.isnad.cli;

import picocli.CommandLine.Command;

/** {@code isnad bench WHAT}: speed benchmarks (never timed unit tests). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Speed benchmarks.",
        subcommands = {BenchPipelineCommand.class, BenchNerCommand.class})
public final class BenchCommand {
}
