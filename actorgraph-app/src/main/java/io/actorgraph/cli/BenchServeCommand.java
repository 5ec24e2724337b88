package io.actorgraph.cli;

import io.actorgraph.bench.ServeBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code actorgraph bench serve}: starts {@code serve} on a store (or uses a running one with
 * --url), then N concurrent clients over loopback ask question requests of every form about
 * random actors for a fixed time, and reports requests/s with p50/p95/p99; then times the
 * neighbourhood of the most connected actor. Only loopback addresses are ever sent to.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Load-test the REST API: concurrent clients ask questions about random actors over loopback",
            "(requests/s, p50/p95/p99), then the neighbourhood of the most connected actor is timed.",
            "Starts serve on --db/--uri itself unless --url names a running one."})
public final class BenchServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--url", paramLabel = "URL",
            description = "A running serve on this machine (http://127.0.0.1:PORT) instead of starting one.")
    String url;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "16", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "30", description = "Measured time (default: ${DEFAULT-VALUE}).")
    int duration;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "15",
            description = "Requests before measuring, for the JIT and the page cache (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--actors", paramLabel = "N", defaultValue = "5000",
            description = "How many random actors the questions are about (default: ${DEFAULT-VALUE}).")
    int actors;

    @Option(names = "--hub-runs", paramLabel = "N", defaultValue = "20",
            description = "Timed neighbourhood requests for the hub, depth 2 (default: ${DEFAULT-VALUE}).")
    int hubRuns;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:ACTORGRAPH_API_TOKEN}",
            description = "API token of the server named by --url, if it needs one.")
    String token;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServeBenchmark benchmark = new ServeBenchmark(new ServeBenchmark.Settings(url, clients, duration, warmup, actors,
                hubRuns, token, seed));
        ServeBenchmark.Outcome outcome = benchmark.run(store.spec(), spec.commandLine().getOut(),
                spec.commandLine().getErr());
        return switch (outcome) {
            case OK -> ExitCodes.OK;
            case ERRORS, EMPTY_GRAPH -> ExitCodes.SOME_FAILED;
            case NOT_LOOPBACK -> ExitCodes.USAGE;
        };
    }
}
