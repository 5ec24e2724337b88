// What the articles explicitly deny ("did not attend the meeting"): negated facts, which the
// question service never gives as answers, with the sentence that negates them.
// In Neo4j Browser: run as is.
MATCH (s:Actor)-[r]->(o:Actor)
WHERE r.polarity = 'negated'
UNWIND range(0, size(r.articles) - 1) AS i
RETURN s.name AS subject, type(r) AS relation, o.name AS object, r.articles[i] AS article, r.sentences[i] AS sentence
ORDER BY article, subject
LIMIT 200;
