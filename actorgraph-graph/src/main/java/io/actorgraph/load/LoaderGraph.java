package io.actorgraph.load;

import io.actorgraph.model.Relation;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph as the loader sees it while it loads one article: the lookups it does first, then
 * the batched writes. One implementation runs Cypher in the article's transaction; the other
 * builds a new store's graph in memory for the bulk importer. Rows are plain maps, one per
 * UNWIND row, so that both implementations take exactly what the loader computed.
 */
interface LoaderGraph {

    /** An actor as the graph has it, with every name key linked to it; read only. */
    record ActorRow(String key, String type, String name, List<String> aliases, Set<String> names, String id) {
    }

    /** Actors reachable from any of these normalised names. */
    List<ActorRow> actorsByNames(List<String> names);

    /** Actors with any of these keys. */
    List<ActorRow> actorsByKeys(List<String> keys);

    /** Which of these fact keys of one relation the graph has already. */
    Set<String> existingFacts(Relation relation, List<String> keys);

    /** Rows: key, name, type, aliases. Returns the id of each actor by key. */
    Map<String, String> createActors(List<Map<String, Object>> rows);

    /** Rows: key, name, aliases (merged with those the actor has), before (the name the change was based on). */
    void updateActors(List<Map<String, Object>> rows);

    /** Rows: actor, name (normalised key), text. */
    void writeNames(List<Map<String, Object>> rows);

    /** Rows: key, names (as the article wrote them). */
    void writeMentions(String article, List<Map<String, Object>> rows);

    /** Replaces the article node's properties. */
    void upsertArticle(String id, Map<String, Object> props);

    /** Rows: props, participants (actor, role, for, forName), place. */
    void createEvents(List<Map<String, Object>> rows);

    /** Rows: key, props: the new evidence for facts of one relation the graph has. */
    void appendFacts(Relation relation, List<Map<String, Object>> rows);

    /** Rows: s, o (actor ids), relation, props. */
    void createFacts(List<Map<String, Object>> rows);

    /** The edges ("RELATION:key") the article supports, for replacing it later. */
    void setArticleFacts(String id, List<String> edges);
}
