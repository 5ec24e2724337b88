package io.actorgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One answer to a question: an actor, the titles it holds where the question is about offices, and its evidence. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AnswerItem(String name, String type, List<String> aliases, String key, List<String> titles,
        List<EvidenceRef> evidence) {
}
