package io.actorgraph.cli;

import io.actorgraph.input.InputProblem;
import io.actorgraph.input.TextFiles;
import io.actorgraph.load.BulkLoader;
import io.actorgraph.load.LoadReport;
import io.actorgraph.load.StatementLoader;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.statement.StatementReader;
import io.actorgraph.store.GraphStore;
import io.actorgraph.store.StoreException;
import io.actorgraph.store.StoreSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code actorgraph load}: checks statement files against the schema and loads them, one transaction per article. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load statement files (the JSON that `extract` writes, reviewed or written by hand) into the graph.",
            "Every file is checked whole before any of it is loaded; each article is one transaction, and loading",
            "an article again replaces what it stated before.",
            "With --bulk, a new embedded store is built in one pass instead, the way neo4j-admin import does."})
public final class LoadCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Statement files (.json: one document or an array; .jsonl: one per line), or folders of them.")
    List<Path> files;

    @Option(names = "--bulk", description = {"Build a new embedded store (--db must not hold one yet) from all the files"
            + " in one pass with Neo4j's batch importer: the same graph as loading them one by one, about three and a half times as fast"
            + " for a big corpus.",
            "All or nothing, even when killed: the store is built beside DIR and moved into it once complete."
            + " Not for --uri."})
    boolean bulk;

    @Option(names = "--tmp", paramLabel = "DIR", description = {"With --bulk: where the import's temporary files go"
            + " (default: beside DIR, in its .NAME.importing folder). They take about twice the size of the statement"
            + " files' facts and are removed when the import ends, however it ends."})
    Path tmp;

    @Option(names = "--sort-memory", paramLabel = "MB", defaultValue = "256",
            description = "With --bulk: facts held in memory before a sorted chunk is written to --tmp (default ${DEFAULT-VALUE} MB).")
    long sortMemory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StatementReader reader = new StatementReader();
        List<Path> inputs = TextFiles.expand(files, Set.of("json", "jsonl"));
        if (inputs.isEmpty()) {
            err.println("actorgraph load: no .json or .jsonl files under " + files);
            return ExitCodes.SOME_FAILED;
        }
        if (bulk) {
            return bulkLoad(inputs, reader, out, err);
        }
        // Read and check everything first: a broken file is reported before the store is even opened.
        List<List<StatementDocument>> documents = new ArrayList<>();
        List<Path> readable = new ArrayList<>();
        int failed = 0;
        for (Path file : inputs) {
            try {
                documents.add(reader.read(file));
                readable.add(file);
            } catch (InputProblem problem) {
                err.println("actorgraph load: " + problem.getMessage());
                failed++;
            }
        }
        if (readable.isEmpty()) {
            return ExitCodes.SOME_FAILED;
        }
        int articles = 0;
        try (GraphStore graph = store.open()) {
            StatementLoader loader = new StatementLoader(graph);
            for (int i = 0; i < readable.size(); i++) {
                for (StatementDocument document : documents.get(i)) {
                    try {
                        LoadReport report = loader.load(document);
                        articles++;
                        out.printf("loaded %s%s: %d actors (%d new), %d facts (%d new), %d evidence, %d events in %d ms%n",
                                report.article(), report.replaced() ? " (replaced)" : "", report.actors(),
                                report.newActors(), report.facts(), report.newFacts(), report.evidences(),
                                report.events(), report.millis());
                    } catch (RuntimeException e) {
                        err.println("actorgraph load: " + readable.get(i) + ": article \"" + document.article().id()
                                + "\" was not loaded (" + StoreException.oneLine(e) + "); nothing of it was written");
                        failed++;
                    }
                }
            }
        }
        out.flush();
        if (failed > 0) {
            err.printf("actorgraph load: %d loaded, %d failed%n", articles, failed);
            return ExitCodes.SOME_FAILED;
        }
        return ExitCodes.OK;
    }

    private int bulkLoad(List<Path> inputs, StatementReader reader, PrintWriter out, PrintWriter err) {
        StoreSpec target = store.spec();
        if (target.remote()) {
            err.println("actorgraph load: --bulk builds a new embedded store in a folder; it cannot write to "
                    + target.uri() + ". Load into a server without --bulk, or import there with neo4j-admin");
            return ExitCodes.USAGE;
        }
        if (sortMemory < 1) {
            err.println("actorgraph load: --sort-memory must be at least 1 (MB)");
            return ExitCodes.USAGE;
        }
        // every file is checked whole (and its article ids noted) before the import reads it again to build
        BulkLoader.Report report = new BulkLoader(new BulkLoader.Options(tmp, sortMemory << 20)).loadFiles(
                target.folderOrDefault(), inputs, reader, problem -> {
                    err.println("actorgraph load: " + problem);
                    err.flush();
                }, notice -> {
                    err.println("actorgraph load: " + notice);
                    err.flush();
                });
        if (report.articles() == 0) {
            return ExitCodes.SOME_FAILED;
        }
        long indexing = System.nanoTime();
        try (GraphStore graph = store.open()) {
            out.printf("imported %d articles into a new store at %s: %,d facts (%,d evidence), %,d nodes, %,d relationships"
                    + " (checking %.1f s, reading again and resolving %.1f s, merging %.1f s, import %.1f s, indexes %.1f s)%n",
                    report.articles(), graph.location(), report.facts(), report.evidences(), report.nodes(),
                    report.relationships(), report.checkSeconds(), report.resolveSeconds(), report.mergeSeconds(), report.importSeconds(),
                    (System.nanoTime() - indexing) / 1e9);
        }
        out.flush();
        if (report.failedFiles() > 0) {
            err.printf("actorgraph load: %d articles imported, %d files failed%n", report.articles(), report.failedFiles());
            return ExitCodes.SOME_FAILED;
        }
        return ExitCodes.OK;
    }
}
