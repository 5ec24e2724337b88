// The shortest connection between two actors over asserted facts (at most 6 steps).
// In Neo4j Browser:  :param from => 'org:fjordgas'  :param to => 'state:tur'
MATCH (a:Actor {key: $from}), (b:Actor {key: $to})
MATCH p = shortestPath((a)-[:MET_WITH|SIGNED|STRUCK|VISITED|HOLDS_OFFICE|DENOUNCED|CALLED_FOR|AGREED_WITH|IN_CONTACT_WITH|SUPPORTED|LOCATED_IN*..6]-(b))
WHERE all(r IN relationships(p) WHERE r.polarity = 'asserted')
RETURN [n IN nodes(p) | n {.key, .name, .type}] AS actors,
       [r IN relationships(p) | {relation: type(r), key: r.key, from: startNode(r).key, to: endNode(r).key,
         evidence: [i IN range(0, size(r.articles) - 1) WHERE i < 3 |
                    {article: r.articles[i], sentence: r.sentences[i]}]}] AS steps;
