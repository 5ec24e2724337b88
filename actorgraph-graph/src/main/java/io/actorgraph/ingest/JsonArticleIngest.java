package io.actorgraph.ingest;

import io.actorgraph.extract.Article;
import io.actorgraph.extract.ArticleReader;
import io.actorgraph.extract.Extractor;
import io.actorgraph.input.InputProblem;
import io.actorgraph.load.LoadReport;
import io.actorgraph.load.StatementLoader;
import io.actorgraph.model.ArticleId;
import io.actorgraph.store.GraphStore;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One article as JSON (what POST /api/articles receives) through the ingest pipeline: read as
 * {@code ingest} reads a .json file, then extracted and loaded by the {@link Ingestor}. One
 * article at a time (the graph has one writer); the extractor is built once, on first use or
 * at warm-up.
 */
public final class JsonArticleIngest implements ArticleIngest {

    private static final Logger LOG = LoggerFactory.getLogger(JsonArticleIngest.class);

    private final StatementLoader loader;
    private final Supplier<Extractor> extractors;
    private final ArticleReader reader = new ArticleReader();
    private Ingestor ingestor;

    public JsonArticleIngest(GraphStore graph, Supplier<Extractor> extractors) {
        this.loader = new StatementLoader(graph);
        this.extractors = extractors;
    }

    /** Loads the models in the background, so that the first article does not wait for them. */
    public void warmUp(PrintWriter err, String command) {
        Thread thread = new Thread(() -> {
            try {
                ingestor();
            } catch (RuntimeException e) {
                err.println("actorgraph " + command + ": the extractor cannot start (" + e.getMessage()
                        + "); POST /api/articles will answer 503");
                err.flush();
            }
        }, "extractor-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized Ingestor ingestor() {
        if (ingestor == null) {
            ingestor = new Ingestor(extractors.get(), loader, 1);
        }
        return ingestor;
    }

    @Override
    public synchronized IngestOutcome ingest(String json) {
        Article article;
        try {
            article = reader.fromJson("request body", json, "post-" + digest(json));
        } catch (InputProblem problem) {
            return IngestOutcome.badInput(problem.getMessage());
        }
        Optional<String> badId = ArticleId.problem(article.id());
        if (badId.isPresent()) {
            return IngestOutcome.badInput("request body: \"id\": " + badId.get());
        }
        Ingestor pipeline;
        try {
            pipeline = ingestor();
        } catch (RuntimeException e) {
            return IngestOutcome.unavailable("the extractor cannot start (" + e.getMessage() + "); nothing was written");
        }
        IngestResult result;
        try {
            result = pipeline.ingest(List.of(new Ingestor.Source(article, "POST /api/articles")), r -> { }).get(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return IngestOutcome.failed(article.id(), "interrupted; nothing was written");
        }
        if (!result.ok()) {
            if (result.problem().startsWith(Ingestor.INTERNAL)) {
                // a bug: the log gets the exception, the client a sentence without it
                LOG.warn("POST /api/articles, article \"{}\": {}", result.article(), result.problem());
                return IngestOutcome.failed(result.article(), "the extractor failed on this article (an internal error;"
                        + " the server log says which); nothing of it was written");
            }
            return IngestOutcome.failed(result.article(), result.problem());
        }
        LoadReport report = result.report();
        return new IngestOutcome(IngestOutcome.Status.LOADED, report.article(), report.replaced(), report.actors(),
                report.facts(), report.events(), report.millis(), null);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
