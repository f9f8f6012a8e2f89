package org.isnad.cli;

import org.isnad.cli.server.IngestCommand;
import org.isnad.cli.server.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code isnad}: the top-level command; each subcommand is one class. */
@Command(name = "isnad", mixinStandardHelpOptions = true, version = "isnad 0.1.0",
        description = "Arabic news intelligence: raw articles to a cross-checked story dossier.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, ServeCommand.class, TrainCommand.class, org.isnad.cli.stories.GroupCommand.class,
                EvalCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class IsnadCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by main and the tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new IsnadCommand());
        cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
            line.getErr().println("isnad: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            return 1;
        });
        return cl;
    }
}
