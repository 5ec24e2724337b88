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
        // reads first: index lookups are cheapest before the transaction holds writes
        ActorWriter.Resolution resolution = actors.resolve(graph, doc.article().id(), doc.actors());
        FactWriter.Prepared prepared = facts.prepare(graph, doc, resolution);
        ActorsWritten article = writeResolved(graph, doc, resolution);
        FactWriter.Written written = writeFacts(graph, article, prepared);
        ResolvedActors resolved = article.resolved();
        int newActors = (int) resolved.all().values().stream().filter(ResolvedActors.Actor::isNew)
                .map(ResolvedActors.Actor::key).distinct().count();
        int actorCount = (int) resolved.all().values().stream().map(ResolvedActors.Actor::key).distinct().count();
        return new LoadReport(doc.article().id(), replaced, actorCount, newActors, written.facts(), written.newFacts(),
                written.evidences(), article.events(), (System.nanoTime() - started) / 1_000_000);
    }

    /** An article whose actors, events and article node are written, its facts not yet. */
    record ActorsWritten(StatementDocument doc, ActorWriter.Resolution resolution, ResolvedActors resolved, int events) {
    }

    /**
     * The first half of {@link #write} for a bulk import: actors, names, mentions, the article
     * and its events. Everything it writes or reads is untouched by {@link #writeFacts}, so one
     * thread can run this for the next article while another writes this one's facts.
     */
    ActorsWritten writeActors(LoaderGraph graph, StatementDocument doc) {
        return writeResolved(graph, doc, actors.resolve(graph, doc.article().id(), doc.actors()));
    }

    /** The second half: the article's facts, in the order the articles came. Returns the evidences added. */
    int writeFacts(LoaderGraph graph, ActorsWritten article) {
        return writeFacts(graph, article, facts.prepare(graph, article.doc(), article.resolution())).evidences();
    }

    private ActorsWritten writeResolved(LoaderGraph graph, StatementDocument doc, ActorWriter.Resolution resolution) {
        graph.upsertArticle(doc.article().id(), articleProps(doc));
        ResolvedActors resolved = resolution.write(graph);
        int eventCount = events.write(graph, doc, resolved).size();
        return new ActorsWritten(doc, resolution, resolved, eventCount);
    }

    private FactWriter.Written writeFacts(LoaderGraph graph, ActorsWritten article, FactWriter.Prepared prepared) {
        FactWriter.Written written = facts.write(graph, prepared, article.resolved());
        graph.setArticleFacts(article.doc().article().id(), written.edges());
        return written;
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
