package io.actorgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code actorgraph bench}: the rerunnable benchmarks whose figures the README reports. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Rerunnable benchmarks; each prints its figures on stdout.",
        subcommands = {BenchLoadCommand.class, BenchQueryCommand.class, BenchIngestCommand.class,
            BenchServeCommand.class})
public final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose a benchmark: " + String.join(", ",
                spec.subcommands().keySet()));
    }
}
