package io.actorgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.TestGraphs;
import io.actorgraph.load.StatementLoader;
import io.actorgraph.query.GraphQuestionService;
import io.actorgraph.store.DriverStore;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line against a second Neo4j, a separate instance reached over Bolt with --uri. */
class RemoteStoreIT {

    @TempDir
    static Path dir;

    static Neo4j server;

    @BeforeAll
    static void start() {
        server = Neo4jBuilders.newInProcessBuilder(dir)
                .withDisabledServer()
                .withConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                .withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                .build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void loadAndAskThroughUri() throws Exception {
        String uri = server.boltURI().toString();
        Cli.Run load = Cli.run("load", "--uri", uri, TestGraphs.STATEMENTS.resolve("harbour-talks.json").toString());
        assertThat(load.exit()).as(load.err()).isZero();
        // the environment variable works as well as the option
        Cli.Run ask = Cli.run(Map.of("NEO4J_URI", uri), "ask", "--json", "who signed with Fjordgas");
        assertThat(ask.exit()).as(ask.err()).isZero();
        JsonNode answer = JsonMapper.builder().build().readTree(ask.outLines().get(0));
        assertThat(answer.get("answers")).extracting(a -> a.get("name").asString())
                .containsExactlyInAnyOrder("Wanjiru Kamau", "Kenya");
        // the data is in the server, not in a local folder
        long facts = (Long) server.defaultDatabaseService().executeTransactionally(
                "MATCH ()-[r:SIGNED]->() RETURN count(r) AS n", Map.of(), r -> r.next().get("n"));
        assertThat(facts).isPositive();
    }

    /**
     * neo4j:// is the routing scheme of clusters and Aura: the driver asks the server for its
     * routing table and sends writes to the leader, reads to followers. A single server answers
     * that table with itself, which is enough to show that every command works through it.
     */
    @Test
    void theRoutingSchemeLoadsAndAnswers() throws Exception {
        String uri = server.boltURI().toString().replace("bolt://", "neo4j://");
        Cli.Run load = Cli.run("load", "--uri", uri, TestGraphs.STATEMENTS.resolve("border-report.json").toString());
        assertThat(load.exit()).as(load.err()).isZero();
        Cli.Run ask = Cli.run("ask", "--uri", uri, "--json", "who struck Coast Liberation Front");
        assertThat(ask.exit()).as(ask.err()).isZero();
        assertThat(JsonMapper.builder().build().readTree(ask.outLines().get(0)).get("answers")).isNotEmpty();
    }

    /** Within one process a read follows the writes before it: every session shares the store's bookmarks. */
    @Test
    void aQuestionAfterALoadWaitsForIt() {
        String uri = server.boltURI().toString().replace("bolt://", "neo4j://");
        try (DriverStore store = DriverStore.connect(uri, null, null, null)) {
            assertThat(store.bookmarks()).isEmpty();
            new StatementLoader(store).load(TestGraphs.statements("harbour-talks.json"));
            // the bookmark of the load's commit, which every later session (reads included) hands the server
            assertThat(store.bookmarks()).isNotEmpty();
            assertThat(TestGraphs.names(new GraphQuestionService(store).ask("who signed with Fjordgas")))
                    .containsExactlyInAnyOrder("Wanjiru Kamau", "Kenya");
        }
    }
}
