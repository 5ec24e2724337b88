package io.actorgraph.bench;

import io.actorgraph.load.BulkLoader;
import io.actorgraph.load.ParallelLoader;
import io.actorgraph.load.StatementLoader;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.store.GraphStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Loads a synthetic corpus through the real loader (one transaction per article) and reports
 * facts per second.
 */
public final class LoadBenchmark {

    public record Result(long facts, long evidences, long actors, double seconds, double factsPerSecond,
            long nodes, long relationships) {
    }

    /**
     * Loads the corpus with {@code writers} parallel writers. The documents are generated
     * before the clock starts, so the figure is the loader's alone.
     */
    public static Result run(GraphStore store, SyntheticCorpus corpus, int writers, PrintWriter log)
            throws InterruptedException {
        StatementLoader loader = new StatementLoader(store);
        List<StatementDocument> documents = documents(corpus);
        long[] totals = new long[3];
        long started = System.nanoTime();
        new ParallelLoader(loader, writers).loadAll(documents.iterator(), outcome -> {
            if (outcome.problem() != null) {
                throw new IllegalStateException("article " + outcome.document().article().id() + " failed: "
                        + outcome.problem().getMessage(), outcome.problem());
            }
            totals[0] += outcome.document().facts().size();
            totals[1] += outcome.report().evidences();
            totals[2]++;
            if (totals[2] % Math.max(1, corpus.articles() / 10) == 0) {
                double s = (System.nanoTime() - started) / 1e9;
                log.printf(Locale.ROOT, "  %d/%d articles, %,d facts, %.0f facts/s%n", totals[2], corpus.articles(),
                        totals[0], totals[0] / s);
                log.flush();
            }
        });
        long statements = totals[0];
        long evidences = totals[1];
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> counts = store.read("""
                CALL () { MATCH (n) RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
                RETURN nodes, relationships, actors
                """, Map.of()).get(0);
        return new Result(statements, evidences, (Long) counts.get("actors"), seconds, statements / seconds,
                (Long) counts.get("nodes"), (Long) counts.get("relationships"));
    }

    public record BulkResult(long facts, long evidences, long actors, double seconds, double factsPerSecond,
            long nodes, long relationships, double resolveSeconds, double importSeconds, double indexSeconds) {
    }

    /**
     * Builds a new store from the corpus with the bulk importer and opens it (which builds the
     * indexes). The documents are generated first; the clock covers resolving, importing and the
     * store's first opening, so the figure is for a store ready to query.
     */
    public static BulkResult runBulk(Path folder, Supplier<GraphStore> open, SyntheticCorpus corpus) {
        List<StatementDocument> documents = documents(corpus);
        long started = System.nanoTime();
        BulkLoader.Report report = new BulkLoader().load(folder, documents);
        long opening = System.nanoTime();
        try (GraphStore store = open.get()) {
            double indexSeconds = (System.nanoTime() - opening) / 1e9;
            double seconds = (System.nanoTime() - started) / 1e9;
            Map<String, Object> counts = store.read("MATCH (a:Actor) RETURN count(a) AS actors", Map.of()).get(0);
            return new BulkResult(report.facts(), report.evidences(), (Long) counts.get("actors"), seconds,
                    report.evidences() / seconds, report.nodes(), report.relationships(), report.resolveSeconds(),
                    report.importSeconds(), indexSeconds);
        }
    }

    /** The whole corpus, generated before a clock starts: the figures are the loader's alone. */
    private static List<StatementDocument> documents(SyntheticCorpus corpus) {
        List<StatementDocument> documents = new ArrayList<>(corpus.articles());
        for (int i = 0; i < corpus.articles(); i++) {
            documents.add(corpus.document(i));
        }
        return documents;
    }
}
