package io.actorgraph.load;

import io.actorgraph.model.ActorType;
import io.actorgraph.resolve.ActorIdentity;
import io.actorgraph.resolve.Countries;
import io.actorgraph.statement.ActorStatement;
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

    private final Countries countries;
    private final Map<Statement, ActorIdentity> remembered;

    ActorWriter(Countries countries) {
        this(countries, false);
    }

    /**
     * With {@code rememberIdentities}, the identity of each distinct actor statement is worked
     * out once: in a bulk import the same actors recur in thousands of articles. Single-threaded.
     */
    ActorWriter(Countries countries, boolean rememberIdentities) {
        this.countries = countries;
        this.remembered = rememberIdentities ? new HashMap<>() : null;
    }

    /** What an actor's identity depends on: the statement without its article-local id. */
    private record Statement(ActorType type, String name, List<String> aliases) {
    }

    private ActorIdentity identity(ActorStatement statement) {
        if (remembered == null) {
            return ActorIdentity.of(statement, countries);
        }
        return remembered.computeIfAbsent(new Statement(statement.type(), statement.name(), statement.aliases()),
                k -> ActorIdentity.of(statement, countries));
    }

    /**
     * Resolves the document's actors against the graph, reading only: a loader transaction does
     * all its index lookups before its first write, when they are cheapest.
     */
    Resolution resolve(LoaderGraph graph, String articleId, List<ActorStatement> statements) {
        Map<String, ActorIdentity> identities = new LinkedHashMap<>();
        Set<String> allNames = new LinkedHashSet<>();
        for (ActorStatement statement : statements) {
            ActorIdentity identity = identity(statement);
            identities.put(statement.id(), identity);
            if (!identity.fixedKey()) {
                allNames.addAll(identity.names()); // lexicon states have fixed keys, found by key below
            }
        }
        Map<String, List<Candidate>> candidatesByName = new HashMap<>();
        Map<String, String> elementIdsFromNames = new HashMap<>();
        Map<String, Known> known = new HashMap<>();
        if (!allNames.isEmpty()) {
            for (LoaderGraph.ActorRow row : graph.actorsByNames(List.copyOf(allNames))) {
                elementIdsFromNames.put(row.key(), row.id());
                known.put(row.key(), new Known(row.name(), row.aliases(), row.names()));
                Candidate candidate = new Candidate(row.key(), ActorType.parse(row.type()).orElse(null),
                        row.name(), io.actorgraph.resolve.Names.normalize(row.name()), row.names());
                for (String n : candidate.names()) {
                    candidatesByName.computeIfAbsent(n, k -> new ArrayList<>()).add(candidate);
                }
            }
        }
        Set<String> existingKeys = new HashSet<>();
        List<String> proposed = identities.values().stream().map(ActorIdentity::proposedKey).distinct().toList();
        Map<String, String> existingNames = new HashMap<>();
        Map<String, String> elementIds = new HashMap<>();
        for (LoaderGraph.ActorRow row : graph.actorsByKeys(proposed)) {
            existingKeys.add(row.key());
            existingNames.put(row.key(), row.name());
            elementIds.put(row.key(), row.id());
            known.put(row.key(), new Known(row.name(), row.aliases(), row.names()));
        }

        Map<String, String> localKeys = new LinkedHashMap<>();
        Map<String, Merged> byKey = new LinkedHashMap<>();
        for (Map.Entry<String, ActorIdentity> entry : identities.entrySet()) {
            ActorIdentity identity = entry.getValue();
            String key = identity.proposedKey();
            String displayName = identity.name();
            boolean isNew = !existingKeys.contains(key);
            if (!identity.fixedKey()) {
                Candidate match = bestMatch(identity, candidatesByName);
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
            localKeys.put(entry.getKey(), key);
        }

        List<Map<String, Object>> creates = new ArrayList<>();
        List<Map<String, Object>> updates = new ArrayList<>();
        List<Map<String, Object>> names = new ArrayList<>();
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (Map.Entry<String, Merged> entry : byKey.entrySet()) {
            Merged m = entry.getValue();
            List<String> aliases = m.written.stream().filter(w -> !w.equals(m.name)).toList();
            Known before = m.isNew ? null : known.get(entry.getKey());
            Map<String, Object> row = new HashMap<>();
            row.put("key", entry.getKey());
            row.put("name", m.name);
            row.put("type", m.identity.type().name());
            row.put("aliases", aliases);
            if (before == null) {
                creates.add(row);
            } else if (!m.name.equals(before.name()) || !before.aliases().containsAll(aliases)) {
                row.put("before", before.name()); // the name the update is based on
                updates.add(row);
            }
            // only the names the graph does not have yet: most actors of a big corpus are known
            Set<String> seen = new HashSet<>(before == null ? Set.of() : before.names());
            for (String written : m.written) {
                String normal = io.actorgraph.resolve.Names.normalize(written);
                if (!normal.isEmpty() && seen.add(normal)) {
                    names.add(Map.of("actor", entry.getKey(), "name", normal, "text", written));
                }
            }
            mentions.add(Map.of("key", entry.getKey(), "names", List.copyOf(m.written)));
        }
        elementIds.putAll(elementIdsFromNames);
        return new Resolution(articleId, identities, localKeys, byKey, elementIds, creates, updates, names, mentions);
    }

    /** Who the document's actors are, and what writing them takes. */
    static final class Resolution {
        private final String articleId;
        private final Map<String, ActorIdentity> identities;
        private final Map<String, String> localKeys;
        private final Map<String, Merged> byKey;
        private final Map<String, String> elementIds;
        private final List<Map<String, Object>> creates;
        private final List<Map<String, Object>> updates;
        private final List<Map<String, Object>> names;
        private final List<Map<String, Object>> mentions;

        Resolution(String articleId, Map<String, ActorIdentity> identities, Map<String, String> localKeys,
                Map<String, Merged> byKey, Map<String, String> elementIds, List<Map<String, Object>> creates,
                List<Map<String, Object>> updates, List<Map<String, Object>> names, List<Map<String, Object>> mentions) {
            this.articleId = articleId;
            this.identities = identities;
            this.localKeys = localKeys;
            this.byKey = byKey;
            this.elementIds = elementIds;
            this.creates = creates;
            this.updates = updates;
            this.names = names;
            this.mentions = mentions;
        }

        /** The graph key a local actor id resolved to. */
        String key(String localId) {
            String key = localKeys.get(localId);
            if (key == null) {
                throw new IllegalStateException("unresolved actor id " + localId);
            }
            return key;
        }

        /** Writes new actors, new names and the article's mentions. */
        ResolvedActors write(LoaderGraph graph) {
            if (!creates.isEmpty()) {
                elementIds.putAll(graph.createActors(creates));
            }
            if (!updates.isEmpty()) {
                graph.updateActors(updates);
            }
            if (!names.isEmpty()) {
                graph.writeNames(names);
            }
            graph.writeMentions(articleId, mentions);
            ResolvedActors resolved = new ResolvedActors();
            localKeys.forEach((localId, key) -> {
                Merged m = byKey.get(key);
                resolved.put(localId, new ResolvedActors.Actor(key, identities.get(localId), m.name, m.isNew,
                        elementIds.get(key)));
            });
            return resolved;
        }
    }

    private static Candidate bestMatch(ActorIdentity identity, Map<String, List<Candidate>> candidatesByName) {
        Candidate best = null;
        int bestScore = 0;
        Set<Candidate> seen = new HashSet<>();
        for (String name : identity.names()) {
            for (Candidate c : candidatesByName.getOrDefault(name, List.of())) {
                if (!seen.add(c) || c.type() == null || !identity.sameAs(c.type(), c.nameKey(), c.names())) {
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
        }
        return best;
    }

    /** An actor the graph has that a name of the document points to; one per key, so equal by key. */
    private record Candidate(String key, ActorType type, String name, String nameKey, Set<String> names) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Candidate c && c.key.equals(key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }
    }

    /** An actor as the graph had it before this document. */
    private record Known(String name, List<String> aliases, Set<String> names) {
    }

    private static final class Merged {
        ActorIdentity identity;
        boolean isNew = true;
        String name;
        final LinkedHashSet<String> written = new LinkedHashSet<>();
    }
}
