// Every evidence sentence of one fact between two actors (edges of the graph view carry the
// fact's key and its two actors).
// In Neo4j Browser:  :param from => 'org:fjordgas'  :param to => 'state:ken'  :param key => 'e3c1ad3b5b4e07a2'
//   (the r.key of the fact: the graph view and `actor-facts.cypher` show it)
MATCH (:Actor {key: $from})-[r]-(:Actor {key: $to})
WHERE r.key = $key AND r.articles IS NOT NULL
UNWIND range(0, size(r.articles) - 1) AS i
WITH r, i ORDER BY r.dates[i], r.articles[i], r.sentenceStarts[i]
RETURN type(r) AS relation, r.polarity AS polarity,
       collect({article: r.articles[i], sentence: r.sentences[i], start: r.sentenceStarts[i], end: r.sentenceEnds[i],
                date: r.dates[i], attribution: r.attributions[i], hedges: r.hedges[i],
                confidence: r.confidences[i], place: r.places[i]}) AS evidence;
