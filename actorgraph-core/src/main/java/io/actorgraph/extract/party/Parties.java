package io.actorgraph.extract.party;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.event.Frame;
import io.actorgraph.extract.office.OfficeClaim;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.model.ActorType;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which parties a participant acts for in an event: the party the text names ("on behalf of her
 * government", "for the company"), else the states, organisations and firms the person holds a
 * current office in. A party acts for itself; a firm does not act for its home state.
 */
final class Parties {

    private final Doc doc;

    Parties(Doc doc) {
        this.doc = doc;
    }

    Set<Entity> of(Entity actor, Frame frame) {
        Set<Entity> out = new LinkedHashSet<>();
        if (actor.type() != ActorType.Person) {
            return out;
        }
        for (Frame f = frame; f != null; f = f.antecedent()) {
            Entity explicit = f.actingFor().get(actor);
            if (explicit != null) {
                Set<Entity> held = offices(actor);
                // "signed by X and by Y, on behalf of the provincial government": X, who runs the
                // other side, is not the one the phrase speaks for
                if (sharedAmongSignatories(f, explicit) && !held.isEmpty() && !held.contains(explicit)) {
                    return held;
                }
                out.add(explicit);
                return out;
            }
            if (f == frame) {
                break;
            }
        }
        out.addAll(offices(actor));
        return out;
    }

    private Set<Entity> offices(Entity actor) {
        Set<Entity> out = new LinkedHashSet<>();
        for (OfficeClaim c : doc.offices()) {
            if (c.person() == actor && c.current() && c.owner().isParty()) {
                out.add(c.owner());
            }
        }
        return out;
    }

    private static boolean sharedAmongSignatories(Frame f, Entity party) {
        return f.actingFor().values().stream().filter(party::equals).count() > 1;
    }
}
