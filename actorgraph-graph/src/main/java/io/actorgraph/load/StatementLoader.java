package io.actorgraph.load;

import io.actorgraph.model.ArticleId;
import io.actorgraph.resolve.Countries;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.store.GraphStore;

/**
 * Loads statement documents into the graph, one transaction per article: either all of an
 * article's actors, facts, evidence and events are there afterwards, or none. Loading an
 * article again replaces what it stated before and leaves other articles' facts alone.
 * Batched: each step is one UNWIND over the article's rows, with parameters only.
 */
public final class StatementLoader {

    private final GraphStore store;
    private final ArticleWriter writer;
    private final ArticleCleaner cleaner = new ArticleCleaner();

    public StatementLoader(GraphStore store) {
        this(store, Countries.world());
    }

    public StatementLoader(GraphStore store, Countries countries) {
        this.store = store;
        this.writer = new ArticleWriter(countries);
    }

    /** Loads one article; an id that could not be fetched back (see {@link ArticleId}) is refused, nothing written. */
    public LoadReport load(StatementDocument doc) {
        ArticleId.problem(doc.article().id()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        long started = System.nanoTime();
        return store.write(tx -> {
            ArticleCleaner.Removed removed = cleaner.remove(tx, doc.article().id());
            LoadReport report = writer.write(new CypherLoaderGraph(tx), doc, removed.existed(), started);
            cleaner.finish(tx, removed);
            return report;
        });
    }
}
