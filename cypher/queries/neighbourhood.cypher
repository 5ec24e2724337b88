// An actor's neighbourhood as a subgraph to draw: actors up to $depth steps away over facts
// (asserted only unless $negated is true), and the facts between them.
// In Neo4j Browser:  :param actor => 'org:fjordgas'  :param depth => 2  :param negated => false  :param limit => 300
MATCH (x:Actor {key: $actor})
MATCH p = (x)-[:MET_WITH|SIGNED|STRUCK|VISITED|HOLDS_OFFICE|DENOUNCED|CALLED_FOR|AGREED_WITH|IN_CONTACT_WITH|SUPPORTED|LOCATED_IN*0..3]-(y:Actor)
WHERE length(p) <= $depth AND all(r IN relationships(p) WHERE $negated OR r.polarity = 'asserted')
WITH DISTINCT y
LIMIT toInteger($limit)
WITH collect(y) AS actors
UNWIND actors AS a
OPTIONAL MATCH (a)-[r]->(b:Actor)
WHERE r.articles IS NOT NULL AND b IN actors AND ($negated OR r.polarity = 'asserted')
RETURN [n IN actors | n {.key, .name, .type, .aliases}] AS nodes,
       collect(DISTINCT r {key: type(r) + ':' + r.key, relation: type(r), .polarity, .confidence, .firstDate, .lastDate,
                           .title, .ended, evidenceCount: size(r.articles), from: a.key, to: b.key}) AS edges;
