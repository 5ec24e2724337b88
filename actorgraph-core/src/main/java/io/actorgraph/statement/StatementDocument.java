package io.actorgraph.statement;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What one article states: its actors, its n-ary events and its binary facts, each fact with
 * the sentence that supports it. This is the reviewable form between extraction and loading;
 * {@code src/main/resources/statements.schema.json} is its JSON Schema.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "version", "article", "extractor", "actors", "events", "facts"})
public record StatementDocument(
        String format,
        int version,
        ArticleMeta article,
        ExtractorInfo extractor,
        List<ActorStatement> actors,
        List<EventStatement> events,
        List<FactStatement> facts) {

    public static final String FORMAT = "actorgraph-statements";
    public static final int VERSION = 1;

    public StatementDocument {
        actors = actors == null ? List.of() : List.copyOf(actors);
        events = events == null ? List.of() : List.copyOf(events);
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    public static StatementDocument of(ArticleMeta article, ExtractorInfo extractor, List<ActorStatement> actors,
            List<EventStatement> events, List<FactStatement> facts) {
        return new StatementDocument(FORMAT, VERSION, article, extractor, actors, events, facts);
    }
}
