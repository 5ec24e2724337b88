package io.actorgraph.query;

import java.util.List;

/** The shortest chain of asserted facts between two actors. */
public record Connection(List<ActorRef> actors, List<Step> steps) {

    /** One fact on the chain, drawn from {@code from} to {@code to}, with up to three evidence sentences. */
    public record Step(String relation, String from, String to, List<EvidenceRef> evidence) {
    }
}
