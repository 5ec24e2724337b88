// Actors whose name or alias starts with a prefix (normalised), for search boxes.
// In Neo4j Browser:  :param prefix => 'ke'  :param limit => 10
MATCH (n:Name)
WHERE n.key STARTS WITH $prefix
MATCH (n)-[:NAMES]->(a:Actor)
WITH DISTINCT a
RETURN a.key AS key, a.name AS name, a.type AS type, a.aliases AS aliases,
       COUNT { (a)-[r]-(:Actor) WHERE r.key IS NOT NULL } AS facts
ORDER BY facts DESC, name
LIMIT toInteger($limit);
