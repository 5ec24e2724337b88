package io.actorgraph.load;

import io.actorgraph.model.Relation;
import io.actorgraph.statement.FactStatement;
import io.actorgraph.statement.StatementDocument;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a document's facts as typed relationships between actors. A fact carries its
 * evidence on the edge, as parallel lists (one entry per supporting sentence: article,
 * sentence, offsets, date, confidence, attribution, hedges, place), so that one edge holds
 * every article's account of it. Facts new to the graph are created outright, matching their
 * actors by element id, without MERGE's re-match; facts the graph already has get the new
 * evidence appended.
 */
final class FactWriter {

    /** The evidence lists every fact edge carries, index i of each describing the same sentence. */
    static final List<String> EVIDENCE_LISTS = List.of("articles", "sentences", "sentenceStarts", "sentenceEnds",
            "dates", "confidences", "attributions", "hedges", "places");

    /** How many facts of the document were new, how many evidences it added, and the edges it touched. */
    record Written(int facts, int newFacts, int evidences, List<String> edges) {
    }

    /** The document's facts by relation, and the keys of those the graph already has: reads only. */
    record Prepared(Map<Relation, List<FactRow>> byRelation, Set<String> existing, int evidences) {
    }

    Prepared prepare(LoaderGraph graph, StatementDocument doc, ActorWriter.Resolution actors) {
        String articleId = doc.article().id();
        String articleDate = doc.article().date();
        String extractor = doc.extractor() == null ? null : doc.extractor().name() + " " + doc.extractor().version();
        Map<String, FactRow> facts = new LinkedHashMap<>();
        int evidences = 0;
        for (FactStatement fact : doc.facts()) {
            String s = actors.key(fact.subject());
            String o = actors.key(fact.object());
            if (s.equals(o)) {
                continue; // two names the article used for one actor: no self-loops
            }
            String key = FactKeys.key(fact.relation(), s, o, fact.polarity(), fact.office());
            boolean swapped = fact.relation().symmetric() && s.compareTo(o) > 0;
            FactRow row = facts.computeIfAbsent(key, k -> new FactRow(k, fact, swapped ? o : s, swapped ? s : o, extractor));
            row.add(fact, articleId, fact.date() != null ? fact.date() : articleDate, fact.place());
            evidences++;
        }
        Map<Relation, List<FactRow>> byRelation = new EnumMap<>(Relation.class);
        facts.values().forEach(f -> byRelation.computeIfAbsent(f.relation, r -> new ArrayList<>()).add(f));
        return new Prepared(byRelation, existing(graph, byRelation), evidences);
    }

    /** Creates the new facts and appends evidence to the known ones. */
    Written write(LoaderGraph graph, Prepared prepared, ResolvedActors actors) {
        Set<String> existing = prepared.existing();
        List<Map<String, Object>> creates = new ArrayList<>();
        List<String> edges = new ArrayList<>();
        int newFacts = 0;
        for (Map.Entry<Relation, List<FactRow>> entry : prepared.byRelation().entrySet()) {
            Relation relation = entry.getKey();
            List<Map<String, Object>> appends = new ArrayList<>();
            for (FactRow f : entry.getValue()) {
                f.resolvePlaces(actors);
                edges.add(relation.name() + ":" + f.key);
                if (existing.contains(f.key)) {
                    appends.add(Map.of("key", f.key, "props", f.props()));
                } else {
                    creates.add(Map.of("s", actors.elementId(f.subject), "o", actors.elementId(f.object),
                            "relation", relation.name(), "props", f.props()));
                    newFacts++;
                }
            }
            if (!appends.isEmpty()) {
                graph.appendFacts(relation, appends);
            }
        }
        if (!creates.isEmpty()) {
            graph.createFacts(creates);
        }
        return new Written(edges.size(), newFacts, prepared.evidences(), edges); // one edge per fact
    }

    /** The keys among the document's facts that the graph has already. */
    private static Set<String> existing(LoaderGraph graph, Map<Relation, List<FactRow>> byRelation) {
        Set<String> existing = new HashSet<>();
        byRelation.forEach((relation, rows) -> existing.addAll(graph.existingFacts(relation,
                rows.stream().map(f -> f.key).toList())));
        return existing;
    }

    static void putIfNotNull(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** One fact as this document states it, with all its evidence, before it meets the graph. */
    static final class FactRow {
        final String key;
        final Relation relation;
        final String subject;
        final String object;
        final List<String> placeIds = new ArrayList<>();
        final String polarity;
        final String extractor;
        final Map<String, List<Object>> lists = new LinkedHashMap<>();
        final List<Object> endedBy = new ArrayList<>();
        double confidence;
        String firstDate;
        String lastDate;
        String title;
        String since;
        String until;
        boolean ended;

        FactRow(String key, FactStatement first, String subject, String object, String extractor) {
            this.key = key;
            this.relation = first.relation();
            this.subject = subject;
            this.object = object;
            this.polarity = first.polarity().name();
            this.extractor = extractor;
            EVIDENCE_LISTS.forEach(list -> lists.put(list, new ArrayList<>()));
        }

        /** Places are named by the display name their actor resolved to, known once actors are written. */
        void resolvePlaces(ResolvedActors actors) {
            List<Object> places = lists.get("places");
            places.clear();
            for (String id : placeIds) {
                places.add(id == null ? "" : actors.get(id).displayName());
            }
        }

        void add(FactStatement fact, String articleId, String date, String placeId) {
            lists.get("articles").add(articleId);
            lists.get("sentences").add(fact.evidence().sentence());
            lists.get("sentenceStarts").add((long) fact.evidence().start());
            lists.get("sentenceEnds").add((long) fact.evidence().end());
            lists.get("dates").add(orEmpty(date));
            lists.get("confidences").add(fact.confidenceOrDefault());
            lists.get("attributions").add(orEmpty(fact.attribution()));
            lists.get("hedges").add(fact.hedges() == null ? "" : String.join("; ", fact.hedges()));
            placeIds.add(placeId);
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
            endedBy.add(fact.office() != null && fact.office().isOver());
        }

        Map<String, Object> props() {
            Map<String, Object> props = new HashMap<>(lists);
            props.put("key", key);
            props.put("polarity", polarity);
            relation.cameo().ifPresent(c -> props.put("cameo", c));
            relation.plover().ifPresent(c -> props.put("plover", c));
            props.put("confidence", confidence);
            putIfNotNull(props, "firstDate", firstDate);
            putIfNotNull(props, "lastDate", lastDate);
            putIfNotNull(props, "extractor", extractor);
            if (relation == Relation.HOLDS_OFFICE) {
                putIfNotNull(props, "title", title);
                putIfNotNull(props, "since", since);
                putIfNotNull(props, "until", until);
                props.put("ended", ended);
                props.put("endedBy", endedBy);
            }
            return props;
        }
    }
}
