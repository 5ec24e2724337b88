package io.actorgraph.extract.party;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.model.DatePrecision;
import io.actorgraph.model.Relation;
import java.util.List;

/** An n-ary event (a meeting, a signing, a strike) with its participants, their roles and whom they acted for. */
public record EventDraft(Relation relation, String name, String date, DatePrecision datePrecision, Entity place,
        List<Participant> participants) {

    /** An actor's part in the event; {@code forParty} is the party a person acted for, or null. */
    public record Participant(Entity actor, String role, Entity forParty) {
    }
}
