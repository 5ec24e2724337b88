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
    private final Map<String, String> elementIds = new java.util.HashMap<>();

    void put(String localId, Actor actor) {
        byLocalId.put(localId, actor);
        elementIds.put(actor.key(), actor.elementId());
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

    /** The element id of the node an actor key resolved to. */
    String elementId(String key) {
        String id = elementIds.get(key);
        if (id == null) {
            throw new IllegalStateException("no actor with key " + key);
        }
        return id;
    }

    Map<String, Actor> all() {
        return byLocalId;
    }
}
