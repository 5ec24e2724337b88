package io.actorgraph.load;

import io.actorgraph.resolve.ActorIdentity;
import java.util.LinkedHashMap;
import java.util.Map;

/** The graph key each local actor id of a document resolved to, with what is known of it. */
final class ResolvedActors {

    /** One actor of the document after resolution. */
    record Actor(String key, ActorIdentity identity, String displayName, boolean isNew, String elementId) {
    }

    private final Map<String, Actor> byLocalId = new LinkedHashMap<>();

    void put(String localId, Actor actor) {
        byLocalId.put(localId, actor);
    }

    Actor get(String localId) {
        Actor actor = byLocalId.get(localId);
        if (actor == null) {
            throw new IllegalStateException("unresolved actor id " + localId);
        }
        return actor;
    }

    String key(String localId) {
        return localId == null ? null : get(localId).key();
    }

    Map<String, Actor> all() {
        return byLocalId;
    }
}
