package io.actorgraph.load;

import io.actorgraph.statement.StatementDocument;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Loads many documents with several writers, each article still in one transaction of its
 * own. Writers touching the same actors or facts can collide: a deadlock, or two creating the
 * same new actor at once, which the uniqueness constraints refuse. Such an article is simply
 * loaded again (it resolves against what the other writer committed), a few times at most.
 */
public final class ParallelLoader {

    private static final int ATTEMPTS = 8;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ParallelLoader.class);

    private final StatementLoader loader;
    private final int writers;

    public ParallelLoader(StatementLoader loader, int writers) {
        this.loader = loader;
        this.writers = Math.max(1, writers);
    }

    /** What became of one document: its report, or the problem that stopped it after retries. */
    public record Outcome(StatementDocument document, LoadReport report, RuntimeException problem, int attempts) {
    }

    /** Loads every document the iterator gives (read by the writers, one at a time) and reports each outcome. */
    public void loadAll(Iterator<StatementDocument> documents, Consumer<Outcome> onOutcome) throws InterruptedException {
        if (writers == 1) {
            while (documents.hasNext()) {
                onOutcome.accept(loadWithRetry(documents.next()));
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
                        Outcome outcome = loadWithRetry(next);
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

    Outcome loadWithRetry(StatementDocument document) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return new Outcome(document, loader.load(document), null, attempt);
            } catch (RuntimeException e) {
                if (!collision(e)) {
                    LOG.debug("{}: failed, not a collision", document.article().id(), e);
                    return new Outcome(document, null, e, attempt);
                }
                last = e;
                LOG.debug("{}: attempt {} collided with another writer ({}); loading it again",
                        document.article().id(), attempt, e.getMessage());
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return new Outcome(document, null, e, attempt);
                }
            }
        }
        return new Outcome(document, null, last, ATTEMPTS);
    }

    /** Whether another writer caused the failure, so that loading again can succeed. */
    static boolean collision(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (name.contains("Deadlock") || name.contains("Transient") || name.contains("ConstraintViolation")
                    || message.contains("already exists with") || message.contains("deadlock")) {
                return true;
            }
        }
        return false;
    }
}
