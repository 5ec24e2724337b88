// What one article states: every fact it supports, with the sentence, attribution and hedges.
// In Neo4j Browser:  :param article => 'harbour-talks'
MATCH (art:Article {id: $article})-[:MENTIONS]->(s:Actor)-[r]->(o:Actor)
WHERE r.key IS NOT NULL AND $article IN r.articles
UNWIND [i IN range(0, size(r.articles) - 1) WHERE r.articles[i] = $article] AS i
RETURN r.sentenceStarts[i] AS offset, s.name AS subject, type(r) AS relation, o.name AS object,
       r.polarity AS polarity, r.attributions[i] AS attribution, r.hedges[i] AS hedges, r.dates[i] AS date,
       r.sentences[i] AS sentence
ORDER BY offset, relation;
