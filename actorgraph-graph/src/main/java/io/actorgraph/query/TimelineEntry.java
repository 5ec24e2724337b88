package io.actorgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One dated statement in an actor's timeline. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(
        String date,
        String datePrecision,
        String relation,
        boolean outgoing,
        ActorRef other,
        String article,
        String sentence,
        String attribution,
        String place) {
}
