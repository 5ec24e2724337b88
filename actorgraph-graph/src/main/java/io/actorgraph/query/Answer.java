package io.actorgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The answer to one question, in the shape of the command-line contract: the question, its
 * relation, the actor it named (null when no article names it), and the answers. A question
 * in none of the forms has only {@code question} and {@code error}.
 */
@JsonPropertyOrder({"question", "relation", "actor", "answers", "error"})
public record Answer(
        String question,
        @JsonInclude(JsonInclude.Include.NON_NULL) String relation,
        @JsonInclude(JsonInclude.Include.ALWAYS) ActorRef actor,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<AnswerItem> answers,
        @JsonInclude(JsonInclude.Include.NON_NULL) String error) {

    public static Answer unparseable(String question) {
        return new Answer(question, null, null, null,
                "not a question this tool understands; the forms are: " + QuestionForm.listing()
                        + " (X is an actor's name or alias)");
    }

    public boolean failed() {
        return error != null;
    }
}
