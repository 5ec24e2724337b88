package io.actorgraph.cli;

import picocli.CommandLine.Command;

/** {@code actorgraph bench}: the rerunnable benchmarks whose figures the README reports. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Rerunnable benchmarks: load, query, ask (cold start), ingest, serve.",
        subcommands = {io.actorgraph.bench.ServeBenchmark.class})
public final class BenchCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "choose a benchmark");
    }
}
