// An actor's timeline: every dated statement about it, one row per evidence, oldest first.
// In Neo4j Browser:  :param actor => 'state:ken'
MATCH (x:Actor {key: $actor})-[r]-(y:Actor)
WHERE r.key IS NOT NULL AND r.articles IS NOT NULL AND r.polarity = 'asserted'
UNWIND range(0, size(r.articles) - 1) AS i
RETURN r.dates[i] AS date, type(r) AS relation, startNode(r) = x AS outgoing,
       y.key AS otherKey, y.name AS otherName, y.type AS otherType,
       r.articles[i] AS article, r.sentences[i] AS sentence, r.attributions[i] AS attribution, r.places[i] AS place
ORDER BY date, article, r.sentenceStarts[i];
