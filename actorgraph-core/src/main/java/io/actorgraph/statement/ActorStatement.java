package io.actorgraph.statement;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.actorgraph.model.ActorType;
import java.util.List;

/**
 * An actor as one article names it. {@code id} is local to the document; {@code name} is the
 * fullest name the article gives and {@code aliases} the other ways it writes the actor.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ActorStatement(String id, ActorType type, String name, List<String> aliases) {

    public ActorStatement {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
