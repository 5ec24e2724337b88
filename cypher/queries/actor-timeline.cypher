// An actor's timeline: every dated statement about it, one row per evidence, oldest first.
// In Neo4j Browser:  :param actor => 'state:syr'
MATCH (x:Actor {key: $actor})-[r]-(y:Actor)
WHERE r.key IS NOT NULL AND r.polarity = 'asserted'
MATCH (e:Evidence {fact: r.key})
RETURN e.date AS date, e.datePrecision AS datePrecision, type(r) AS relation,
       startNode(r) = x AS outgoing, y.key AS otherKey, y.name AS otherName, y.type AS otherType,
       e.article AS article, e.sentence AS sentence, e.attribution AS attribution, e.place AS place
ORDER BY date, article, e.start;
