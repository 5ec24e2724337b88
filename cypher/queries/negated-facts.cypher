// What the articles explicitly deny ("did not attend the meeting"): negated facts, which the
// question service never gives as answers, with the sentence that negates them.
// In Neo4j Browser: run as is.
MATCH (s:Actor)-[r]->(o:Actor)
WHERE r.polarity = 'negated'
MATCH (e:Evidence {fact: r.key})
RETURN s.name AS subject, type(r) AS relation, o.name AS object, e.article AS article, e.sentence AS sentence
ORDER BY article, subject
LIMIT 200;
