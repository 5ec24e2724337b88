package io.actorgraph.load;

import io.actorgraph.model.ActorType;
import io.actorgraph.resolve.ActorIdentity;
import io.actorgraph.resolve.Countries;
import io.actorgraph.statement.ActorStatement;
import io.actorgraph.store.GraphStore.Tx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a document's actors against the graph (one node per real actor across articles)
 * and writes them: new actors, their names, and the article's MENTIONS of each.
 */
final class ActorWriter {

    private static final String FIND_BY_NAMES = """
            UNWIND $names AS name
            MATCH (:Name {key: name})-[:NAMES]->(a:Actor)
            WITH DISTINCT a
            MATCH (a)<-[:NAMES]-(n:Name)
            RETURN a.key AS key, a.type AS type, a.name AS name, collect(n.key) AS names
            """;

    private static final String FIND_BY_KEYS = """
            UNWIND $keys AS key
            MATCH (a:Actor {key: key})
            RETURN a.key AS key, a.type AS type, a.name AS name
            """;

    private static final String CREATE_ACTORS = """
            UNWIND $rows AS row
            CREATE (a:Actor:$(row.type) {key: row.key, name: row.name, type: row.type, aliases: row.aliases})
            """;

    private static final String UPDATE_ACTORS = """
            UNWIND $rows AS row
            MATCH (a:Actor {key: row.key})
            SET a.name = row.name,
                a.aliases = reduce(acc = coalesce(a.aliases, []), x IN row.aliases |
                                   CASE WHEN x IN acc OR x = row.name THEN acc ELSE acc + x END)
            """;

    private static final String WRITE_NAMES = """
            UNWIND $rows AS row
            MATCH (a:Actor {key: row.actor})
            MERGE (n:Name {key: row.name})
              ON CREATE SET n.text = row.text
            MERGE (n)-[:NAMES]->(a)
            """;

    private static final String WRITE_MENTIONS = """
            MATCH (art:Article {id: $article})
            UNWIND $rows AS row
            MATCH (a:Actor {key: row.key})
            CREATE (art)-[:MENTIONS {names: row.names}]->(a)
            """;

    private final Countries countries;

    ActorWriter(Countries countries) {
        this.countries = countries;
    }

    ResolvedActors write(Tx tx, String articleId, List<ActorStatement> statements) {
        Map<String, ActorIdentity> identities = new LinkedHashMap<>();
        Set<String> allNames = new LinkedHashSet<>();
        Set<String> fixedKeys = new LinkedHashSet<>();
        for (ActorStatement statement : statements) {
            ActorIdentity identity = ActorIdentity.of(statement, countries);
            identities.put(statement.id(), identity);
            if (identity.fixedKey()) {
                fixedKeys.add(identity.proposedKey());
            } else {
                allNames.addAll(identity.names());
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        if (!allNames.isEmpty()) {
            for (Map<String, Object> row : tx.run(FIND_BY_NAMES, Map.of("names", List.copyOf(allNames)))) {
                candidates.add(new Candidate((String) row.get("key"), (String) row.get("type"),
                        (String) row.get("name"), new HashSet<>(strings(row.get("names")))));
            }
        }
        Set<String> existingKeys = new HashSet<>();
        List<String> proposed = identities.values().stream().map(ActorIdentity::proposedKey).distinct().toList();
        Map<String, String> existingNames = new HashMap<>();
        for (Map<String, Object> row : tx.run(FIND_BY_KEYS, Map.of("keys", proposed))) {
            existingKeys.add((String) row.get("key"));
            existingNames.put((String) row.get("key"), (String) row.get("name"));
        }

        ResolvedActors resolved = new ResolvedActors();
        Map<String, Merged> byKey = new LinkedHashMap<>();
        for (Map.Entry<String, ActorIdentity> entry : identities.entrySet()) {
            ActorIdentity identity = entry.getValue();
            String key = identity.proposedKey();
            String displayName = identity.name();
            boolean isNew = !existingKeys.contains(key);
            if (!identity.fixedKey()) {
                Candidate match = bestMatch(identity, candidates);
                if (match != null) {
                    key = match.key();
                    isNew = false;
                    displayName = identity.type() == ActorType.Person ? ActorIdentity.fuller(match.name(), identity.name())
                            : match.name();
                } else if (!isNew) {
                    displayName = existingNames.getOrDefault(key, displayName);
                }
            } else if (!isNew) {
                displayName = existingNames.getOrDefault(key, displayName);
            }
            Merged merged = byKey.computeIfAbsent(key, k -> new Merged());
            merged.identity = merged.identity == null ? identity : merged.identity;
            merged.isNew = merged.isNew && isNew;
            merged.name = merged.name == null ? displayName : ActorIdentity.fuller(merged.name, displayName);
            merged.written.addAll(identity.writtenNames());
            resolved.put(entry.getKey(), new ResolvedActors.Actor(key, identity, displayName, isNew));
        }

        List<Map<String, Object>> creates = new ArrayList<>();
        List<Map<String, Object>> updates = new ArrayList<>();
        List<Map<String, Object>> names = new ArrayList<>();
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (Map.Entry<String, Merged> entry : byKey.entrySet()) {
            Merged m = entry.getValue();
            List<String> aliases = m.written.stream().filter(w -> !w.equals(m.name)).toList();
            Map<String, Object> row = new HashMap<>();
            row.put("key", entry.getKey());
            row.put("name", m.name);
            row.put("type", m.identity.type().name());
            row.put("aliases", aliases);
            (m.isNew ? creates : updates).add(row);
            Set<String> seen = new HashSet<>();
            for (String written : m.written) {
                String normal = io.actorgraph.resolve.Names.normalize(written);
                if (!normal.isEmpty() && seen.add(normal)) {
                    names.add(Map.of("actor", entry.getKey(), "name", normal, "text", written));
                }
            }
            mentions.add(Map.of("key", entry.getKey(), "names", List.copyOf(m.written)));
        }
        if (!creates.isEmpty()) {
            tx.run(CREATE_ACTORS, Map.of("rows", creates));
        }
        if (!updates.isEmpty()) {
            tx.run(UPDATE_ACTORS, Map.of("rows", updates));
        }
        tx.run(WRITE_NAMES, Map.of("rows", names));
        tx.run(WRITE_MENTIONS, Map.of("article", articleId, "rows", mentions));
        return resolved;
    }

    private static Candidate bestMatch(ActorIdentity identity, List<Candidate> candidates) {
        Candidate best = null;
        int bestScore = 0;
        for (Candidate c : candidates) {
            ActorType type = ActorType.parse(c.type()).orElse(null);
            if (type == null || !identity.sameAs(type, io.actorgraph.resolve.Names.normalize(c.name()), c.names())) {
                continue;
            }
            int score = 1;
            if (c.key().equals(identity.proposedKey())) {
                score += 100;
            }
            for (String n : identity.names()) {
                if (c.names().contains(n)) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }

    private record Candidate(String key, String type, String name, Set<String> names) {
    }

    private static final class Merged {
        ActorIdentity identity;
        boolean isNew = true;
        String name;
        final LinkedHashSet<String> written = new LinkedHashSet<>();
    }
}
