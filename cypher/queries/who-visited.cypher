// Who visited an actor (a place or a state): VISITED facts whose destination is the actor,
// or a place the articles locate in it ("a visit to the capital" counts for the country).
// In Neo4j Browser:  :param actor => 'kenya'   (an actor key, or a normalised name)
CALL () {
  MATCH (x:Actor {key: $actor}) RETURN x
  UNION
  MATCH (:Name {key: $actor})-[:NAMES]->(x:Actor) RETURN x
}
CALL (x) {
  MATCH (y:Actor)-[r:VISITED]->(x)
  WHERE r.polarity = 'asserted'
  RETURN y, r
  UNION
  MATCH (y:Actor)-[r:VISITED]->(:Actor)-[l:LOCATED_IN]->(x)
  WHERE r.polarity = 'asserted' AND l.polarity = 'asserted'
  RETURN y, r
}
WITH x, y, r
WHERE y <> x
UNWIND range(0, size(r.articles) - 1) AS i
WITH y, r, i
ORDER BY r.confidences[i] DESC, r.articles[i], r.sentenceStarts[i]
WITH y, collect(DISTINCT {article: r.articles[i], sentence: r.sentences[i], start: r.sentenceStarts[i], end: r.sentenceEnds[i],
                 date: r.dates[i], attribution: r.attributions[i], hedges: r.hedges[i],
                 confidence: r.confidences[i], place: r.places[i]}) AS evidence
RETURN y.key AS key, y.name AS name, y.type AS type, y.aliases AS aliases, evidence
ORDER BY size(evidence) DESC, name;
