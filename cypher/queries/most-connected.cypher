// The actors with the most distinct counterparts over asserted facts: the hubs of the graph.
// In Neo4j Browser:  :param limit => 25
MATCH (a:Actor)-[r]-(b:Actor)
WHERE r.key IS NOT NULL AND r.polarity = 'asserted'
WITH a, count(DISTINCT b) AS counterparts, count(r) AS facts
RETURN a.name AS name, a.type AS type, counterparts, facts
ORDER BY counterparts DESC, name
LIMIT toInteger($limit);
