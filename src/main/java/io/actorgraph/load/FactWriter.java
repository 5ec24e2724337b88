package io.actorgraph.load;

import io.actorgraph.model.Relation;
import io.actorgraph.statement.FactStatement;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.store.GraphStore.Tx;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a document's facts as typed relationships between actors, with one Evidence node per
 * supporting sentence. Facts new to the graph are created outright, without MERGE's re-match;
 * facts the graph already has get the new evidence and their summary recomputed.
 */
final class FactWriter {

    private static final String CREATE_FACTS = """
            UNWIND $rows AS row
            MATCH (s:Actor {key: row.s})
            MATCH (o:Actor {key: row.o})
            CREATE (s)-[r:$(row.relation)]->(o)
            SET r = row.props
            """;

    private static final String CREATE_EVIDENCE = """
            UNWIND $rows AS row
            CREATE (e:Evidence)
            SET e = row
            """;

    /** Per relation type, so that the planner seeks the relationship key index. */
    private static final Map<Relation, String> EXISTING = new EnumMap<>(Relation.class);
    private static final Map<Relation, String> REFRESH = new EnumMap<>(Relation.class);
    private static final Map<Relation, String> DELETE_UNSUPPORTED = new EnumMap<>(Relation.class);

    static {
        for (Relation relation : Relation.values()) {
            String match = "UNWIND $keys AS k MATCH ()-[r:" + relation.name() + " {key: k}]->() ";
            EXISTING.put(relation, match + "RETURN k AS key");
            REFRESH.put(relation, match + """
                    OPTIONAL MATCH (e:Evidence {fact: k})
                    WITH r, collect(e) AS es
                    WITH r, es, reduce(best = null, e IN es |
                         CASE WHEN best IS NULL OR coalesce(e.articleDate, '') >= coalesce(best.articleDate, '')
                              THEN e ELSE best END) AS latest
                    SET r.evidenceCount = size(es),
                        r.articles = reduce(acc = [], e IN es | CASE WHEN e.article IN acc THEN acc ELSE acc + e.article END),
                        r.confidence = reduce(m = 0.0, e IN es | CASE WHEN e.confidence > m THEN e.confidence ELSE m END),
                        r.firstDate = reduce(d = null, e IN es |
                            CASE WHEN e.date IS NOT NULL AND (d IS NULL OR e.date < d) THEN e.date ELSE d END),
                        r.lastDate = reduce(d = null, e IN es |
                            CASE WHEN e.date IS NOT NULL AND (d IS NULL OR e.date > d) THEN e.date ELSE d END),
                        r.since = reduce(d = null, e IN es |
                            CASE WHEN e.since IS NOT NULL AND (d IS NULL OR e.since < d) THEN e.since ELSE d END),
                        r.until = latest.until,
                        r.ended = latest.ended
                    """);
            DELETE_UNSUPPORTED.put(relation, match + "WITH r WHERE r.evidenceCount = 0 DELETE r");
        }
    }

    /** How many facts of the document were new and how many evidences it added. */
    record Written(int facts, int newFacts, int evidences) {
    }

    Written write(Tx tx, StatementDocument doc, ResolvedActors actors, Map<String, String> eventKeys,
            Map<Relation, Set<String>> alsoRefresh) {
        String articleId = doc.article().id();
        String articleDate = doc.article().date();
        String extractor = doc.extractor() == null ? null : doc.extractor().name() + " " + doc.extractor().version();
        Map<String, FactRow> facts = new LinkedHashMap<>();
        List<Map<String, Object>> evidences = new ArrayList<>();
        int index = 0;
        for (FactStatement fact : doc.facts()) {
            index++;
            String s = actors.key(fact.subject());
            String o = actors.key(fact.object());
            if (s.equals(o)) {
                continue; // two names the article used for one actor: no self-loops
            }
            String key = FactKeys.key(fact.relation(), s, o, fact.polarity(), fact.office());
            String[] ends = FactKeys.orient(fact.relation(), s, o);
            FactRow row = facts.computeIfAbsent(key, k -> new FactRow(k, fact.relation(), ends[0], ends[1]));
            row.add(fact, articleId, fact.date() != null ? fact.date() : articleDate);
            evidences.add(evidence(fact, key, articleId, articleDate, index, extractor, actors, eventKeys, s, o));
        }

        Map<Relation, List<FactRow>> byRelation = new EnumMap<>(Relation.class);
        facts.values().forEach(f -> byRelation.computeIfAbsent(f.relation, r -> new ArrayList<>()).add(f));
        List<Map<String, Object>> creates = new ArrayList<>();
        Map<Relation, Set<String>> refresh = new EnumMap<>(Relation.class);
        alsoRefresh.forEach((r, keys) -> refresh.computeIfAbsent(r, x -> new HashSet<>()).addAll(keys));
        int newFacts = 0;
        for (Map.Entry<Relation, List<FactRow>> entry : byRelation.entrySet()) {
            List<String> keys = entry.getValue().stream().map(f -> f.key).toList();
            Set<String> existing = new HashSet<>();
            for (Map<String, Object> row : tx.run(EXISTING.get(entry.getKey()), Map.of("keys", keys))) {
                existing.add((String) row.get("key"));
            }
            for (FactRow f : entry.getValue()) {
                if (existing.contains(f.key)) {
                    refresh.computeIfAbsent(f.relation, r -> new HashSet<>()).add(f.key);
                } else {
                    creates.add(f.toRow());
                    newFacts++;
                }
            }
        }
        if (!creates.isEmpty()) {
            tx.run(CREATE_FACTS, Map.of("rows", creates));
        }
        if (!evidences.isEmpty()) {
            tx.run(CREATE_EVIDENCE, Map.of("rows", evidences));
        }
        refresh(tx, refresh);
        return new Written(facts.size(), newFacts, evidences.size());
    }

    /** Recomputes the summary of facts from their evidence, and deletes facts no evidence supports any more. */
    static void refresh(Tx tx, Map<Relation, ? extends Collection<String>> keysByRelation) {
        keysByRelation.forEach((relation, keys) -> {
            if (!keys.isEmpty()) {
                Map<String, Object> params = Map.of("keys", List.copyOf(keys));
                tx.run(REFRESH.get(relation), params);
                tx.run(DELETE_UNSUPPORTED.get(relation), params);
            }
        });
    }

    private static Map<String, Object> evidence(FactStatement fact, String key, String articleId, String articleDate,
            int index, String extractor, ResolvedActors actors, Map<String, String> eventKeys, String s, String o) {
        Map<String, Object> e = new HashMap<>();
        e.put("key", articleId + "#" + index);
        e.put("fact", key);
        e.put("relation", fact.relation().name());
        e.put("article", articleId);
        putIfNotNull(e, "articleDate", articleDate);
        e.put("sentence", fact.evidence().sentence());
        e.put("start", (long) fact.evidence().start());
        e.put("end", (long) fact.evidence().end());
        e.put("polarity", fact.polarity().name());
        e.put("subject", s);
        e.put("object", o);
        e.put("confidence", fact.confidenceOrDefault());
        putIfNotNull(e, "attribution", fact.attribution());
        putIfNotNull(e, "hedges", fact.hedges());
        putIfNotNull(e, "date", fact.date() != null ? fact.date() : articleDate);
        putIfNotNull(e, "datePrecision", fact.date() != null ? fact.datePrecision().name() : articleDate != null ? "article" : null);
        putIfNotNull(e, "extractor", extractor);
        if (fact.place() != null) {
            ResolvedActors.Actor place = actors.get(fact.place());
            e.put("placeKey", place.key());
            e.put("place", place.displayName());
        }
        if (fact.event() != null) {
            e.put("event", eventKeys.get(fact.event()));
        }
        if (fact.office() != null) {
            putIfNotNull(e, "title", fact.office().title());
            putIfNotNull(e, "since", fact.office().since());
            putIfNotNull(e, "until", fact.office().until());
            e.put("ended", fact.office().isOver());
        }
        return e;
    }

    static void putIfNotNull(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** The summary of one fact as this document states it, before it meets the graph. */
    private static final class FactRow {
        final String key;
        final Relation relation;
        final String s;
        final String o;
        int evidences;
        double confidence;
        String firstDate;
        String lastDate;
        String title;
        String since;
        String until;
        boolean ended;
        String polarity;
        String article;

        FactRow(String key, Relation relation, String s, String o) {
            this.key = key;
            this.relation = relation;
            this.s = s;
            this.o = o;
        }

        void add(FactStatement fact, String articleId, String date) {
            evidences++;
            article = articleId;
            polarity = fact.polarity().name();
            confidence = Math.max(confidence, fact.confidenceOrDefault());
            if (date != null) {
                firstDate = firstDate == null || date.compareTo(firstDate) < 0 ? date : firstDate;
                lastDate = lastDate == null || date.compareTo(lastDate) > 0 ? date : lastDate;
            }
            if (fact.office() != null) {
                title = title == null ? fact.office().title() : title;
                since = since == null ? fact.office().since() : since;
                until = until == null ? fact.office().until() : until;
                ended = ended || fact.office().isOver();
            }
        }

        Map<String, Object> toRow() {
            Map<String, Object> props = new HashMap<>();
            props.put("key", key);
            props.put("relation", relation.name());
            props.put("polarity", polarity);
            relation.cameo().ifPresent(c -> props.put("cameo", c));
            relation.cameoLabel().ifPresent(c -> props.put("cameoLabel", c));
            relation.plover().ifPresent(c -> props.put("plover", c));
            props.put("confidence", confidence);
            props.put("evidenceCount", (long) evidences);
            props.put("articles", List.of(article));
            putIfNotNull(props, "firstDate", firstDate);
            putIfNotNull(props, "lastDate", lastDate);
            if (relation == Relation.HOLDS_OFFICE) {
                putIfNotNull(props, "title", title);
                putIfNotNull(props, "since", since);
                putIfNotNull(props, "until", until);
                props.put("ended", ended);
            }
            return Map.of("s", s, "o", o, "relation", relation.name(), "props", props);
        }
    }
}
