package io.actorgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.actorgraph.model.ActorType;
import io.actorgraph.model.Relation;
import io.actorgraph.store.GraphStore;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a store holds, from {@code cypher/queries/stats.cypher}: actors per type, facts per
 * relation (keyed by the relation's name) and polarity, articles, events, the newest article and
 * when an article was last loaded. Every type and relation is present, with 0 when absent.
 *
 * @param actors        actors per type
 * @param actorCount    all actors
 * @param facts         facts per relation
 * @param factCount     all facts
 * @param articles      articles loaded
 * @param events        events (meetings, agreements... with their participants)
 * @param newestArticle the article with the latest date, or null in an empty store
 * @param lastLoad      when an article was last loaded (ISO 8601, UTC), or null
 */
public record StoreStats(Map<String, Long> actors, long actorCount, Map<String, FactCount> facts, long factCount,
        long articles, long events, NewestArticle newestArticle, String lastLoad) {

    /** The facts of one relation, asserted and negated. */
    public record FactCount(long asserted, long negated) {
        public long total() {
            return asserted + negated;
        }
    }

    /** The newest article: its id, title and date, and when it was loaded. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewestArticle(String id, String title, String date, String loadedAt) {
    }

    public static StoreStats read(GraphStore store) {
        Map<String, Object> row = store.read(QueryFiles.get("stats"), Map.of()).get(0);
        Map<String, Long> actors = new LinkedHashMap<>();
        for (ActorType type : ActorType.values()) {
            actors.put(type.name(), 0L);
        }
        for (Map<String, Object> entry : rows(row.get("actors"))) {
            actors.merge(String.valueOf(entry.get("type")), number(entry.get("count")), Long::sum);
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Relation relation : Relation.values()) {
            counts.put(relation.name(), new long[2]);
        }
        for (Map<String, Object> entry : rows(row.get("facts"))) {
            long[] pair = counts.computeIfAbsent(String.valueOf(entry.get("relation")), k -> new long[2]);
            pair["negated".equals(entry.get("polarity")) ? 1 : 0] += number(entry.get("count"));
        }
        Map<String, FactCount> facts = new LinkedHashMap<>();
        counts.forEach((relation, pair) -> facts.put(relation, new FactCount(pair[0], pair[1])));
        NewestArticle newest = null;
        if (row.get("newest") instanceof Map<?, ?> n) {
            newest = new NewestArticle(text(n.get("id")), text(n.get("title")), text(n.get("date")),
                    instant(n.get("loadedAt")));
        }
        return new StoreStats(actors, actors.values().stream().mapToLong(Long::longValue).sum(), facts,
                facts.values().stream().mapToLong(FactCount::total).sum(), number(row.get("articles")),
                number(row.get("events")), newest, instant(row.get("lastLoad")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A load time as people read it: UTC, to the second. */
    private static String instant(Object value) {
        if (value instanceof ZonedDateTime time) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withZoneSameInstant(ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.SECONDS));
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC)
                    .truncatedTo(ChronoUnit.SECONDS));
        }
        return value == null ? null : value.toString();
    }
}
