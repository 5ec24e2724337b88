package io.actorgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.TestGraphs;
import io.actorgraph.store.EmbeddedStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** End to end through the real command line: the launcher, its exit codes, stdout and stderr. */
class CliIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;

    static Path db;
    static Path broken;
    static Path empty;
    static Cli.Run load;

    @BeforeAll
    static void loadGoodAndBrokenFiles() throws Exception {
        db = dir.resolve("db");
        broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"actorgraph-statements\", \"version\": 1, \"article\": {\"id\": \"x\"},");
        empty = dir.resolve("empty.json");
        Files.writeString(empty, "");
        load = Cli.run("load", "--db", db.toString(), TestGraphs.STATEMENTS.resolve("harbour-talks.json").toString(),
                broken.toString(), empty.toString(), TestGraphs.STATEMENTS.resolve("border-report.json").toString());
    }

    @Test
    void aBrokenFileAmongGoodOnesIsNamedAndTheGoodOnesLoad() {
        assertThat(load.exit()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(load.outLines()).anyMatch(l -> l.startsWith("loaded harbour-talks"))
                .anyMatch(l -> l.startsWith("loaded border-report"));
        assertThat(load.errLines()).anyMatch(l -> l.contains(broken.toString()) && l.contains("broken JSON"))
                .anyMatch(l -> l.contains(empty.toString()) && l.contains("empty"))
                .noneMatch(l -> l.contains("Exception") || l.startsWith("\tat "));
    }

    @Test
    void bulkLoadBuildsANewStoreOnceAndThenRefusesIt() throws Exception {
        Path bulk = dir.resolve("bulk");
        Cli.Run imported = Cli.run("load", "--bulk", "--db", bulk.toString(),
                TestGraphs.STATEMENTS.resolve("harbour-talks.json").toString(), broken.toString(),
                TestGraphs.STATEMENTS.resolve("border-report.json").toString());
        assertThat(imported.exit()).as(imported.err()).isEqualTo(ExitCodes.SOME_FAILED);
        assertThat(imported.outLines()).anyMatch(l -> l.startsWith("imported 2 articles into a new store"));
        assertThat(imported.errLines()).anyMatch(l -> l.contains(broken.toString()) && l.contains("broken JSON"));

        Cli.Run ask = Cli.run("ask", "--db", bulk.toString(), "--json", "who signed with Fjordgas");
        assertThat(ask.exit()).as(ask.err()).isZero();
        assertThat(ask.out()).contains("Wanjiru Kamau").contains("\"relation\":\"SIGNED\"");

        Cli.Run again = Cli.run("load", "--bulk", "--db", bulk.toString(),
                TestGraphs.STATEMENTS.resolve("harbour-talks-corrected.json").toString());
        assertThat(again.exit()).isEqualTo(ExitCodes.STORE);
        assertThat(again.errLines()).hasSize(1).allMatch(l -> l.contains(bulk.toString())
                && l.contains("already holds a store") && l.contains("`load`"));

        Cli.Run remote = Cli.run("load", "--bulk", "--uri", "bolt://127.0.0.1:1",
                TestGraphs.STATEMENTS.resolve("harbour-talks.json").toString());
        assertThat(remote.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(remote.errLines()).hasSize(1).allMatch(l -> l.contains("--bulk"));
    }

    @Test
    void askJsonPrintsOneObjectPerQuestionInOrderAndNothingElse() throws Exception {
        Cli.Run ask = Cli.run("ask", "--db", db.toString(), "--json", "who signed with Fjordgas",
                "who met with Ruritania", "what is going on", "who holds office in Türkiye");
        assertThat(ask.exit()).as(ask.err()).isEqualTo(ExitCodes.USAGE);
        List<String> lines = ask.outLines();
        assertThat(lines).hasSize(4);
        JsonNode signed = JSON.readTree(lines.get(0));
        assertThat(signed.get("question").asString()).isEqualTo("who signed with Fjordgas");
        assertThat(signed.get("relation").asString()).isEqualTo("SIGNED");
        assertThat(signed.get("actor").get("name").asString()).isEqualTo("Fjordgas");
        assertThat(signed.get("actor").get("type").asString()).isEqualTo("Firm");
        assertThat(signed.get("answers")).extracting(a -> a.get("name").asString())
                .containsExactlyInAnyOrder("Wanjiru Kamau", "Kenya");
        assertThat(signed.get("answers")).allSatisfy(a -> {
            assertThat(a.get("evidence").size()).isPositive();
            assertThat(a.get("evidence").get(0).get("article").asString()).isEqualTo("harbour-talks");
            assertThat(a.get("evidence").get(0).get("sentence").asString()).contains("signed the harbour agreement");
        });
        JsonNode unknown = JSON.readTree(lines.get(1));
        assertThat(unknown.get("actor").isNull()).isTrue();
        assertThat(unknown.get("answers").size()).isZero();
        JsonNode error = JSON.readTree(lines.get(2));
        assertThat(error.get("error").asString()).contains("who met with X");
        JsonNode office = JSON.readTree(lines.get(3));
        assertThat(office.get("answers").get(0).get("name").asString()).isEqualTo("Mehmet Aydın");
    }

    @Test
    void statsShowWhatTheStoreHolds() throws Exception {
        Cli.Run json = Cli.run("stats", "--db", db.toString(), "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.outLines()).hasSize(1);
        JsonNode stats = JSON.readTree(json.out());
        assertThat(stats.get("articles").asLong()).isEqualTo(2);
        assertThat(stats.get("facts").get("MET_WITH").get("negated").asLong()).isEqualTo(1);
        assertThat(stats.get("facts").get("SIGNED").get("asserted").asLong()).isPositive();
        assertThat(stats.get("actors").get("Person").asLong()).isPositive();
        assertThat(stats.get("newestArticle").get("id").asString()).isEqualTo("border-report");

        Cli.Run table = Cli.run("stats", "--db", db.toString());
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.outLines()).anyMatch(l -> l.matches("articles\\s+2"))
                .anyMatch(l -> l.matches("\\s+MET_WITH\\s+\\d+\\s+\\d+\\s+1"))
                .anyMatch(l -> l.startsWith("newest article") && l.contains("border-report (2025-04-02)"));
    }

    @Test
    void askWithoutJsonIsReadable() throws Exception {
        Cli.Run ask = Cli.run("ask", "--db", db.toString(), "who", "holds", "office", "in", "kenya");
        assertThat(ask.exit()).as(ask.err()).isZero();
        assertThat(ask.out()).contains("Wanjiru Kamau (Person)").contains("Kenyan President Wanjiru Kamau met");
    }

    @Test
    void aStoreInUseGetsAOneLineMessageThatNamesTheHolder() throws Exception {
        Path locked = dir.resolve("locked");
        try (EmbeddedStore store = TestGraphs.open(locked)) {
            Cli.Run ask = Cli.run("ask", "--db", locked.toString(), "who met with Kenya");
            assertThat(ask.exit()).isEqualTo(ExitCodes.STORE);
            // a holder without Bolt (an ingest, a load, this test) cannot be used through --uri: wait for it
            assertThat(ask.errLines()).singleElement().asString().contains("in use")
                    .contains("process " + ProcessHandle.current().pid()).contains("wait for it").doesNotContain("--uri");
            assertThat(ask.out()).isEmpty();
        }
    }

    @Test
    void aStoreServedOverBoltIsNamedWithItsAddress() throws Exception {
        Path served = dir.resolve("served");
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (EmbeddedStore store = EmbeddedStore.open(EmbeddedStore.Options.of(served).withPageCache("64m")
                .withBolt(new java.net.InetSocketAddress("127.0.0.1", port)))) {
            Cli.Run ask = Cli.run("ask", "--db", served.toString(), "who met with Kenya");
            assertThat(ask.exit()).isEqualTo(ExitCodes.STORE);
            assertThat(ask.errLines()).singleElement().asString().contains("in use")
                    .contains("pass --uri bolt://127.0.0.1:" + port + " to use it");
        }
    }

    @Test
    void badArgumentsAreUsageErrors() throws Exception {
        Cli.Run noFile = Cli.run("load", "--db", db.toString());
        assertThat(noFile.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(noFile.errLines()).singleElement().asString().contains("FILE");
        Cli.Run both = Cli.run("ask", "--db", db.toString(), "--uri", "bolt://127.0.0.1:1", "who met with Kenya");
        assertThat(both.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("--db=DIR, --uri=URI are mutually exclusive");
    }

    @Test
    void anUnreachableServerIsToldInOneLine() throws Exception {
        Cli.Run ask = Cli.run("ask", "--uri", "bolt://127.0.0.1:1", "who met with Kenya");
        assertThat(ask.exit()).isEqualTo(ExitCodes.STORE);
        assertThat(ask.errLines()).singleElement().asString().contains("bolt://127.0.0.1:1").contains("no Neo4j server");
    }
}
