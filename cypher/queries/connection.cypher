// The shortest connection between two actors over asserted facts (at most 6 steps).
// In Neo4j Browser:  :param from => 'state:syr'  :param to => 'state:tur'
MATCH (a:Actor {key: $from}), (b:Actor {key: $to})
MATCH p = shortestPath((a)-[:MET_WITH|SIGNED|STRUCK|VISITED|HOLDS_OFFICE|DENOUNCED|CALLED_FOR|AGREED_WITH|IN_CONTACT_WITH|SUPPORTED|LOCATED_IN*..6]-(b))
WHERE all(r IN relationships(p) WHERE r.polarity = 'asserted')
RETURN [n IN nodes(p) | n {.key, .name, .type}] AS actors,
       [r IN relationships(p) | {relation: type(r), key: r.key, from: startNode(r).key, to: endNode(r).key,
         evidence: COLLECT { MATCH (e:Evidence {fact: r.key}) RETURN e {.article, .sentence} LIMIT 3 }}] AS steps;
