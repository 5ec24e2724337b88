package io.actorgraph.query;

import java.util.List;

/** Everything known about one actor: who it is and every fact it takes part in, negated ones marked. */
public record ActorProfile(ActorRef actor, List<FactView> facts) {
}
