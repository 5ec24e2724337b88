package io.actorgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.TestGraphs;
import io.actorgraph.model.ActorType;
import io.actorgraph.model.Relation;
import io.actorgraph.store.EmbeddedStore;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code actorgraph stats} and GET /api/stats count what the store holds, checked against counts taken one by one. */
class StoreStatsIT {

    @TempDir
    Path dir;

    @Test
    void anEmptyStoreHoldsNothing() {
        try (EmbeddedStore store = TestGraphs.open(dir.resolve("empty"))) {
            StoreStats stats = StoreStats.read(store);
            assertThat(stats.actorCount()).isZero();
            assertThat(stats.factCount()).isZero();
            assertThat(stats.articles()).isZero();
            assertThat(stats.newestArticle()).isNull();
            assertThat(stats.lastLoad()).isNull();
            // every type and relation is there, with 0
            assertThat(stats.actors()).containsOnlyKeys(java.util.Arrays.stream(ActorType.values()).map(Enum::name).toList());
            assertThat(stats.facts()).hasSize(Relation.values().length);
        }
    }

    @Test
    void countsActorsFactsArticlesAndEventsAsTheGraphHoldsThem() {
        try (EmbeddedStore store = TestGraphs.open(dir.resolve("db"))) {
            TestGraphs.load(store, "harbour-talks.json", "border-report.json");
            StoreStats stats = StoreStats.read(store);

            for (ActorType type : ActorType.values()) {
                assertThat(stats.actors().get(type.name())).as(type.name()).isEqualTo(count(store,
                        "MATCH (a:Actor:" + type.name() + ") RETURN count(a) AS n"));
            }
            assertThat(stats.actorCount()).isEqualTo(count(store, "MATCH (a:Actor) RETURN count(a) AS n")).isPositive();
            for (Relation relation : Relation.values()) {
                StoreStats.FactCount facts = stats.facts().get(relation.name());
                assertThat(facts.asserted()).as(relation.name()).isEqualTo(count(store,
                        "MATCH ()-[r:" + relation.name() + " {polarity: 'asserted'}]->() RETURN count(r) AS n"));
                assertThat(facts.negated()).as(relation.name()).isEqualTo(count(store,
                        "MATCH ()-[r:" + relation.name() + " {polarity: 'negated'}]->() RETURN count(r) AS n"));
            }
            // harbour-talks negates one meeting
            assertThat(stats.facts().get("MET_WITH").negated()).isEqualTo(1);
            assertThat(stats.factCount()).isEqualTo(TestGraphs.counts(store).get("facts"));
            assertThat(stats.articles()).isEqualTo(2);
            assertThat(stats.events()).isEqualTo(count(store, "MATCH (e:Event) RETURN count(e) AS n")).isPositive();
            // border-report (2025-04-02) is newer than harbour-talks (2025-03-14), though loaded second anyway
            assertThat(stats.newestArticle().id()).isEqualTo("border-report");
            assertThat(stats.newestArticle().date()).isEqualTo("2025-04-02");
            assertThat(stats.lastLoad()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z")
                    .isEqualTo(stats.newestArticle().loadedAt());
        }
    }

    private static long count(EmbeddedStore store, String cypher) {
        return ((Number) store.read(cypher, Map.of()).get(0).get("n")).longValue();
    }
}
