package io.actorgraph.load;

import io.actorgraph.model.Relation;
import io.actorgraph.resolve.Names;
import io.actorgraph.store.GraphStore.Tx;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes an article's contributions out of the graph before it is loaded again, so that a
 * re-load replaces the article's facts and touches no other article's: its evidence entries,
 * events and mentions go; facts and actors nothing else supports go with them.
 */
final class ArticleCleaner {

    /**
     * The article's node, locked before anything of it is read: a second writer of the same
     * article waits here until the first has committed, then replaces what the first wrote
     * instead of adding to it. A new article's node is made here (and kept only if the load
     * commits); one that was loaded before has its {@code loadedAt}.
     */
    private static final String LOCK_ARTICLE = """
            MERGE (art:Article {id: $article})
            SET art.id = $article
            RETURN art.loadedAt IS NOT NULL AS existed, coalesce(art.facts, []) AS facts
            """;

    private static final Map<Relation, String> DROP_EVIDENCE = new EnumMap<>(Relation.class);

    static {
        StringBuilder keep = new StringBuilder();
        for (String list : FactWriter.EVIDENCE_LISTS) {
            keep.append("    r.").append(list).append(" = [i IN keep | r.").append(list).append("[i]],\n");
        }
        for (Relation relation : Relation.values()) {
            // the fact is locked (SET of its own key) before its lists are read: another writer appending to
            // it meanwhile would otherwise have its entries dropped with ours
            DROP_EVIDENCE.put(relation, "UNWIND $keys AS k MATCH ()-[r:" + relation.name() + " {key: k}]->()\n"
                    + "USING INDEX r:" + relation.name() + "(key)\n"
                    + "SET r.key = r.key\n"
                    + "WITH r, [i IN range(0, size(r.articles) - 1) WHERE r.articles[i] <> $article] AS keep\n"
                    + "SET\n" + keep + """
                        r.endedBy = CASE WHEN r.endedBy IS NULL THEN null ELSE [i IN keep | r.endedBy[i]] END,
                        r.confidence = reduce(m = 0.0, i IN keep | CASE WHEN r.confidences[i] > m THEN r.confidences[i] ELSE m END),
                        r.firstDate = reduce(d = null, i IN keep |
                            CASE WHEN r.dates[i] <> '' AND (d IS NULL OR r.dates[i] < d) THEN r.dates[i] ELSE d END),
                        r.lastDate = reduce(d = null, i IN keep |
                            CASE WHEN r.dates[i] <> '' AND (d IS NULL OR r.dates[i] > d) THEN r.dates[i] ELSE d END)
                    WITH r
                    SET r.ended = CASE WHEN r.endedBy IS NULL OR size(r.endedBy) = 0 THEN r.ended
                                       ELSE reduce(e = null, i IN range(0, size(r.dates) - 1) |
                                            CASE WHEN r.dates[i] = r.lastDate THEN r.endedBy[i] ELSE e END) END
                    WITH r WHERE size(r.articles) = 0
                    DELETE r
                    """);
        }
    }

    private static final String DELETE_EVENTS = """
            MATCH (e:Event {article: $article})
            DETACH DELETE e
            """;

    private static final String DELETE_MENTIONS = """
            MATCH (:Article {id: $article})-[m:MENTIONS]->(a:Actor)
            DELETE m
            RETURN collect(DISTINCT a.key) AS actors
            """;

    /** Locked before the test: another writer's mention of the actor, committed meanwhile, keeps it. */
    private static final String DROP_ORPHANS = """
            UNWIND $keys AS key
            MATCH (a:Actor {key: key})
            SET a.key = a.key
            WITH a
            WHERE NOT (a)<-[:MENTIONS]-()
            OPTIONAL MATCH (a)<-[:NAMES]-(n:Name)
            WITH a, collect(n) AS names
            DETACH DELETE a
            WITH names
            UNWIND names AS n
            WITH DISTINCT n
            WHERE NOT (n)-[:NAMES]->()
            DELETE n
            """;

    /** The actors are locked before their mentions are read, so that no other writer's names are dropped. */
    private static final String REMAINING_NAMES = """
            UNWIND $keys AS key
            MATCH (a:Actor {key: key})
            SET a.key = a.key
            WITH a
            MATCH (a)<-[m:MENTIONS]-()
            RETURN a.key AS key, a.name AS name, collect(m.names) AS names
            """;

    /** Aliases and Name links become what the remaining articles still write. */
    private static final String KEEP_NAMES = """
            UNWIND $rows AS row
            MATCH (a:Actor {key: row.key})
            SET a.aliases = row.aliases
            WITH a, row
            MATCH (n:Name)-[link:NAMES]->(a)
            WHERE NOT n.key IN row.keep
            DELETE link
            WITH DISTINCT n
            WHERE NOT (n)-[:NAMES]->()
            DELETE n
            """;

    /** What the previous version of the article had, to re-check once the new one is written. */
    record Removed(boolean existed, List<String> actors) {
    }

    Removed remove(Tx tx, String articleId) {
        Map<String, Object> params = Map.of("article", articleId);
        Map<String, Object> found = tx.run(LOCK_ARTICLE, params).get(0);
        if (!(Boolean) found.get("existed")) {
            return new Removed(false, List.of());
        }
        @SuppressWarnings("unchecked")
        List<String> edges = (List<String>) found.get("facts");
        Map<Relation, List<String>> byRelation = new EnumMap<>(Relation.class);
        for (String edge : edges) {
            int colon = edge.indexOf(':');
            byRelation.computeIfAbsent(Relation.valueOf(edge.substring(0, colon)), r -> new ArrayList<>())
                    .add(edge.substring(colon + 1));
        }
        // in key order, as every writer locks facts: fewer deadlocks
        byRelation.forEach((relation, keys) -> tx.run(DROP_EVIDENCE.get(relation),
                Map.of("keys", keys.stream().sorted().toList(), "article", articleId)));
        tx.run(DELETE_EVENTS, params);
        List<String> actors = new ArrayList<>();
        for (Map<String, Object> row : tx.run(DELETE_MENTIONS, params)) {
            @SuppressWarnings("unchecked")
            List<String> keys = (List<String>) row.get("actors");
            actors.addAll(keys);
        }
        return new Removed(true, actors);
    }

    /** After the new version is written: drops actors no article mentions and names no article writes. */
    void finish(Tx tx, Removed removed) {
        if (removed.actors().isEmpty()) {
            return;
        }
        Map<String, Object> params = Map.of("keys", removed.actors().stream().sorted().toList());
        tx.run(DROP_ORPHANS, params);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : tx.run(REMAINING_NAMES, params)) {
            String name = (String) row.get("name");
            LinkedHashSet<String> written = new LinkedHashSet<>();
            @SuppressWarnings("unchecked")
            List<List<String>> lists = (List<List<String>>) row.get("names");
            lists.forEach(written::addAll);
            Set<String> keep = new HashSet<>();
            keep.add(Names.normalize(name));
            written.forEach(w -> keep.add(Names.normalize(w)));
            rows.add(Map.of("key", row.get("key"), "aliases", written.stream().filter(w -> !w.equals(name)).toList(),
                    "keep", List.copyOf(keep)));
        }
        if (!rows.isEmpty()) {
            tx.run(KEEP_NAMES, Map.of("rows", rows));
        }
    }
}
