// Everything known about one actor: every fact it takes part in, either direction, asserted
// and negated (marked), with the other actor and the evidence.
// In Neo4j Browser:  :param actor => 'state:ken'
MATCH (x:Actor {key: $actor})-[r]-(y:Actor)
WHERE r.key IS NOT NULL AND r.articles IS NOT NULL
RETURN type(r) AS relation, startNode(r) = x AS outgoing, r.polarity AS polarity, r.key AS key,
       r.title AS title, r.ended AS ended, r.firstDate AS firstDate, r.lastDate AS lastDate,
       r.cameo AS cameo, r.plover AS plover, r.confidence AS confidence,
       y.key AS otherKey, y.name AS otherName, y.type AS otherType,
       [i IN range(0, size(r.articles) - 1) |
         {article: r.articles[i], sentence: r.sentences[i], start: r.sentenceStarts[i], end: r.sentenceEnds[i],
          date: r.dates[i], attribution: r.attributions[i], hedges: r.hedges[i],
          confidence: r.confidences[i], place: r.places[i]}] AS evidence
ORDER BY relation, firstDate, otherName;
