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
import picocli.CommandLine.Option;
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

    @Option(names = "--threads", paramLabel = "N",
            description = "Extraction threads (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = TextFiles.expand(paths, ArticleReader.ENDINGS);
        if (files.isEmpty()) {
            err.println("actorgraph ingest: no .json, .jsonl or .txt files under " + paths);
            return ExitCodes.SOME_FAILED;
        }
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        int failed = 0;
        for (Path file : files) {
            try {
                ArticleReader.FileArticles read = reader.read(file);
                for (Article article : read.articles()) {
                    articles.add(article);
                    origins.add(file.toString());
                }
                for (InputProblem problem : read.problems()) {
                    err.println("actorgraph ingest: " + problem.getMessage());
                    failed++;
                }
            } catch (InputProblem problem) {
                err.println("actorgraph ingest: " + problem.getMessage());
                failed++;
            }
        }
        if (articles.isEmpty()) {
            return ExitCodes.SOME_FAILED;
        }
        List<Ingestor.Source> sources = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            sources.add(new Ingestor.Source(articles.get(i), origins.get(i)));
        }
        int[] done = {0, 0};
        int[] failures = {failed};
        // open the store before the slow model load, so that a locked store fails fast
        try (GraphStore graph = store.open()) {
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
                    err.println("actorgraph ingest: " + result.source() + " (article \"" + result.article() + "\"): "
                            + result.problem());
                    failures[0]++;
                }
                progress.update(done[0], done[1]);
            });
        }
        out.flush();
        return failures[0] > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
}
