// Who struck an actor: the attackers of STRUCK facts whose target is the actor.
// In Neo4j Browser:  :param actor => 'state:syr'   (an actor key, or a normalised name such as 'syria')
CALL () {
  MATCH (x:Actor {key: $actor}) RETURN x
  UNION
  MATCH (:Name {key: $actor})-[:NAMES]->(x:Actor) RETURN x
}
MATCH (y:Actor)-[r:STRUCK]->(x)
WHERE r.polarity = 'asserted' AND y <> x
MATCH (e:Evidence {fact: r.key})
WITH y, e
ORDER BY e.confidence DESC, e.article, e.start
WITH y, collect(e {.article, .sentence, .start, .end, .date, .datePrecision, .attribution, .hedges, .confidence, .place}) AS evidence
RETURN y.key AS key, y.name AS name, y.type AS type, y.aliases AS aliases, evidence
ORDER BY size(evidence) DESC, name;
