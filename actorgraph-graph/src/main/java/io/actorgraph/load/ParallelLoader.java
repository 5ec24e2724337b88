package io.actorgraph.load;

import io.actorgraph.statement.StatementDocument;
import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Loads many documents with several writers, each article still in one transaction of its
 * own. Writers touching the same actors or facts can collide: a deadlock, or two creating the
 * same new actor at once, which the uniqueness constraints refuse. The store then runs that
 * article's transaction again (it resolves against what the other writer committed), as it
 * does for every writer.
 */
public final class ParallelLoader {

    private final StatementLoader loader;
    private final int writers;

    public ParallelLoader(StatementLoader loader, int writers) {
        this.loader = loader;
        this.writers = Math.max(1, writers);
    }

    /** What became of one document: its report, or the problem that stopped it (after the store's retries). */
    public record Outcome(StatementDocument document, LoadReport report, RuntimeException problem) {
    }

    /** Loads every document the iterator gives (read by the writers, one at a time) and reports each outcome. */
    public void loadAll(Iterator<StatementDocument> documents, Consumer<Outcome> onOutcome) throws InterruptedException {
        if (writers == 1) {
            while (documents.hasNext()) {
                onOutcome.accept(load(documents.next()));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers, runnable -> {
            Thread thread = new Thread(runnable, "load");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<?>[] running = new Future<?>[writers];
            for (int w = 0; w < writers; w++) {
                running[w] = pool.submit(() -> {
                    while (true) {
                        StatementDocument next;
                        synchronized (documents) {
                            if (!documents.hasNext()) {
                                return null;
                            }
                            next = documents.next();
                        }
                        Outcome outcome = load(next);
                        synchronized (onOutcome) {
                            onOutcome.accept(outcome);
                        }
                    }
                });
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a writer stopped: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome load(StatementDocument document) {
        try {
            return new Outcome(document, loader.load(document), null);
        } catch (RuntimeException e) {
            return new Outcome(document, null, e);
        }
    }
}
