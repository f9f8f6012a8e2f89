package org.isnad.cli;

import org.isnad.cli.eval.EvalDossierCommand;
import org.isnad.cli.eval.EvalStoriesCommand;
import org.isnad.cli.ner.EvalNerCommand;
import org.isnad.cli.stance.EvalStanceCommand;
import picocli.CommandLine.Command;

/** {@code isnad eval TASK --data FILE}: prints the score of a shipped model on public data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate a shipped model on a data file, or Isnad against the development gold (eval/gold).",
        subcommands = {EvalNerCommand.class, EvalStanceCommand.class, EvalStoriesCommand.class, EvalDossierCommand.class})
public final class EvalCommand {
}
