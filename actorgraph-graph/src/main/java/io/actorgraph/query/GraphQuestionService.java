package io.actorgraph.query;

import io.actorgraph.model.DatePrecision;
import io.actorgraph.model.Relation;
import io.actorgraph.resolve.Countries;
import io.actorgraph.resolve.Names;
import io.actorgraph.store.GraphStore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The question service over any {@link GraphStore}, running the files of {@code cypher/queries}. */
public final class GraphQuestionService implements QuestionService {

    /** Evidence of one fact by key, per relationship type so that the key index is used. */
    private static final Map<Relation, String> EVIDENCE_BY_KEY = new EnumMap<>(Relation.class);

    static {
        for (Relation relation : Relation.values()) {
            EVIDENCE_BY_KEY.put(relation, "MATCH ()-[r:" + relation.name() + " {key: $key}]->()\n" + """
                    UNWIND range(0, size(r.articles) - 1) AS i
                    WITH r, i ORDER BY r.dates[i], r.articles[i], r.sentenceStarts[i]
                    RETURN collect({article: r.articles[i], sentence: r.sentences[i], start: r.sentenceStarts[i],
                                    end: r.sentenceEnds[i], date: r.dates[i], attribution: r.attributions[i],
                                    hedges: r.hedges[i], confidence: r.confidences[i], place: r.places[i]}) AS evidence
                    """);
        }
    }

    private final GraphStore store;
    private final Countries countries;

    public GraphQuestionService(GraphStore store) {
        this(store, Countries.world());
    }

    public GraphQuestionService(GraphStore store, Countries countries) {
        this.store = store;
        this.countries = countries;
    }

    @Override
    public Answer ask(String question) {
        return Question.parse(question).map(this::ask).orElseGet(() -> Answer.unparseable(question));
    }

    @Override
    public Answer ask(Question question) {
        String relation = question.form().relation().name();
        Optional<ActorRef> actor = findActor(question.actor());
        if (actor.isEmpty()) {
            return new Answer(question.text(), relation, null, List.of(), null);
        }
        List<AnswerItem> answers = new ArrayList<>();
        for (Map<String, Object> row : store.read(QueryFiles.get(question.form().queryFile()),
                Map.of("actor", actor.get().key()))) {
            answers.add(new AnswerItem(str(row.get("name")), str(row.get("type")), strings(row.get("aliases")),
                    str(row.get("key")), strings(row.get("titles")), evidence(row.get("evidence"))));
        }
        return new Answer(question.text(), relation, actor.get(), answers, null);
    }

    @Override
    public Optional<ActorRef> findActor(String name) {
        // an actor key ("org:fjordgas") names exactly one actor: what the graph view and API clients hold
        if (name != null && name.indexOf(':') > 0) {
            Optional<ActorRef> byKey = byKey(name.strip());
            if (byKey.isPresent()) {
                return byKey;
            }
        }
        String normal = Names.normalize(name);
        if (normal.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Object>> rows = store.read(QueryFiles.get("find-actor"), Map.of("name", normal));
        if (!rows.isEmpty()) {
            Map<String, Object> best = rows.stream()
                    .filter(r -> Names.normalize(str(r.get("name"))).equals(normal))
                    .findFirst().orElse(rows.get(0));
            return Optional.of(actorRef(best));
        }
        return countries.byAnyName(name).flatMap(country -> byKey(country.actorKey()));
    }

    private Optional<ActorRef> byKey(String key) {
        return store.read("MATCH (a:Actor {key: $key}) RETURN a.key AS key, a.name AS name, a.type AS type, a.aliases AS aliases",
                Map.of("key", key)).stream().findFirst().map(GraphQuestionService::actorRef);
    }

    @Override
    public List<ActorRef> search(String prefix, int limit) {
        String normal = Names.normalize(prefix);
        if (normal.isEmpty()) {
            return List.of();
        }
        return store.read(QueryFiles.get("search-actors"), Map.of("prefix", normal, "limit", (long) limit))
                .stream().map(GraphQuestionService::actorRef).toList();
    }

    @Override
    public Optional<ActorProfile> profile(String name) {
        return findActor(name).map(actor -> {
            List<FactView> facts = new ArrayList<>();
            for (Map<String, Object> row : store.read(QueryFiles.get("actor-facts"), Map.of("actor", actor.key()))) {
                facts.add(new FactView(str(row.get("relation")), Boolean.TRUE.equals(row.get("outgoing")),
                        str(row.get("polarity")),
                        new ActorRef(str(row.get("otherName")), str(row.get("otherType")), null, str(row.get("otherKey"))),
                        str(row.get("title")), (Boolean) row.get("ended"), str(row.get("firstDate")),
                        str(row.get("lastDate")), str(row.get("cameo")), str(row.get("plover")),
                        dbl(row.get("confidence")), evidence(row.get("evidence"))));
            }
            return new ActorProfile(actor, facts);
        });
    }

    @Override
    public List<TimelineEntry> timeline(String name) {
        return findActor(name).map(actor -> store.read(QueryFiles.get("actor-timeline"), Map.of("actor", actor.key()))
                .stream().map(row -> new TimelineEntry(str(row.get("date")), str(row.get("datePrecision")),
                        str(row.get("relation")), Boolean.TRUE.equals(row.get("outgoing")),
                        new ActorRef(str(row.get("otherName")), str(row.get("otherType")), null, str(row.get("otherKey"))),
                        str(row.get("article")), str(row.get("sentence")), str(row.get("attribution")),
                        str(row.get("place")))).toList())
                .orElse(List.of());
    }

    @Override
    public Optional<Connection> connection(String from, String to) {
        Optional<ActorRef> a = findActor(from);
        Optional<ActorRef> b = findActor(to);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        if (a.get().key().equals(b.get().key())) {
            return Optional.of(new Connection(List.of(a.get()), List.of()));
        }
        List<Map<String, Object>> rows = store.read(QueryFiles.get("connection"),
                Map.of("from", a.get().key(), "to", b.get().key()));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.get(0);
        List<ActorRef> actors = maps(row.get("actors")).stream().map(GraphQuestionService::actorRef).toList();
        List<Connection.Step> steps = maps(row.get("steps")).stream().map(s -> new Connection.Step(
                str(s.get("relation")), str(s.get("from")), str(s.get("to")), evidence(s.get("evidence")))).toList();
        return Optional.of(new Connection(actors, steps));
    }

    @Override
    public Optional<Subgraph> neighbourhood(String name, int depth, boolean includeNegated, int limit) {
        int d = Math.max(1, Math.min(3, depth));
        return findActor(name).map(actor -> {
            List<Map<String, Object>> rows = store.read(neighbourhoodQuery(d), Map.of("actor", actor.key(),
                    "negated", includeNegated, "limit", (long) Math.max(1, limit)));
            if (rows.isEmpty()) {
                return new Subgraph(List.of(actor), List.of());
            }
            Map<String, Object> row = rows.get(0);
            List<ActorRef> nodes = maps(row.get("nodes")).stream().map(GraphQuestionService::actorRef).toList();
            List<Subgraph.Edge> edges = maps(row.get("edges")).stream().map(e -> new Subgraph.Edge(
                    str(e.get("key")), str(e.get("relation")), str(e.get("from")), str(e.get("to")),
                    str(e.get("polarity")), dbl(e.get("confidence")), str(e.get("firstDate")), str(e.get("lastDate")),
                    str(e.get("title")), (Boolean) e.get("ended"), lng(e.get("evidenceCount")))).toList();
            return new Subgraph(nodes, edges);
        });
    }

    /**
     * neighbourhood.cypher with the depth (1-3) as the literal bound of its expansion: Cypher takes
     * no parameter there, and a literal bound is what lets Neo4j expand breadth-first and stop at
     * the limit instead of enumerating every path around a hub.
     */
    static String neighbourhoodQuery(int depth) {
        String text = QueryFiles.get("neighbourhood");
        String bound = "*0..2]";
        if (!text.contains(bound)) {
            throw new IllegalStateException("cypher/queries/neighbourhood.cypher must expand with " + bound);
        }
        return text.replace(bound, "*0.." + depth + "]");
    }

    @Override
    public List<EvidenceRef> evidence(String factKey) {
        int colon = factKey.indexOf(':');
        List<Relation> relations = colon > 0 && Relation.parse(factKey.substring(0, colon)).isPresent()
                ? List.of(Relation.parse(factKey.substring(0, colon)).get()) : List.of(Relation.values());
        String key = colon > 0 ? factKey.substring(colon + 1) : factKey;
        for (Relation relation : relations) {
            List<Map<String, Object>> rows = store.read(EVIDENCE_BY_KEY.get(relation), Map.of("key", key));
            if (!rows.isEmpty()) {
                return evidence(rows.get(0).get("evidence"));
            }
        }
        return List.of();
    }

    static ActorRef actorRef(Map<String, Object> row) {
        return new ActorRef(str(row.get("name")), str(row.get("type")), strings(row.get("aliases")), str(row.get("key")));
    }

    static List<EvidenceRef> evidence(Object value) {
        return maps(value).stream().map(e -> {
            String date = blankToNull(e.get("date"));
            String hedges = blankToNull(e.get("hedges"));
            return new EvidenceRef(str(e.get("article")), str(e.get("sentence")), lng(e.get("start")),
                    lng(e.get("end")), date, date == null ? null : DatePrecision.of(date).name(),
                    blankToNull(e.get("attribution")), hedges == null ? null : List.of(hedges.split("; ")),
                    dbl(e.get("confidence")), blankToNull(e.get("place")));
        }).toList();
    }

    private static String blankToNull(Object value) {
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static Double dbl(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    private static Long lng(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return ((List<Object>) value).stream().filter(java.util.Objects::nonNull).map(Object::toString).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
