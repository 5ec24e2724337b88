package io.actorgraph.load;

import io.actorgraph.resolve.Countries;
import io.actorgraph.statement.StatementDocument;
import java.util.HashMap;
import java.util.Map;

/** Resolves and writes one article's statements into a {@link LoaderGraph}, whichever graph that is. */
final class ArticleWriter {

    private final ActorWriter actors;
    private final FactWriter facts = new FactWriter();
    private final EventWriter events = new EventWriter();

    ArticleWriter(Countries countries) {
        this(countries, false);
    }

    /** With {@code rememberIdentities}, for one bulk import: see {@link ActorWriter#ActorWriter(Countries, boolean)}. */
    ArticleWriter(Countries countries, boolean rememberIdentities) {
        this.actors = new ActorWriter(countries, rememberIdentities);
    }

    /** Resolves and writes one article's statements: all reads first, then the batched writes. */
    LoadReport write(LoaderGraph graph, StatementDocument doc, boolean replaced, long started) {
        String id = doc.article().id();
        // reads first: index lookups are cheapest before the transaction holds writes
        ActorWriter.Resolution resolution = actors.resolve(graph, id, doc.actors());
        FactWriter.Prepared prepared = facts.prepare(graph, doc, resolution);
        graph.upsertArticle(id, articleProps(doc));
        ResolvedActors resolved = resolution.write(graph);
        Map<String, String> eventKeys = events.write(graph, doc, resolved);
        FactWriter.Written written = facts.write(graph, prepared, resolved);
        graph.setArticleFacts(id, written.edges());
        int newActors = (int) resolved.all().values().stream().filter(ResolvedActors.Actor::isNew)
                .map(ResolvedActors.Actor::key).distinct().count();
        int actorCount = (int) resolved.all().values().stream().map(ResolvedActors.Actor::key).distinct().count();
        return new LoadReport(id, replaced, actorCount, newActors, written.facts(), written.newFacts(),
                written.evidences(), eventKeys.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** An article whose actors, events and article node are written, its facts not yet. */
    record ActorsWritten(StatementDocument doc, ActorWriter.Resolution resolution, ResolvedActors resolved) {
    }

    /**
     * The first half of {@link #write} for a bulk import: actors, names, mentions, the article
     * and its events. Everything it writes or reads is untouched by {@link #writeFacts}, so one
     * thread can run this for the next article while another writes this one's facts.
     */
    ActorsWritten writeActors(LoaderGraph graph, StatementDocument doc) {
        String id = doc.article().id();
        ActorWriter.Resolution resolution = actors.resolve(graph, id, doc.actors());
        graph.upsertArticle(id, articleProps(doc));
        ResolvedActors resolved = resolution.write(graph);
        events.write(graph, doc, resolved);
        return new ActorsWritten(doc, resolution, resolved);
    }

    /** The second half: the article's facts, in the order the articles came. Returns the evidences added. */
    int writeFacts(LoaderGraph graph, ActorsWritten article) {
        FactWriter.Prepared prepared = facts.prepare(graph, article.doc(), article.resolution());
        FactWriter.Written written = facts.write(graph, prepared, article.resolved());
        graph.setArticleFacts(article.doc().article().id(), written.edges());
        return written.evidences();
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
