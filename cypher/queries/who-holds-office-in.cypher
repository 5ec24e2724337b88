// Who holds office in an actor (a state, firm or organisation) now, as of the articles'
// dates: HOLDS_OFFICE facts not marked ended ("former", "ousted", an end date).
// In Neo4j Browser:  :param actor => 'syria'   (an actor key, or a normalised name)
CALL () {
  MATCH (x:Actor {key: $actor}) RETURN x
  UNION
  MATCH (:Name {key: $actor})-[:NAMES]->(x:Actor) RETURN x
}
MATCH (y:Actor)-[r:HOLDS_OFFICE]->(x)
WHERE r.polarity = 'asserted' AND NOT coalesce(r.ended, false) AND y <> x
MATCH (e:Evidence {fact: r.key})
WITH y, r, e
ORDER BY e.confidence DESC, e.article, e.start
WITH y, collect(DISTINCT r.title) AS titles,
     collect(e {.article, .sentence, .start, .end, .date, .datePrecision, .attribution, .hedges, .confidence, .title}) AS evidence
RETURN y.key AS key, y.name AS name, y.type AS type, y.aliases AS aliases, titles, evidence
ORDER BY size(evidence) DESC, name;
