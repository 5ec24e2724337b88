package io.actorgraph.extract.coref;

import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.model.ActorType;
import io.actorgraph.resolve.Country;

/** The one actor of an article that stands for a state, created when the article names the state only indirectly. */
public final class States {

    private States() {
    }

    public static Entity of(Doc doc, Country c) {
        for (Entity e : doc.entities()) {
            if (e.isState() && e.country() != null && e.country().code().equals(c.code())) {
                return e;
            }
        }
        Entity e = new Entity(doc.entities().size(), ActorType.State, c.name(), c, null);
        doc.entities().add(e);
        return e;
    }
}
