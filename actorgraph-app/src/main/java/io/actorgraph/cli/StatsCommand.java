package io.actorgraph.cli;

import io.actorgraph.query.StoreStats;
import io.actorgraph.statement.StatementReader;
import io.actorgraph.store.GraphStore;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code actorgraph stats}: what a store holds, as a table or one JSON object. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Show what the graph holds: actors per type, facts per relation and polarity, articles,",
            "events, the newest article and when an article was last loaded."})
public final class StatsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--json", description = "Print one JSON object (facts per relation keyed by the relation's name).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StoreStats stats;
        String location;
        try (GraphStore graph = store.open()) {
            stats = StoreStats.read(graph);
            location = graph.location();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(StatementReader.mapper().writeValueAsString(stats));
        } else {
            print(out, location, stats);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, String location, StoreStats stats) {
        out.println("graph: " + location);
        out.printf("%-18s %,10d%n", "actors", stats.actorCount());
        for (Map.Entry<String, Long> type : stats.actors().entrySet()) {
            out.printf("  %-16s %,10d%n", type.getKey(), type.getValue());
        }
        out.printf("%-18s %,10d %10s %10s%n", "facts", stats.factCount(), "asserted", "negated");
        for (Map.Entry<String, StoreStats.FactCount> relation : stats.facts().entrySet()) {
            StoreStats.FactCount count = relation.getValue();
            out.printf("  %-16s %,10d %,10d %,10d%n", relation.getKey(), count.total(), count.asserted(), count.negated());
        }
        out.printf("%-18s %,10d%n", "articles", stats.articles());
        out.printf("%-18s %,10d%n", "events", stats.events());
        StoreStats.NewestArticle newest = stats.newestArticle();
        out.printf("%-18s %s%n", "newest article", newest == null ? "none"
                : newest.id() + (newest.date() == null ? "" : " (" + newest.date() + ")")
                        + (newest.title() == null ? "" : " \"" + newest.title() + "\""));
        out.printf("%-18s %s%n", "last load", stats.lastLoad() == null ? "never" : stats.lastLoad());
    }
}
