package io.actorgraph.web;

import java.util.List;
import org.springframework.data.neo4j.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Actors as Spring Data maps them; read-only (no save or delete is declared). */
interface ActorRepository extends Repository<ActorNode, String> {

    @Query("MATCH (:Article {id: $id})-[:MENTIONS]->(a:Actor) RETURN a ORDER BY a.name")
    List<ActorNode> findMentionedIn(String id);
}
