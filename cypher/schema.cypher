// actorgraph schema: applied by the application every time it opens a store (each statement
// is idempotent). Run it by hand in Neo4j Browser or cypher-shell for a store you fill yourself.

// One node per real actor, found by its key ("state:ken", "person:wanjiru kamau").
CREATE CONSTRAINT actor_key IF NOT EXISTS FOR (a:Actor) REQUIRE a.key IS UNIQUE;
// Every normalised name or alias an article used for an actor; prefix search uses this index.
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:Name) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (e:Event) REQUIRE e.key IS UNIQUE;
CREATE INDEX event_article IF NOT EXISTS FOR (e:Event) ON (e.article);
CREATE INDEX actor_type IF NOT EXISTS FOR (a:Actor) ON (a.type);

// One fact per (relation, subject, object, polarity[, office title]), whatever the number of
// articles stating it: its key (a hash of that identity) is unique per relationship type.
CREATE CONSTRAINT met_with_key IF NOT EXISTS FOR ()-[r:MET_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT signed_key IF NOT EXISTS FOR ()-[r:SIGNED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT struck_key IF NOT EXISTS FOR ()-[r:STRUCK]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT visited_key IF NOT EXISTS FOR ()-[r:VISITED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT holds_office_key IF NOT EXISTS FOR ()-[r:HOLDS_OFFICE]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT denounced_key IF NOT EXISTS FOR ()-[r:DENOUNCED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT called_for_key IF NOT EXISTS FOR ()-[r:CALLED_FOR]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT agreed_with_key IF NOT EXISTS FOR ()-[r:AGREED_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT in_contact_with_key IF NOT EXISTS FOR ()-[r:IN_CONTACT_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT supported_key IF NOT EXISTS FOR ()-[r:SUPPORTED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT located_in_key IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.key IS UNIQUE;
