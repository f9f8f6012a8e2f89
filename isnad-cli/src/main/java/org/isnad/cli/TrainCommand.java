package org.isnad.cli;

import org.isnad.cli.eval.TrainStoriesCommand;
import org.isnad.cli.ner.TrainNerCommand;
import org.isnad.cli.stance.TrainStanceCommand;
import picocli.CommandLine.Command;

/** {@code isnad train MODEL}: reproducible training of the models Isnad ships. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train a model from ../shared/data.",
        subcommands = {TrainNerCommand.class, TrainStanceCommand.class, TrainDfCommand.class, TrainStoriesCommand.class})
public final class TrainCommand {
}
