package io.actorgraph.load;

import io.actorgraph.model.Relation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A new store's graph built by the same loader logic, for the bulk importer: every write
 * follows the rule its Cypher counterpart in {@link CypherLoaderGraph} follows, so a store
 * built in bulk is the store the transactional loader would build from the same articles.
 * Memory holds what grows with the actors (actors, their names, the rows the resolver reads)
 * and nothing that grows with the facts: articles and events go to a node file once written,
 * mentions and event links to a relationship file as they come, and facts to a {@link
 * FactSorter}, which merges the rows of one fact from several articles on disk. Node ids are
 * assigned in creation order from 0. Two threads may share it the way {@link BulkLoader} does:
 * one for actors, names, mentions, articles and events, the other for facts, which only read
 * the actor and article maps.
 */
final class BulkLoaderGraph implements LoaderGraph {

    /** An actor or name node, held until the end: its id is its place in creation order. */
    record Node(int id, String[] labels, Map<String, Object> props) {
    }

    private int nextId;
    // concurrent: in a bulk import one thread writes actors and articles while another writes facts (BulkLoader)
    private final Map<String, Node> actors = new ConcurrentHashMap<>();
    private final Map<String, Node> names = new HashMap<>();
    private final Map<String, Set<String>> namesOfActor = new HashMap<>();
    private final Map<String, Set<String>> actorsOfName = new HashMap<>();
    private final Map<String, Node> articles = new ConcurrentHashMap<>();
    /** The events of articles not yet written, written right after their article: in creation order. */
    private final Map<String, List<Node>> eventsOf = new ConcurrentHashMap<>();
    private final Map<String, ActorRow> actorRows = new HashMap<>();
    private final Path folder;
    private final SpillFile nodeFile;
    private final SpillFile relationshipFile;
    private final FactSorter facts;
    private long factRows;
    private long factCount = -1;

    /** Its temporary files go to {@code folder}; facts are sorted in chunks of about {@code chunkBytes}. */
    BulkLoaderGraph(Path folder, long chunkBytes) throws IOException {
        Files.createDirectories(folder);
        this.folder = folder;
        this.nodeFile = SpillFile.nodes(folder.resolve("articles.spill"));
        this.relationshipFile = SpillFile.relationships(folder.resolve("relationships.spill"));
        this.facts = new FactSorter(folder, chunkBytes);
    }

    private Node node(String[] labels) {
        return new Node(nextId++, labels, new LinkedHashMap<>());
    }

    /** The row of an actor as it stands, made again only after the actor changed: hubs are read by every article. */
    private ActorRow row(String key) {
        ActorRow row = actorRows.get(key);
        if (row == null) {
            Node actor = actors.get(key);
            row = new ActorRow(key, (String) actor.props().get("type"), (String) actor.props().get("name"),
                    strings(actor.props().get("aliases")), Set.copyOf(namesOfActor.getOrDefault(key, Set.of())), key);
            actorRows.put(key, row);
        }
        return row;
    }

    @Override
    public List<ActorRow> actorsByNames(List<String> wanted) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : wanted) {
            keys.addAll(actorsOfName.getOrDefault(name, Set.of()));
        }
        return keys.stream().map(this::row).toList();
    }

    @Override
    public List<ActorRow> actorsByKeys(List<String> keys) {
        return keys.stream().filter(actors::containsKey).distinct().map(this::row).toList();
    }

    /** None: every article's rows go to the sorter as new facts, which merges those of one key at the end. */
    @Override
    public Set<String> existingFacts(Relation relation, List<String> keys) {
        return Set.of();
    }

    @Override
    public Map<String, String> createActors(List<Map<String, Object>> rows) {
        Map<String, String> ids = new HashMap<>();
        for (Map<String, Object> row : rows) {
            String key = (String) row.get("key");
            actorRows.remove(key);
            Node actor = actors.get(key);
            if (actor == null) {
                actor = node(new String[] {"Actor", (String) row.get("type")});
                actor.props().put("key", key);
                actor.props().put("name", row.get("name"));
                actor.props().put("type", row.get("type"));
                actor.props().put("aliases", new ArrayList<>(strings(row.get("aliases"))));
                actors.put(key, actor);
            } else {
                actor.props().put("aliases", mergeAliases(actor.props().get("aliases"), row.get("aliases"),
                        (String) actor.props().get("name")));
            }
            ids.put(key, key);
        }
        return ids;
    }

    @Override
    public void updateActors(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            actorRows.remove((String) row.get("key"));
            Node actor = actors.get((String) row.get("key"));
            if (actor != null) {
                actor.props().put("name", row.get("name"));
                actor.props().put("aliases", mergeAliases(actor.props().get("aliases"), row.get("aliases"),
                        (String) row.get("name")));
            }
        }
    }

    /** Aliases already there, then each new one that is neither there nor the name. */
    private static List<String> mergeAliases(Object current, Object added, String name) {
        List<String> merged = new ArrayList<>(strings(current));
        for (String alias : strings(added)) {
            if (!merged.contains(alias) && !alias.equals(name)) {
                merged.add(alias);
            }
        }
        return merged;
    }

    @Override
    public void writeNames(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            String actor = (String) row.get("actor");
            if (!actors.containsKey(actor)) {
                continue;
            }
            String key = (String) row.get("name");
            names.computeIfAbsent(key, k -> {
                Node name = node(new String[] {"Name"});
                name.props().put("key", k);
                name.props().put("text", row.get("text"));
                return name;
            });
            if (namesOfActor.computeIfAbsent(actor, k -> new LinkedHashSet<>()).add(key)) {
                actorRows.remove(actor);
            }
            actorsOfName.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(actor);
        }
    }

    @Override
    public void writeMentions(String article, List<Map<String, Object>> rows) {
        Node art = articles.get(article);
        for (Map<String, Object> row : rows) {
            Node actor = actors.get((String) row.get("key"));
            if (art != null && actor != null) {
                Object names = row.get("names");
                relationshipFile.relationship(art.id(), actor.id(), "MENTIONS",
                        names == null ? Map.of() : Map.of("names", names));
            }
        }
    }

    /** Each article is written once (the last version of each id), and goes to disk once its facts are known. */
    @Override
    public void upsertArticle(String id, Map<String, Object> props) {
        Node art = articles.computeIfAbsent(id, k -> node(new String[] {"Article"}));
        art.props().clear();
        putAll(art.props(), props);
        art.props().put("id", id);
        art.props().put("loadedAt", ZonedDateTime.now());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void createEvents(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            Node event = node(new String[] {"Event"});
            putAll(event.props(), (Map<String, Object>) row.get("props"));
            eventsOf.computeIfAbsent((String) event.props().get("article"), k -> new ArrayList<>()).add(event);
            for (Map<String, Object> p : (List<Map<String, Object>>) row.get("participants")) {
                Node actor = actors.get((String) p.get("actor"));
                if (actor != null) {
                    Map<String, Object> took = props("role", p.get("role"));
                    putAll(took, props("for", p.get("for")));
                    putAll(took, props("forName", p.get("forName")));
                    relationshipFile.relationship(actor.id(), event.id(), "TOOK_PART", took);
                }
            }
            Node place = row.get("place") == null ? null : actors.get((String) row.get("place"));
            if (place != null) {
                relationshipFile.relationship(event.id(), place.id(), "AT", Map.of());
            }
        }
    }

    /** Never called: {@link #existingFacts} knows none, so every row is created, and merged by {@link FactSorter}. */
    @Override
    public void appendFacts(Relation relation, List<Map<String, Object>> rows) {
        throw new UnsupportedOperationException("a bulk import merges facts when it sorts them");
    }

    /** One article's rows, one per fact key; the article's place in the load orders the merge. */
    @Override
    @SuppressWarnings("unchecked")
    public void createFacts(List<Map<String, Object>> rows) {
        long article = factRows++;
        for (Map<String, Object> row : rows) {
            Node s = actors.get((String) row.get("s"));
            Node o = actors.get((String) row.get("o"));
            if (s == null || o == null) {
                continue;
            }
            Relation relation = Relation.valueOf((String) row.get("relation"));
            Map<String, Object> props = (Map<String, Object>) row.get("props");
            facts.add((String) props.get("key"), relation.ordinal(), article, s.id(), o.id(), props);
        }
    }

    /** The article's last step: with the edges it supports it is complete, and goes to the node file. */
    @Override
    public void setArticleFacts(String id, List<String> edges) {
        Node art = articles.remove(id);
        if (art != null) {
            art.props().put("facts", List.copyOf(edges));
            nodeFile.node(art.id(), art.labels(), art.props());
        }
        for (Node event : eventsOf.getOrDefault(id, List.of())) {
            nodeFile.node(event.id(), event.labels(), event.props());
        }
        eventsOf.remove(id);
    }

    /** What {@link #finish} wrote, for the importer. */
    record Written(SpillFile nodes, SpillFile relationships, long facts, int chunks, long sortedBytes) {
    }

    /**
     * Writes what memory still holds (actors, names, their NAMES links, articles whose facts
     * never came) and the merged facts to the files, and closes them.
     */
    Written finish() throws IOException {
        // articles whose facts never came: none when every article's facts were written
        List<Node> held = new ArrayList<>(articles.values());
        eventsOf.values().forEach(held::addAll);
        articles.clear();
        eventsOf.clear();
        held.addAll(actors.values());
        held.addAll(names.values());
        held.sort(java.util.Comparator.comparingInt(Node::id));
        nodeFile.close();
        SpillFile nodes = SpillFile.nodes(folder.resolve("nodes.spill"));
        nodes.mergeNodes(nodeFile, held);
        nodes.close();
        nodeFile.delete();
        held.clear();
        namesOfActor.forEach((actor, keys) -> {
            int end = actors.get(actor).id();
            keys.forEach(key -> relationshipFile.relationship(names.get(key).id(), end, "NAMES", Map.of()));
        });
        actorRows.clear();
        int chunks = facts.chunks();
        long sortedBytes = facts.spilledBytes();
        factCount = facts.merge(relationshipFile::relationship);
        facts.close();
        relationshipFile.close();
        return new Written(nodes, relationshipFile, factCount, chunks, sortedBytes);
    }

    /** Nodes created so far. */
    int nodeCount() {
        return nextId;
    }

    /** Removes the chunk files and closes the others, after a failure. */
    void abandon() {
        facts.close();
        try {
            nodeFile.close();
            relationshipFile.close();
        } catch (IOException e) {
            // removed with the staging folder
        }
    }

    private static Map<String, Object> props(String key, Object value) {
        Map<String, Object> props = new LinkedHashMap<>();
        if (value != null) {
            props.put(key, value);
        }
        return props;
    }

    /** Cypher's SET: a null value removes the property. */
    private static void set(Map<String, Object> props, String key, Object value) {
        if (value == null) {
            props.remove(key);
        } else {
            props.put(key, value);
        }
    }

    private static void putAll(Map<String, Object> target, Map<String, Object> source) {
        source.forEach((k, v) -> set(target, k, v));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }
}
