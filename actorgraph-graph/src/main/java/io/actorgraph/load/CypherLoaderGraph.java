package io.actorgraph.load;

import io.actorgraph.model.Relation;
import io.actorgraph.store.GraphStore.Tx;
import io.actorgraph.store.WriteConflict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The loader's reads and writes as parameterised Cypher in one article's transaction. */
final class CypherLoaderGraph implements LoaderGraph {

    private static final String FIND_BY_NAMES = """
            UNWIND $names AS name
            MATCH (n0:Name {key: name})-[:NAMES]->(a:Actor)
            USING INDEX n0:Name(key)
            WITH DISTINCT a
            MATCH (a)<-[:NAMES]-(n)
            RETURN a.key AS key, a.type AS type, a.name AS name, a.aliases AS aliases, collect(n.key) AS names,
                   elementId(a) AS id
            """;

    private static final String FIND_BY_KEYS = """
            UNWIND $keys AS key
            MATCH (a:Actor {key: key})
            USING INDEX a:Actor(key)
            RETURN a.key AS key, a.type AS type, a.name AS name, a.aliases AS aliases,
                   COLLECT { MATCH (a)<-[:NAMES]-(n) RETURN n.key } AS names, elementId(a) AS id
            """;

    /**
     * MERGE, not CREATE: another writer may create the same actor between our lookup and our
     * write; MERGE waits for it on the key's index lock and then takes its node, adding our
     * aliases as a later article would. Its name is returned: when it differs from ours, the
     * article must be resolved again against that actor (see {@link #createActors}).
     */
    private static final String CREATE_ACTORS = """
            UNWIND $rows AS row
            MERGE (a:Actor {key: row.key})
              ON CREATE SET a:$(row.type), a.name = row.name, a.type = row.type, a.aliases = row.aliases
              ON MATCH SET a.aliases = reduce(acc = coalesce(a.aliases, []), x IN row.aliases |
                                              CASE WHEN x IN acc OR x = a.name THEN acc ELSE acc + x END)
            RETURN a.key AS key, elementId(a) AS id, a.name AS name
            """;

    /**
     * The actor is locked, then changed only if its name is still the one the resolution read: a
     * name another writer changed meanwhile is not overwritten, the article is loaded again.
     */
    private static final String UPDATE_ACTORS = """
            UNWIND $rows AS row
            MATCH (a:Actor {key: row.key})
            USING INDEX a:Actor(key)
            SET a.key = a.key
            WITH a, row
            WHERE a.name = row.before
            SET a.name = row.name,
                a.aliases = reduce(acc = coalesce(a.aliases, []), x IN row.aliases |
                                   CASE WHEN x IN acc OR x = row.name THEN acc ELSE acc + x END)
            RETURN count(a) AS updated
            """;

    private static final String WRITE_NAMES = """
            UNWIND $rows AS row
            MATCH (a:Actor {key: row.actor})
            USING INDEX a:Actor(key)
            MERGE (n:Name {key: row.name})
              ON CREATE SET n.text = row.text
            MERGE (n)-[:NAMES]->(a)
            """;

    private static final String WRITE_MENTIONS = """
            MATCH (art:Article {id: $article})
            UNWIND $rows AS row
            MATCH (a:Actor {key: row.key})
            USING INDEX a:Actor(key)
            CREATE (art)-[:MENTIONS {names: row.names}]->(a)
            RETURN count(a) AS written
            """;

    private static final String UPSERT_ARTICLE = """
            MERGE (art:Article {id: $id})
            SET art = $props
            SET art.id = $id, art.loadedAt = datetime()
            """;

    private static final String ARTICLE_FACTS = "MATCH (art:Article {id: $id}) SET art.facts = $edges";

    private static final String CREATE_EVENTS = """
            UNWIND $rows AS row
            CREATE (e:Event)
            SET e = row.props
            WITH e, row
            CALL (e, row) {
              UNWIND row.participants AS p
              MATCH (a:Actor {key: p.actor})
              CREATE (a)-[t:TOOK_PART {role: p.role}]->(e)
              SET t.for = p.for, t.forName = p.forName
            }
            CALL (e, row) {
              WITH row WHERE row.place IS NOT NULL
              MATCH (place:Actor {key: row.place})
              CREATE (e)-[:AT]->(place)
            }
            """;

    private static final String CREATE_FACTS = """
            UNWIND $rows AS row
            MATCH (s) WHERE elementId(s) = row.s
            MATCH (o) WHERE elementId(o) = row.o
            CREATE (s)-[r:$(row.relation)]->(o)
            SET r = row.props
            RETURN count(r) AS created
            """;

    /** Per relation type, so that the planner seeks the relationship key index. */
    private static final Map<Relation, String> EXISTING = new EnumMap<>(Relation.class);
    private static final Map<Relation, String> APPEND = new EnumMap<>(Relation.class);

    static {
        StringBuilder append = new StringBuilder();
        for (String list : FactWriter.EVIDENCE_LISTS) {
            append.append("    r.").append(list).append(" = r.").append(list).append(" + row.props.").append(list).append(",\n");
        }
        for (Relation relation : Relation.values()) {
            String hint = " USING INDEX r:" + relation.name() + "(key) ";
            String match = "UNWIND $rows AS row MATCH ()-[r:" + relation.name() + " {key: row.key}]->()" + hint;
            // the facts found are locked (SET of their own key) before anything of them is read, and stay
            // locked to the commit: another writer can neither drop our appended evidence nor the fact
            EXISTING.put(relation, "UNWIND $keys AS k MATCH ()-[r:" + relation.name() + " {key: k}]->()" + hint
                    + "SET r.key = r.key RETURN k AS key");
            // the same rules as FactMerge.append (bulk import)
            APPEND.put(relation, match + "\nSET\n" + append + """
                        r.endedBy = CASE WHEN r.endedBy IS NULL THEN null ELSE r.endedBy + row.props.endedBy END,
                        r.confidence = CASE WHEN row.props.confidence > r.confidence THEN row.props.confidence ELSE r.confidence END,
                        r.firstDate = CASE WHEN r.firstDate IS NULL OR row.props.firstDate < r.firstDate
                                           THEN row.props.firstDate ELSE r.firstDate END,
                        r.ended = CASE WHEN row.props.lastDate >= coalesce(r.lastDate, '') THEN row.props.ended ELSE r.ended END,
                        r.until = CASE WHEN row.props.lastDate >= coalesce(r.lastDate, '') THEN row.props.until ELSE r.until END,
                        r.since = coalesce(r.since, row.props.since),
                        r.lastDate = CASE WHEN r.lastDate IS NULL OR row.props.lastDate > r.lastDate
                                          THEN row.props.lastDate ELSE r.lastDate END,
                        r.extractor = row.props.extractor
                    RETURN count(r) AS appended
                    """);
        }
    }

    private final Tx tx;

    CypherLoaderGraph(Tx tx) {
        this.tx = tx;
    }

    @Override
    public List<ActorRow> actorsByNames(List<String> names) {
        return actorRows(tx.run(FIND_BY_NAMES, Map.of("names", names)));
    }

    @Override
    public List<ActorRow> actorsByKeys(List<String> keys) {
        return actorRows(tx.run(FIND_BY_KEYS, Map.of("keys", keys)));
    }

    @SuppressWarnings("unchecked")
    private static List<ActorRow> actorRows(List<Map<String, Object>> rows) {
        List<ActorRow> actors = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            actors.add(new ActorRow((String) row.get("key"), (String) row.get("type"), (String) row.get("name"),
                    row.get("aliases") == null ? List.of() : (List<String>) row.get("aliases"),
                    row.get("names") == null ? Set.of() : new HashSet<>((List<String>) row.get("names")),
                    (String) row.get("id")));
        }
        return actors;
    }

    @Override
    public Set<String> existingFacts(Relation relation, List<String> keys) {
        Set<String> existing = new HashSet<>();
        // in key order, as every writer locks facts: fewer deadlocks
        for (Map<String, Object> row : tx.run(EXISTING.get(relation), Map.of("keys", keys.stream().sorted().toList()))) {
            existing.add((String) row.get("key"));
        }
        return existing;
    }

    @Override
    public Map<String, String> createActors(List<Map<String, Object>> rows) {
        Map<String, String> names = new HashMap<>();
        rows.forEach(row -> names.put((String) row.get("key"), (String) row.get("name")));
        Map<String, String> ids = new HashMap<>();
        for (Map<String, Object> row : tx.run(CREATE_ACTORS, Map.of("rows", rows))) {
            String key = (String) row.get("key");
            // an actor another writer made meanwhile under the same name is what a later article would
            // have found and kept; under another name, the name this article gives it must be worked out again
            if (!names.get(key).equals(row.get("name"))) {
                throw new WriteConflict("another writer created the actor " + key + " at the same time");
            }
            ids.put(key, (String) row.get("id"));
        }
        return ids;
    }

    @Override
    public void updateActors(List<Map<String, Object>> rows) {
        expect(rows.size(), tx.run(UPDATE_ACTORS, Map.of("rows", rows)), "updated",
                "another writer renamed or removed an actor of the article");
    }

    @Override
    public void writeNames(List<Map<String, Object>> rows) {
        tx.run(WRITE_NAMES, Map.of("rows", rows));
    }

    @Override
    public void writeMentions(String article, List<Map<String, Object>> rows) {
        // every actor of the article is mentioned: none may have gone since the resolution found it
        expect(rows.size(), tx.run(WRITE_MENTIONS, Map.of("article", article, "rows", rows)), "written",
                "another writer removed an actor of the article");
    }

    @Override
    public void upsertArticle(String id, Map<String, Object> props) {
        tx.run(UPSERT_ARTICLE, Map.of("id", id, "props", props));
    }

    @Override
    public void createEvents(List<Map<String, Object>> rows) {
        tx.run(CREATE_EVENTS, Map.of("rows", rows));
    }

    @Override
    public void appendFacts(Relation relation, List<Map<String, Object>> rows) {
        expect(rows.size(), tx.run(APPEND.get(relation), Map.of("rows", rows)), "appended",
                "another writer removed a fact of the article");
    }

    @Override
    public void createFacts(List<Map<String, Object>> rows) {
        expect(rows.size(), tx.run(CREATE_FACTS, Map.of("rows", rows)), "created",
                "another writer removed an actor of the article");
    }

    /** A write that touched fewer rows than it was given met a graph changed by another writer: load again. */
    private static void expect(int rows, List<Map<String, Object>> result, String column, String why) {
        long done = result.isEmpty() ? 0 : (Long) result.get(0).get(column);
        if (done != rows) {
            throw new WriteConflict(why + " (" + done + " of " + rows + " rows written)");
        }
    }

    @Override
    public void setArticleFacts(String id, List<String> edges) {
        tx.run(ARTICLE_FACTS, Map.of("id", id, "edges", edges));
    }
}
