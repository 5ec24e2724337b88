package io.actorgraph.web;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Immutable;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * An actor as the loader writes it ({@code :Actor} plus its type label), mapped read-only:
 * the web side never writes through Spring Data, only the loader writes the graph.
 */
@Node("Actor")
@Immutable
public record ActorNode(@Id String key, String name, String type, List<String> aliases) {
}
