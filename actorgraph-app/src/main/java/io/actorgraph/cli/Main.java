package io.actorgraph.cli;

import io.actorgraph.input.InputProblem;
import io.actorgraph.store.StoreException;
import picocli.CommandLine;

/** The command line's entry point: picocli, one-line errors and documented exit codes, never a stack trace. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Output.useUtf8();
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit status (used by the end-to-end tests too). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new ActorGraphCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            String command = commandLine.getCommandName();
            if (e instanceof InputProblem) {
                commandLine.getErr().println("actorgraph " + command + ": " + e.getMessage());
                return ExitCodes.SOME_FAILED;
            }
            if (e instanceof StoreException) {
                commandLine.getErr().println("actorgraph " + command + ": " + e.getMessage());
                return ExitCodes.STORE;
            }
            commandLine.getErr().println("actorgraph " + command + ": internal error: " + e
                    + (Boolean.getBoolean("actorgraph.debug") ? "" : " (set ACTORGRAPH_DEBUG=1 for the stack trace)"));
            if (Boolean.getBoolean("actorgraph.debug")) {
                e.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.INTERNAL;
        });
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine commandLine = e.getCommandLine();
            // picocli's own messages start with "Error: "; ours say which command already
            String message = e.getMessage().startsWith("Error: ") ? e.getMessage().substring(7) : e.getMessage();
            commandLine.getErr().println("actorgraph " + commandLine.getCommandName() + ": " + message
                    + " (see: actorgraph " + (commandLine.getParent() == null ? "" : commandLine.getCommandName() + " ")
                    + "--help)");
            return ExitCodes.USAGE;
        });
        return cli.execute(args);
    }
}
