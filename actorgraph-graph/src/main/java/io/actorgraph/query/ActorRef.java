package io.actorgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An actor as answers show it: name, type, the other names articles use for it, and its graph key. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActorRef(String name, String type, List<String> aliases, String key) {
}
