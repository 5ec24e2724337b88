package io.actorgraph.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How many extraction threads a command runs, shared by every command that extracts. */
public final class ThreadsOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    public int threads() {
        if (threads < 1) {
            throw new ParameterException(command.commandLine(), "--threads " + threads + ": give 1 or more");
        }
        return threads;
    }
}
