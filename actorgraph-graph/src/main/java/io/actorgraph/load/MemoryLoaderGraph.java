package io.actorgraph.load;

import io.actorgraph.model.Relation;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A new store's graph built in memory by the same loader logic, for the bulk importer: every
 * write follows the rule its Cypher counterpart in {@link CypherLoaderGraph} follows, so a
 * store built in bulk is the store the transactional loader would build from the same
 * articles. Actor ids are their keys; node ids are assigned in creation order from 0. Two
 * threads may share it the way {@link BulkLoader} does: one for actors, names, mentions,
 * articles and events, the other for facts, which only read the actor and article maps.
 */
final class MemoryLoaderGraph implements LoaderGraph {

    /** A node: its id is its index in {@link #nodes()}. */
    record Node(int id, String[] labels, Map<String, Object> props) {
    }

    /** A relationship between two node ids. */
    record Rel(int start, int end, String type, Map<String, Object> props) {
    }

    private final List<Node> nodes = new ArrayList<>();
    // concurrent: in a bulk import one thread writes actors and articles while another writes facts (BulkLoader)
    private final Map<String, Node> actors = new ConcurrentHashMap<>();
    private final Map<String, Node> names = new HashMap<>();
    private final Map<String, Set<String>> namesOfActor = new HashMap<>();
    private final Map<String, Set<String>> actorsOfName = new HashMap<>();
    private final Map<String, Node> articles = new ConcurrentHashMap<>();
    private final Map<Relation, Map<String, Rel>> facts = new EnumMap<>(Relation.class);
    private final List<Rel> links = new ArrayList<>();
    private final Map<String, ActorRow> actorRows = new HashMap<>();

    private Node node(String[] labels) {
        Node node = new Node(nodes.size(), labels, new LinkedHashMap<>());
        nodes.add(node);
        return node;
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

    @Override
    public Set<String> existingFacts(Relation relation, List<String> keys) {
        Map<String, Rel> known = facts.getOrDefault(relation, Map.of());
        Set<String> existing = new LinkedHashSet<>();
        keys.stream().filter(known::containsKey).forEach(existing::add);
        return existing;
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
                links.add(new Rel(art.id(), actor.id(), "MENTIONS",
                        names == null ? Map.of() : Map.of("names", BulkLoader.storable(names))));
            }
        }
    }

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
            for (Map<String, Object> p : (List<Map<String, Object>>) row.get("participants")) {
                Node actor = actors.get((String) p.get("actor"));
                if (actor != null) {
                    Map<String, Object> took = props("role", p.get("role"));
                    putAll(took, props("for", p.get("for")));
                    putAll(took, props("forName", p.get("forName")));
                    links.add(new Rel(actor.id(), event.id(), "TOOK_PART", took));
                }
            }
            Node place = row.get("place") == null ? null : actors.get((String) row.get("place"));
            if (place != null) {
                links.add(new Rel(event.id(), place.id(), "AT", new LinkedHashMap<>()));
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void appendFacts(Relation relation, List<Map<String, Object>> rows) {
        Map<String, Rel> known = facts.getOrDefault(relation, Map.of());
        for (Map<String, Object> row : rows) {
            Rel fact = known.get((String) row.get("key"));
            if (fact == null) {
                continue;
            }
            Map<String, Object> r = fact.props();
            Map<String, Object> add = (Map<String, Object>) row.get("props");
            for (String list : FactWriter.EVIDENCE_LISTS) {
                set(r, list, concat(r.get(list), add.get(list)));
            }
            set(r, "endedBy", r.get("endedBy") == null ? null : concat(r.get("endedBy"), add.get("endedBy")));
            if (compare(add.get("confidence"), r.get("confidence")) > 0) {
                set(r, "confidence", add.get("confidence"));
            }
            String firstDate = (String) r.get("firstDate");
            String newFirst = (String) add.get("firstDate");
            if (firstDate == null || newFirst != null && newFirst.compareTo(firstDate) < 0) {
                set(r, "firstDate", newFirst);
            }
            String lastDate = (String) r.get("lastDate");
            String newLast = (String) add.get("lastDate");
            if (newLast != null && newLast.compareTo(lastDate == null ? "" : lastDate) >= 0) {
                set(r, "ended", add.get("ended"));
                set(r, "until", add.get("until"));
            }
            if (r.get("since") == null) {
                set(r, "since", add.get("since"));
            }
            if (lastDate == null || newLast != null && newLast.compareTo(lastDate) > 0) {
                set(r, "lastDate", newLast);
            }
            set(r, "extractor", add.get("extractor"));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void createFacts(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            Node s = actors.get((String) row.get("s"));
            Node o = actors.get((String) row.get("o"));
            if (s == null || o == null) {
                continue;
            }
            Relation relation = Relation.valueOf((String) row.get("relation"));
            // the loader hands each new fact a map of its own; lists are kept as arrays, half the memory
            Map<String, Object> props = (Map<String, Object>) row.get("props");
            props.values().removeIf(Objects::isNull);
            props.replaceAll((k, v) -> BulkLoader.storable(v));
            facts.computeIfAbsent(relation, r -> new HashMap<>())
                    .put((String) props.get("key"), new Rel(s.id(), o.id(), relation.name(), new CompactProps(props)));
        }
    }

    @Override
    public void setArticleFacts(String id, List<String> edges) {
        Node art = articles.get(id);
        if (art != null) {
            art.props().put("facts", List.copyOf(edges));
        }
    }

    List<Node> nodes() {
        return nodes;
    }

    /** Every relationship: facts, NAMES, MENTIONS, TOOK_PART and AT. */
    List<Rel> relationships() {
        List<Rel> all = new ArrayList<>(links);
        facts.values().forEach(byKey -> all.addAll(byKey.values()));
        namesOfActor.forEach((actor, keys) -> {
            int end = actors.get(actor).id();
            keys.forEach(key -> all.add(new Rel(names.get(key).id(), end, "NAMES", Map.of())));
        });
        return all;
    }

    long factCount() {
        return facts.values().stream().mapToLong(Map::size).sum();
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

    /** Cypher's list concatenation, of a stored array and a list: null when either side is null. */
    private static Object concat(Object left, Object right) {
        if (left == null || right == null) {
            return null;
        }
        List<?> added = (List<?>) right;
        List<Object> joined = new ArrayList<>(added.size() + 4);
        if (left instanceof Object[] objects) {
            joined.addAll(Arrays.asList(objects));
        } else if (left instanceof long[] longs) {
            for (long value : longs) {
                joined.add(value);
            }
        } else if (left instanceof double[] doubles) {
            for (double value : doubles) {
                joined.add(value);
            }
        } else if (left instanceof boolean[] booleans) {
            for (boolean value : booleans) {
                joined.add(value);
            }
        } else {
            joined.addAll((List<?>) left);
        }
        joined.addAll(added);
        return BulkLoader.storable(joined);
    }

    private static int compare(Object left, Object right) {
        if (left == null || right == null) {
            return Objects.equals(left, right) ? 0 : -1;
        }
        return Double.compare(((Number) left).doubleValue(), ((Number) right).doubleValue());
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }
}
