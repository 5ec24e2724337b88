package io.actorgraph.cli;

import io.actorgraph.bench.IngestBenchmark;
import io.actorgraph.extract.Article;
import io.actorgraph.store.GraphStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code actorgraph bench ingest}: extract + load speed on a folder of articles, after model load. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Compose a folder's worth of articles from real sentences, ingest them on all cores",
            "and report sentences/s end to end after the models are loaded, and the peak heap."})
public final class BenchIngestCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--from", defaultValue = "actorgraph-core/src/test/resources/fixtures",
            description = "Articles whose sentences are used (default ${DEFAULT-VALUE}).")
    Path from;

    @Option(names = "--articles", defaultValue = "50", description = "Articles (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--sentences", defaultValue = "20", description = "Sentences per article (default ${DEFAULT-VALUE}).")
    int sentences;

    @Mixin
    ThreadsOption threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        List<Article> corpus = IngestBenchmark.compose(from, articles, sentences);
        out.printf("bench ingest: %d articles of %d sentences from %s, %d threads, heap max %d MB%n", articles,
                sentences, from, threads.threads(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.flush();
        try (GraphStore graph = store.open()) {
            IngestBenchmark.Result r = IngestBenchmark.run(graph, corpus, threads.threads(), out);
            out.printf(Locale.ROOT, "ingested %d articles, %d sentences in %.1f s: %.1f sentences/s end to end"
                    + " (loading %.1f s of it); models %.1f s; peak heap %d MB%n", r.articles(), r.sentences(),
                    r.seconds(), r.sentencesPerSecond(), r.loadMillis() / 1000.0, r.modelLoadSeconds(), r.peakHeapMb());
        }
        return ExitCodes.OK;
    }
}
