// Who met with an actor: MET_WITH facts the articles assert (negated ones never answer),
// each answer with the sentences that state it.
// In Neo4j Browser:  :param actor => 'socar'
//   $actor is an actor key ('state:syr', 'org:socar') or a name in lower case, without
//   accents, dots or hyphens ('united states', 'al sharaa'), as kept on :Name nodes.
CALL () {
  MATCH (x:Actor {key: $actor}) RETURN x
  UNION
  MATCH (:Name {key: $actor})-[:NAMES]->(x:Actor) RETURN x
}
MATCH (x)-[r:MET_WITH]-(y:Actor)
WHERE r.polarity = 'asserted' AND y <> x
MATCH (e:Evidence {fact: r.key})
WITH y, e
ORDER BY e.confidence DESC, e.article, e.start
WITH y, collect(e {.article, .sentence, .start, .end, .date, .datePrecision, .attribution, .hedges, .confidence, .place}) AS evidence
RETURN y.key AS key, y.name AS name, y.type AS type, y.aliases AS aliases, evidence
ORDER BY size(evidence) DESC, name;
