package org.isnad.cli;

import picocli.CommandLine.Command;

/** {@code isnad train MODEL}: reproducible training of the models Isnad ships. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model from ../shared/data.",
        subcommands = {TrainDfCommand.class})
public final class TrainCommand {
}
