// Whom did an actor strike: the targets of STRUCK facts whose attacker is the actor.
// In Neo4j Browser:  :param actor => 'israel'   (an actor key such as 'state:isr', or a normalised name)
CALL () {
  MATCH (x:Actor {key: $actor}) RETURN x
  UNION
  MATCH (:Name {key: $actor})-[:NAMES]->(x:Actor) RETURN x
}
MATCH (x)-[r:STRUCK]->(y:Actor)
WHERE r.polarity = 'asserted' AND y <> x
MATCH (e:Evidence {fact: r.key})
WITH y, e
ORDER BY e.confidence DESC, e.article, e.start
WITH y, collect(e {.article, .sentence, .start, .end, .date, .datePrecision, .attribution, .hedges, .confidence, .place}) AS evidence
RETURN y.key AS key, y.name AS name, y.type AS type, y.aliases AS aliases, evidence
ORDER BY size(evidence) DESC, name;
