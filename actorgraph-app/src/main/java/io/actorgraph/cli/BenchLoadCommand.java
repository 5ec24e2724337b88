package io.actorgraph.cli;

import io.actorgraph.bench.LoadBenchmark;
import io.actorgraph.bench.SyntheticCorpus;
import io.actorgraph.load.BulkLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import io.actorgraph.store.GraphStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code actorgraph bench load}: the loader on a synthetic corpus (default 100,000 actors, 1,000,000 facts). */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load a synthetic corpus through the real loader and report facts/s.",
            "Use a fresh --db folder: the figure is for an empty store filling up."})
public final class BenchLoadCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--actors", defaultValue = "100000", description = "Distinct actors (default ${DEFAULT-VALUE}).")
    int actors;

    @Option(names = "--facts", defaultValue = "1000000", description = "Fact statements (default ${DEFAULT-VALUE}).")
    int facts;

    @Option(names = "--articles", defaultValue = "1000",
            description = "Articles the facts are spread over; one transaction each (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--writers", defaultValue = "2",
            description = "Parallel writers, each article one transaction (default ${DEFAULT-VALUE}).")
    int writers;

    @Option(names = "--bulk", description = "Build a new store with the batch importer (load --bulk) instead of"
            + " loading article by article; --db must not hold a store yet.")
    boolean bulk;

    @Option(names = "--corpus", paramLabel = "DIR", description = "With --bulk: where the corpus is written as JSON Lines"
            + " files before the clock starts (default: DB.corpus beside --db, removed afterwards).")
    Path corpus;

    @Option(names = "--files", defaultValue = "16",
            description = "With --bulk: JSON Lines files the corpus is written as (default ${DEFAULT-VALUE}).")
    int files;

    @Option(names = "--tmp", paramLabel = "DIR",
            description = "With --bulk: where the import's temporary files go (as for load --bulk).")
    Path tmp;

    @Option(names = "--sort-memory", paramLabel = "MB", defaultValue = "256",
            description = "With --bulk: facts held in memory before a sorted chunk is written (default ${DEFAULT-VALUE} MB).")
    long sortMemory;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("bench load: %,d actors, %,d facts in %,d articles, %s, into %s%n", actors, facts, articles,
                bulk ? "bulk import" : writers + " writers", store.spec().describe());
        out.flush();
        if (bulk) {
            if (store.spec().remote()) {
                spec.commandLine().getErr().println("actorgraph bench load: --bulk builds an embedded store; drop --uri");
                return ExitCodes.USAGE;
            }
            Path db = store.spec().folderOrDefault().toAbsolutePath().normalize();
            Path corpusFolder = corpus != null ? corpus : db.resolveSibling(db.getFileName() + ".corpus");
            LoadBenchmark.BulkResult r;
            try {
                r = LoadBenchmark.runBulk(db, store::open, new SyntheticCorpus(actors, facts, articles, seed), corpusFolder,
                        files, new BulkLoader.Options(tmp, sortMemory << 20), out);
            } finally {
                if (corpus == null) {
                    deleteTree(corpusFolder);
                }
            }
            double afterCheck = r.seconds() - r.checkSeconds();
            out.printf(Locale.ROOT, "imported %,d facts (%,d evidence) in %.1f s: %,.0f facts/s; after checking the files"
                    + " (%.1f s): %.1f s, %,.0f facts/s (reading again and resolving %.1f s,"
                    + " merging %.1f s, import %.1f s, opening and building indexes %.1f s); store: %,d actors, %,d nodes,"
                    + " %,d relationships, %,d MB on disk; corpus %,d MB; temporary files %,d MB at most (%d sorted chunks);"
                    + " peak heap %,d MB of %,d MB%n",
                    r.facts(), r.evidences(), r.seconds(), r.factsPerSecond(), r.checkSeconds(), afterCheck,
                    r.evidences() / afterCheck, r.resolveSeconds(), r.mergeSeconds(),
                    r.importSeconds(), r.indexSeconds(), r.actors(), r.nodes(), r.relationships(), r.storeBytes() >> 20,
                    r.corpusBytes() >> 20, r.tempBytes() >> 20, r.sortedChunks(), r.peakHeapBytes() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            return ExitCodes.OK;
        }
        try (GraphStore graph = store.open()) {
            LoadBenchmark.Result r = LoadBenchmark.run(graph, new SyntheticCorpus(actors, facts, articles, seed), writers, out);
            out.printf("loaded %,d facts (%,d evidence) in %.1f s: %,.0f facts/s; store: %,d actors, %,d nodes, %,d relationships%n",
                    r.facts(), r.evidences(), r.seconds(), r.factsPerSecond(), r.actors(), r.nodes(), r.relationships());
        }
        return ExitCodes.OK;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
