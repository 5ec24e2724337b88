package io.actorgraph.statement;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.actorgraph.model.DatePrecision;
import io.actorgraph.model.Relation;
import java.util.List;

/**
 * One n-ary event as the article tells it: an agreement with its signatories and the parties
 * they sign for, a meeting with its participants, place and date. Facts point to it by id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventStatement(
        String id,
        Relation relation,
        String name,
        String date,
        DatePrecision datePrecision,
        String place,
        List<Participant> participants) {

    public EventStatement {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    /**
     * An actor's part in an event. {@code role} is free text such as "signatory", "party",
     * "participant", "attacker", "target", "visitor", "host"; {@code forActor} names the party a
     * person acted for, by local actor id.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Participant(String actor, String role, @com.fasterxml.jackson.annotation.JsonProperty("for") String forActor) {
    }
}
