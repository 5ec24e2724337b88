package io.actorgraph.ingest;

import io.actorgraph.extract.Article;
import io.actorgraph.extract.Extractor;
import io.actorgraph.input.InputProblem;
import io.actorgraph.load.StatementLoader;
import io.actorgraph.model.ArticleId;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Extract + load for many articles: extraction runs on several threads (the models are
 * shared), loading on the calling thread alone, one transaction per article, in the order the
 * articles were given. A single writer keeps actor resolution free of races; a bounded
 * window of articles in flight keeps memory flat on large folders.
 */
public final class Ingestor {

    /** How the problem of an article the extractor failed on by a bug starts (the API does not show the rest). */
    public static final String INTERNAL = "the extractor failed on this article (internal error: ";

    private final Extractor extractor;
    private final StatementLoader loader;
    private final int threads;

    public Ingestor(Extractor extractor, StatementLoader loader, int threads) {
        this.extractor = extractor;
        this.loader = loader;
        this.threads = Math.max(1, threads);
    }

    /** One article that arrived with where it came from (a file, a line, a request). */
    public record Source(Article article, String from) {
    }

    /** Ingests the articles; each result is handed to {@code onResult} as soon as it is loaded or failed. */
    public List<IngestResult> ingest(List<Source> sources, Consumer<IngestResult> onResult) throws InterruptedException {
        int workers = Math.min(threads, Math.max(1, sources.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "extract");
            thread.setDaemon(true);
            return thread;
        });
        int ahead = workers * 2;
        int n = sources.size();
        List<Future<StatementDocument>> futures = new ArrayList<>(java.util.Collections.nCopies(n, null));
        List<IngestResult> results = new ArrayList<>(n);
        try {
            int submitted = 0;
            for (int i = 0; i < n; i++) {
                while (submitted < n && submitted < i + ahead) {
                    Article article = sources.get(submitted).article();
                    // an article whose id cannot be one is refused before the models spend time on it
                    futures.set(submitted, ArticleId.problem(article.id()).isPresent()
                            ? CompletableFuture.completedFuture(null) : pool.submit(() -> extractor.extract(article)));
                    submitted++;
                }
                IngestResult result = loadOne(sources.get(i), futures.get(i));
                futures.set(i, null);
                results.add(result);
                onResult.accept(result);
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    private IngestResult loadOne(Source source, Future<StatementDocument> future) throws InterruptedException {
        String id = source.article().id();
        Optional<String> badId = ArticleId.problem(id);
        if (badId.isPresent()) {
            return new IngestResult(id, source.from(), null, badId.get(), Sentences.count(source.article().text()));
        }
        StatementDocument document;
        try {
            document = future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String problem = cause instanceof InputProblem ? cause.getMessage() : INTERNAL + cause + ")";
            return new IngestResult(id, source.from(), null, problem, Sentences.count(source.article().text()));
        }
        try {
            return new IngestResult(id, source.from(), loader.load(document), null,
                    Sentences.count(source.article().text()));
        } catch (RuntimeException e) {
            return new IngestResult(id, source.from(), null, "not loaded (" + StoreException.oneLine(e)
                    + "); nothing of it was written", Sentences.count(source.article().text()));
        }
    }
}
