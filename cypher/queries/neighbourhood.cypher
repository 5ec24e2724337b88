// An actor's neighbourhood as a subgraph to draw: the actors up to 2 steps away over facts
// (asserted only unless $negated is true), nearest first, at most $limit of them, and the facts
// between them. The service runs it with the depth asked written in place of the 2 of *0..2: a
// literal bound lets Neo4j expand breadth-first and stop at the limit, even around a hub.
// In Neo4j Browser:  :param actor => 'org:fjordgas'  :param negated => false  :param limit => 300
MATCH (x:Actor {key: $actor})
MATCH p = (x)-[:MET_WITH|SIGNED|STRUCK|VISITED|HOLDS_OFFICE|DENOUNCED|CALLED_FOR|AGREED_WITH|IN_CONTACT_WITH|SUPPORTED|LOCATED_IN*0..2]-(y:Actor)
WHERE all(r IN relationships(p) WHERE $negated OR r.polarity = 'asserted')
WITH DISTINCT y
LIMIT toInteger($limit)
WITH collect(y) AS actors
CALL (actors) {
  UNWIND actors AS a
  MATCH (a)-[r]->(b:Actor)
  WHERE r.articles IS NOT NULL AND b IN actors AND ($negated OR r.polarity = 'asserted')
  RETURN collect(r {key: type(r) + ':' + r.key, relation: type(r), .polarity, .confidence, .firstDate, .lastDate,
                    .title, .ended, evidenceCount: size(r.articles), from: a.key, to: b.key}) AS edges
}
RETURN [n IN actors | n {.key, .name, .type, .aliases}] AS nodes, edges;
