// Every evidence sentence of one fact between two actors (edges of the graph view carry the
// fact's key and its two actors).
// In Neo4j Browser:  :param from => 'org:socar'  :param to => 'state:syr'  :param key => '3f2a9c0b1d2e4f5a'
MATCH (:Actor {key: $from})-[r]-(:Actor {key: $to})
WHERE r.key = $key AND r.articles IS NOT NULL
UNWIND range(0, size(r.articles) - 1) AS i
WITH r, i ORDER BY r.dates[i], r.articles[i], r.sentenceStarts[i]
RETURN type(r) AS relation, r.polarity AS polarity,
       collect({article: r.articles[i], sentence: r.sentences[i], start: r.sentenceStarts[i], end: r.sentenceEnds[i],
                date: r.dates[i], attribution: r.attributions[i], hedges: r.hedges[i],
                confidence: r.confidences[i], place: r.places[i]}) AS evidence;
