// The actors a name or alias stands for, best candidate first: an exact canonical name, then
// the actor with most facts. The service picks the first; Browser users see all.
// In Neo4j Browser:  :param name => 'kamau'   (normalised: lower case, no accents, dots or hyphens)
MATCH (:Name {key: $name})-[:NAMES]->(a:Actor)
RETURN a.key AS key, a.name AS name, a.type AS type, a.aliases AS aliases,
       COUNT { (a)-[r]-(:Actor) WHERE r.key IS NOT NULL } AS facts
ORDER BY facts DESC, name
LIMIT 20;
