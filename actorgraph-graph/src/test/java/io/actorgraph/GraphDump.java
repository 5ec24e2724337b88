package io.actorgraph;

import io.actorgraph.model.Relation;
import io.actorgraph.store.GraphStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A whole graph as sorted lines of text that do not depend on the order the articles were
 * loaded in: actors by type and name (their keys depend on which article came first), facts
 * by relation and end names with every evidence entry (one entry = index i of every evidence
 * list) sorted, articles, mentions, names and events. Two loads of the same articles in any
 * order, one after the other or at once, give equal dumps; a lost or duplicated evidence
 * entry, mention or actor shows as a differing line.
 */
public final class GraphDump {

    private GraphDump() {
    }

    public static List<String> of(GraphStore store) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> r : store.read("""
                MATCH (a:Actor)
                RETURN labels(a) AS labels, a.type AS type, a.name AS name, a.aliases AS aliases,
                       COLLECT { MATCH (a)<-[:NAMES]-(n) RETURN n.key } AS names
                """, Map.of())) {
            lines.add("actor " + sorted(r.get("labels")) + " " + r.get("type") + " " + r.get("name") + " aliases="
                    + sorted(r.get("aliases")) + " names=" + sorted(r.get("names")));
        }
        for (Map<String, Object> r : store.read("MATCH (n:Name) WHERE NOT (n)-[:NAMES]->() RETURN n.key AS key",
                Map.of())) {
            lines.add("name linked to nothing " + r.get("key"));
        }
        for (Map<String, Object> r : store.read("""
                MATCH (s:Actor)-[r]->(o:Actor)
                RETURN type(r) AS type, s.name AS s, o.name AS o, properties(r) AS props
                """, Map.of())) {
            lines.add(fact(r));
        }
        for (Map<String, Object> r : store.read("MATCH (a:Article) RETURN properties(a) AS props", Map.of())) {
            Map<String, Object> props = new TreeMap<>(map(r.get("props")));
            props.remove("loadedAt"); // when it was written
            props.put("facts", ((Collection<?>) props.getOrDefault("facts", List.of())).size()); // edges named by key
            lines.add("article " + props);
        }
        for (Map<String, Object> r : store.read("""
                MATCH (art:Article)-[m:MENTIONS]->(a:Actor) RETURN art.id AS article, a.name AS actor, m.names AS names
                """, Map.of())) {
            lines.add("mention " + r.get("article") + " -> " + r.get("actor") + " " + r.get("names"));
        }
        for (Map<String, Object> r : store.read("""
                MATCH (e:Event)
                RETURN properties(e) AS props,
                       COLLECT { MATCH (a)-[t:TOOK_PART]->(e) RETURN a.name + '|' + t.role + '|' + coalesce(t.forName, '') } AS parts,
                       COLLECT { MATCH (e)-[:AT]->(p) RETURN p.name } AS at
                """, Map.of())) {
            lines.add("event " + new TreeMap<>(map(r.get("props"))) + " parts=" + sorted(r.get("parts")) + " at=" + r.get("at"));
        }
        Map<String, Long> nodes = new TreeMap<>();
        for (Map<String, Object> r : store.read("MATCH (n) RETURN labels(n) AS labels, count(*) AS n", Map.of())) {
            nodes.merge(String.valueOf(sorted(r.get("labels"))), (Long) r.get("n"), Long::sum);
        }
        nodes.forEach((labels, n) -> lines.add("nodes " + labels + " " + n));
        for (Map<String, Object> r : store.read("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n", Map.of())) {
            lines.add("relationships " + r.get("type") + " " + r.get("n"));
        }
        lines.sort(null);
        return lines;
    }

    /** A fact by relation and end names (symmetric ones in name order), its evidence entries sorted. */
    private static String fact(Map<String, Object> r) {
        String type = (String) r.get("type");
        String s = (String) r.get("s");
        String o = (String) r.get("o");
        if (Relation.parse(type).map(Relation::symmetric).orElse(false) && s.compareTo(o) > 0) {
            String t = s;
            s = o;
            o = t;
        }
        Map<String, Object> props = new TreeMap<>(map(r.get("props")));
        props.remove("key"); // a hash of the end keys
        List<String> evidence = new ArrayList<>();
        List<?> articles = (List<?>) props.get("articles");
        if (articles != null) {
            for (int i = 0; i < articles.size(); i++) {
                StringBuilder entry = new StringBuilder();
                for (String list : List.of("articles", "sentences", "sentenceStarts", "sentenceEnds", "dates",
                        "confidences", "attributions", "hedges", "places", "endedBy")) {
                    List<?> values = (List<?>) props.get(list);
                    entry.append(values == null ? "-" : i < values.size() ? values.get(i) : "MISSING").append(" | ");
                }
                evidence.add(entry.toString());
            }
            for (String list : List.of("articles", "sentences", "sentenceStarts", "sentenceEnds", "dates",
                    "confidences", "attributions", "hedges", "places", "endedBy")) {
                Object values = props.remove(list);
                if (values != null && ((List<?>) values).size() != articles.size()) {
                    evidence.add("list " + list + " has " + ((List<?>) values).size() + " entries, articles "
                            + articles.size());
                }
            }
        }
        evidence.sort(null);
        return "fact " + s + " -" + type + "-> " + o + " " + props + " evidence(" + evidence.size() + ")=" + evidence;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static List<String> sorted(Object values) {
        List<String> list = new ArrayList<>();
        if (values != null) {
            ((Collection<?>) values).forEach(v -> list.add(String.valueOf(v)));
        }
        list.sort(null);
        return list;
    }
}
