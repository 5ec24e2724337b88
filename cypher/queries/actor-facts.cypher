// Everything known about one actor: every fact it takes part in, either direction, asserted
// and negated (marked), with the other actor and the evidence.
// In Neo4j Browser:  :param actor => 'state:syr'
MATCH (x:Actor {key: $actor})-[r]-(y:Actor)
WHERE r.key IS NOT NULL
MATCH (e:Evidence {fact: r.key})
WITH x, r, y, e
ORDER BY e.date, e.article, e.start
WITH x, r, y, collect(e {.article, .sentence, .start, .end, .date, .datePrecision, .attribution, .hedges, .confidence, .place}) AS evidence
RETURN type(r) AS relation, startNode(r) = x AS outgoing, r.polarity AS polarity,
       r.title AS title, r.ended AS ended, r.firstDate AS firstDate, r.lastDate AS lastDate,
       r.cameo AS cameo, r.plover AS plover, r.confidence AS confidence,
       y.key AS otherKey, y.name AS otherName, y.type AS otherType, evidence
ORDER BY relation, firstDate, otherName;
