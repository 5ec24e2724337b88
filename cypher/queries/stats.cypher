// What the store holds: actors per type, facts per relation and polarity, articles, events, the
// newest article (by its date; undated ones only when none is dated) and when an article was last
// loaded. Takes no parameters; `actorgraph stats` and GET /api/stats run it.
CALL () {
  MATCH (a:Actor)
  WITH a.type AS type, count(*) AS n
  RETURN collect({type: type, count: n}) AS actors
}
CALL () {
  MATCH ()-[r]->()
  WHERE r.polarity IS NOT NULL
  WITH type(r) AS relation, r.polarity AS polarity, count(*) AS n
  RETURN collect({relation: relation, polarity: polarity, count: n}) AS facts
}
CALL () {
  MATCH (art:Article)
  RETURN count(art) AS articles, max(art.loadedAt) AS lastLoad
}
CALL () {
  MATCH (e:Event)
  RETURN count(e) AS events
}
CALL () {
  OPTIONAL MATCH (art:Article)
  WITH art ORDER BY art.date IS NULL, art.date DESC, art.loadedAt DESC LIMIT 1
  RETURN art {.id, .title, .date, .loadedAt} AS newest
}
RETURN actors, facts, articles, events, newest, lastLoad;
