package io.actorgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One fact about an actor seen from that actor: the relation, whether the actor is its subject
 * ({@code outgoing}), the other actor, polarity, dates, office title, CAMEO/PLOVER codes and evidence.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactView(
        String relation,
        boolean outgoing,
        String polarity,
        ActorRef other,
        String title,
        Boolean ended,
        String firstDate,
        String lastDate,
        String cameo,
        String plover,
        Double confidence,
        List<EvidenceRef> evidence) {
}
