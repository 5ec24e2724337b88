package io.actorgraph.load;

import io.actorgraph.model.Relation;
import io.actorgraph.resolve.Names;
import io.actorgraph.store.GraphStore.Tx;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes an article's contributions out of the graph before it is loaded again, so that a
 * re-load replaces the article's facts and touches no other article's: its evidence, events
 * and mentions go; facts and actors nothing else supports go with them.
 */
final class ArticleCleaner {

    private static final String DELETE_EVIDENCE = """
            MATCH (e:Evidence {article: $article})
            WITH e, e.relation AS relation, e.fact AS fact
            DELETE e
            RETURN relation, collect(DISTINCT fact) AS facts
            """;

    private static final String DELETE_EVENTS = """
            MATCH (e:Event {article: $article})
            DETACH DELETE e
            """;

    private static final String DELETE_MENTIONS = """
            MATCH (:Article {id: $article})-[m:MENTIONS]->(a:Actor)
            DELETE m
            RETURN collect(DISTINCT a.key) AS actors
            """;

    private static final String DROP_ORPHANS = """
            UNWIND $keys AS key
            MATCH (a:Actor {key: key})
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

    private static final String REMAINING_NAMES = """
            UNWIND $keys AS key
            MATCH (a:Actor {key: key})<-[m:MENTIONS]-()
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

    /** What the previous version of the article supported, to re-check once the new one is written. */
    record Removed(boolean existed, Map<Relation, Set<String>> facts, List<String> actors) {
    }

    Removed remove(Tx tx, String articleId) {
        Map<String, Object> params = Map.of("article", articleId);
        boolean existed = !tx.run("MATCH (a:Article {id: $article}) RETURN a.id AS id", params).isEmpty();
        if (!existed) {
            return new Removed(false, Map.of(), List.of());
        }
        Map<Relation, Set<String>> facts = new EnumMap<>(Relation.class);
        for (Map<String, Object> row : tx.run(DELETE_EVIDENCE, params)) {
            Relation relation = Relation.valueOf((String) row.get("relation"));
            @SuppressWarnings("unchecked")
            List<String> keys = (List<String>) row.get("facts");
            facts.computeIfAbsent(relation, r -> new HashSet<>()).addAll(keys);
        }
        tx.run(DELETE_EVENTS, params);
        List<String> actors = new ArrayList<>();
        for (Map<String, Object> row : tx.run(DELETE_MENTIONS, params)) {
            @SuppressWarnings("unchecked")
            List<String> keys = (List<String>) row.get("actors");
            actors.addAll(keys);
        }
        return new Removed(true, facts, actors);
    }

    /** After the new version is written: drops actors no article mentions and names no article writes. */
    void finish(Tx tx, Removed removed) {
        if (removed.actors().isEmpty()) {
            return;
        }
        Map<String, Object> params = Map.of("keys", removed.actors());
        tx.run(DROP_ORPHANS, params);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : tx.run(REMAINING_NAMES, params)) {
            String name = (String) row.get("name");
            java.util.LinkedHashSet<String> written = new java.util.LinkedHashSet<>();
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
