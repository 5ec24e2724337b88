// Whom did an actor strike: the targets of STRUCK facts whose attacker is the actor.
// In Neo4j Browser:  :param actor => 'kenya'   (an actor key such as 'state:ken', or a normalised name)
CALL () {
  MATCH (x:Actor {key: $actor}) RETURN x
  UNION
  MATCH (:Name {key: $actor})-[:NAMES]->(x:Actor) RETURN x
}
MATCH (x)-[r:STRUCK]->(y:Actor)
WHERE r.polarity = 'asserted' AND y <> x
UNWIND range(0, size(r.articles) - 1) AS i
WITH y, r, i
ORDER BY r.confidences[i] DESC, r.articles[i], r.sentenceStarts[i]
WITH y, collect({article: r.articles[i], sentence: r.sentences[i], start: r.sentenceStarts[i], end: r.sentenceEnds[i],
                 date: r.dates[i], attribution: r.attributions[i], hedges: r.hedges[i],
                 confidence: r.confidences[i], place: r.places[i]}) AS evidence
RETURN y.key AS key, y.name AS name, y.type AS type, y.aliases AS aliases, evidence
ORDER BY size(evidence) DESC, name;
