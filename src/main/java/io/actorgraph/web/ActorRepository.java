package io.actorgraph.web;

import org.springframework.data.repository.Repository;
import java.util.Optional;

/** Actors by key; read-only (no save or delete is declared). */
interface ActorRepository extends Repository<ActorNode, String> {

    Optional<ActorNode> findById(String key);
}
