package io.actorgraph.load;

import io.actorgraph.statement.EventStatement;
import io.actorgraph.statement.StatementDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a document's n-ary events: one Event node each, its participants with their role
 * and the party they acted for, and its place. Events belong to the article that tells them.
 */
final class EventWriter {

    /** Writes the events and returns the graph key of each local event id. */
    Map<String, String> write(LoaderGraph graph, StatementDocument doc, ResolvedActors actors) {
        Map<String, String> keys = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        String articleId = doc.article().id();
        for (EventStatement event : doc.events()) {
            String key = articleId + "#" + event.id();
            keys.put(event.id(), key);
            Map<String, Object> props = new HashMap<>();
            props.put("key", key);
            props.put("article", articleId);
            props.put("relation", event.relation().name());
            FactWriter.putIfNotNull(props, "name", event.name());
            String date = event.date() != null ? event.date() : doc.article().date();
            FactWriter.putIfNotNull(props, "date", date);
            FactWriter.putIfNotNull(props, "datePrecision", event.date() != null && event.datePrecision() != null
                    ? event.datePrecision().name() : null);
            List<Map<String, Object>> participants = new ArrayList<>();
            for (EventStatement.Participant p : event.participants()) {
                Map<String, Object> part = new HashMap<>();
                part.put("actor", actors.key(p.actor()));
                part.put("role", p.role());
                if (p.forActor() != null) {
                    part.put("for", actors.key(p.forActor()));
                    part.put("forName", actors.get(p.forActor()).displayName());
                }
                participants.add(part);
            }
            Map<String, Object> row = new HashMap<>();
            row.put("props", props);
            row.put("participants", participants);
            row.put("place", actors.key(event.place()));
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            graph.createEvents(rows);
        }
        return keys;
    }
}
