package io.actorgraph.bench;

import io.actorgraph.load.LoadReport;
import io.actorgraph.load.StatementLoader;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.store.GraphStore;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Loads a synthetic corpus through the real loader (one transaction per article) and reports
 * facts per second. Documents are generated on a second thread, ahead of the writer, so the
 * figure is the loader's, not the generator's.
 */
public final class LoadBenchmark {

    private static final StatementDocument END = StatementDocument.of(null, null, null, null, null);

    public record Result(long facts, long evidences, long actors, double seconds, double factsPerSecond,
            long nodes, long relationships) {
    }

    public static Result run(GraphStore store, SyntheticCorpus corpus, PrintWriter log) throws InterruptedException {
        StatementLoader loader = new StatementLoader(store);
        BlockingQueue<StatementDocument> queue = new ArrayBlockingQueue<>(8);
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < corpus.articles(); i++) {
                    queue.put(corpus.document(i));
                }
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "synthetic-corpus");
        producer.setDaemon(true);
        producer.start();
        long started = System.nanoTime();
        long statements = 0;
        long evidences = 0;
        int done = 0;
        for (StatementDocument doc = queue.take(); doc != END; doc = queue.take()) {
            LoadReport report = loader.load(doc);
            statements += doc.facts().size();
            evidences += report.evidences();
            done++;
            if (done % Math.max(1, corpus.articles() / 10) == 0) {
                double s = (System.nanoTime() - started) / 1e9;
                log.printf(Locale.ROOT, "  %d/%d articles, %,d facts, %.0f facts/s%n", done, corpus.articles(),
                        statements, statements / s);
                log.flush();
            }
        }
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
}
