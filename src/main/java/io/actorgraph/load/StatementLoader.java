package io.actorgraph.load;

import io.actorgraph.resolve.Countries;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.store.GraphStore;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads statement documents into the graph, one transaction per article: either all of an
 * article's actors, facts, evidence and events are there afterwards, or none. Loading an
 * article again replaces what it stated before and leaves other articles' facts alone.
 * Batched: each step is one UNWIND over the article's rows, with parameters only.
 */
public final class StatementLoader {

    private static final String UPSERT_ARTICLE = """
            MERGE (art:Article {id: $id})
            SET art = $props
            SET art.id = $id, art.loadedAt = datetime()
            """;

    private final GraphStore store;
    private final ActorWriter actors;
    private final FactWriter facts = new FactWriter();
    private final EventWriter events = new EventWriter();
    private final ArticleCleaner cleaner = new ArticleCleaner();

    public StatementLoader(GraphStore store) {
        this(store, Countries.world());
    }

    public StatementLoader(GraphStore store, Countries countries) {
        this.store = store;
        this.actors = new ActorWriter(countries);
    }

    public LoadReport load(StatementDocument doc) {
        long started = System.nanoTime();
        return store.write(tx -> {
            String id = doc.article().id();
            ArticleCleaner.Removed removed = cleaner.remove(tx, id);
            // reads first: index lookups are cheapest before the transaction holds writes
            ActorWriter.Resolution resolution = actors.resolve(tx, id, doc.actors());
            FactWriter.Prepared prepared = facts.prepare(tx, doc, resolution);
            tx.run(UPSERT_ARTICLE, Map.of("id", id, "props", articleProps(doc)));
            ResolvedActors resolved = resolution.write(tx);
            Map<String, String> eventKeys = events.write(tx, doc, resolved);
            FactWriter.Written written = facts.write(tx, prepared, resolved);
            tx.run("MATCH (art:Article {id: $id}) SET art.facts = $edges", Map.of("id", id, "edges", written.edges()));
            cleaner.finish(tx, removed);
            int newActors = (int) resolved.all().values().stream().filter(ResolvedActors.Actor::isNew)
                    .map(ResolvedActors.Actor::key).distinct().count();
            int actorCount = (int) resolved.all().values().stream().map(ResolvedActors.Actor::key).distinct().count();
            return new LoadReport(id, removed.existed(), actorCount, newActors, written.facts(), written.newFacts(),
                    written.evidences(), eventKeys.size(), (System.nanoTime() - started) / 1_000_000);
        });
    }

    private static Map<String, Object> articleProps(StatementDocument doc) {
        Map<String, Object> props = new HashMap<>();
        FactWriter.putIfNotNull(props, "title", doc.article().title());
        FactWriter.putIfNotNull(props, "date", doc.article().date());
        FactWriter.putIfNotNull(props, "source", doc.article().source());
        FactWriter.putIfNotNull(props, "url", doc.article().url());
        if (doc.extractor() != null) {
            props.put("extractor", doc.extractor().name());
            props.put("extractorVersion", doc.extractor().version());
        }
        props.put("factCount", (long) doc.facts().size());
        return props;
    }
}
