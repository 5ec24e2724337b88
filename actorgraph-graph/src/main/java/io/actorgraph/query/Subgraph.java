package io.actorgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A piece of the graph to draw: actors and the facts between them (evidence is fetched per edge). */
public record Subgraph(List<ActorRef> nodes, List<Edge> edges) {

    /** One fact drawn from {@code from} to {@code to} (actor keys). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Edge(String key, String relation, String from, String to, String polarity, Double confidence,
            String firstDate, String lastDate, String title, Boolean ended, Long evidenceCount) {
    }
}
