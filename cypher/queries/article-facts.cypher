// What one article states: every fact it supports, with the sentence, attribution and hedges.
// In Neo4j Browser:  :param article => 'baku-summit'
MATCH (e:Evidence {article: $article})
MATCH (s:Actor {key: e.subject}), (o:Actor {key: e.object})
RETURN e.start AS offset, s.name AS subject, e.relation AS relation, o.name AS object,
       e.polarity AS polarity, e.attribution AS attribution, e.hedges AS hedges, e.date AS date,
       e.sentence AS sentence
ORDER BY offset, relation;
