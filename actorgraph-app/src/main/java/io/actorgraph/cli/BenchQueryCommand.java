package io.actorgraph.cli;

import io.actorgraph.bench.QueryBenchmark;
import io.actorgraph.store.GraphStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code actorgraph bench query}: warm latency of "who signed with X" through the Java API. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Ask \"who signed with X\" for random actors of a store filled by `bench load`,",
            "after a warm-up, through the Java API; report p50/p95/p99 latency."})
public final class BenchQueryCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--actors", defaultValue = "100000", description = "Actors the store holds (default ${DEFAULT-VALUE}).")
    int actors;

    @Option(names = "--warmup", defaultValue = "5000", description = "Questions before measuring (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--queries", defaultValue = "20000", description = "Questions measured (default ${DEFAULT-VALUE}).")
    int queries;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore graph = store.open()) {
            QueryBenchmark.run(graph, actors, warmup, queries, out);
        }
        return ExitCodes.OK;
    }
}
