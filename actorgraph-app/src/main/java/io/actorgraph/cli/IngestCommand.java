package io.actorgraph.cli;

import io.actorgraph.extract.Article;
import io.actorgraph.extract.ArticleReader;
import io.actorgraph.extract.Extractor;
import io.actorgraph.extract.Extractors;
import io.actorgraph.ingest.Ingestor;
import io.actorgraph.input.InputProblem;
import io.actorgraph.input.TextFiles;
import io.actorgraph.load.LoadReport;
import io.actorgraph.load.StatementLoader;
import io.actorgraph.store.GraphStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code actorgraph ingest}: extract + load. Articles are extracted on several threads (the
 * NLP models are loaded once and shared) and loaded by one writer, one transaction each, in
 * the order given, so that the result does not depend on which thread finished first.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract actors and relations from articles and load them into the graph.",
            "PATH is a .json article, a .jsonl file of articles, a .txt file, or a folder holding any of these.",
            "Ingesting an article whose id is already there replaces that article's facts."})
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles: .json, .jsonl, .txt files or folders.")
    List<Path> paths;

    @Mixin
    ThreadsOption threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        int extractionThreads = threads.threads();
        Batch batch = read(paths, spec.commandLine().getErr(), "ingest");
        if (batch == null) {
            return ExitCodes.SOME_FAILED;
        }
        int failures;
        // open the store before the slow model load, so that a locked store fails fast
        try (GraphStore graph = store.open()) {
            failures = load(graph, batch, extractionThreads, spec.commandLine().getOut(), spec.commandLine().getErr(), "ingest");
        }
        return failures > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** Articles read from files, each with the file it came from, and how many files or lines failed. */
    record Batch(List<Ingestor.Source> sources, int failed) {
    }

    /**
     * Reads the articles under the paths (one line on err per bad file or line); null when no
     * article could be read. {@code command} names the command in the messages.
     */
    static Batch read(List<Path> paths, PrintWriter err, String command) {
        List<Path> files = TextFiles.expand(paths, ArticleReader.ENDINGS);
        if (files.isEmpty()) {
            err.println("actorgraph " + command + ": no .json, .jsonl or .txt files under " + paths);
            return null;
        }
        ArticleReader reader = new ArticleReader();
        List<Ingestor.Source> sources = new ArrayList<>();
        int failed = 0;
        for (Path file : files) {
            try {
                ArticleReader.FileArticles read = reader.read(file);
                for (Article article : read.articles()) {
                    sources.add(new Ingestor.Source(article, file.toString()));
                }
                for (InputProblem problem : read.problems()) {
                    err.println("actorgraph " + command + ": " + problem.getMessage());
                    failed++;
                }
            } catch (InputProblem problem) {
                err.println("actorgraph " + command + ": " + problem.getMessage());
                failed++;
            }
        }
        return sources.isEmpty() ? null : new Batch(sources, failed);
    }

    /** Extracts and loads a batch into the graph, one line per article on out (or err when it failed); returns the failures. */
    static int load(GraphStore graph, Batch batch, int threads, PrintWriter out, PrintWriter err, String command)
            throws InterruptedException {
        List<Ingestor.Source> sources = batch.sources();
        int[] done = {0, 0};
        int[] failures = {batch.failed()};
        Extractor extractor = Extractors.create();
        Ingestor ingestor = new Ingestor(extractor, new StatementLoader(graph), threads);
        Progress progress = new Progress(err, sources.size());
        ingestor.ingest(sources, result -> {
            done[0]++;
            done[1] += result.sentences();
            if (result.ok()) {
                LoadReport report = result.report();
                out.printf("ingested %s%s: %d actors, %d facts, %d events in %d ms%n", report.article(),
                        report.replaced() ? " (replaced)" : "", report.actors(), report.facts(), report.events(),
                        report.millis());
            } else {
                err.println("actorgraph " + command + ": " + result.source() + " (article \"" + result.article() + "\"): "
                        + result.problem());
                failures[0]++;
            }
            progress.update(done[0], done[1]);
        });
        out.flush();
        return failures[0];
    }
}
