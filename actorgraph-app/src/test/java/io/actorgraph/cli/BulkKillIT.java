package io.actorgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.TestGraphs;
import io.actorgraph.bench.SyntheticCorpus;
import io.actorgraph.statement.StatementReader;
import io.actorgraph.store.BulkStaging;
import io.actorgraph.store.EmbeddedStore;
import io.actorgraph.store.StoreFiles;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectWriter;

/**
 * A real {@code load --bulk} (the launcher, its own process) killed with SIGKILL while Neo4j's
 * importer writes: the folder must hold no store or a complete one, never half of one, and
 * running the same command again must build the store.
 */
class BulkKillIT {

    /** Articles of the benchmark's corpus: big enough for the importer to write for a while. */
    private static final SyntheticCorpus CORPUS = new SyntheticCorpus(15_000, 120_000, 120, 11);
    /** The bulk path's own heap settings are for millions of facts; this corpus needs far less. */
    private static final Map<String, String> ENV = Map.of("ACTORGRAPH_JAVA_OPTS", "-Xmx1500m -XX:+UseParallelGC");

    @TempDir
    Path dir;

    @Test
    void aBulkLoadKilledWhileTheImporterWritesLeavesNoHalfStoreAndRunsAgain() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        ObjectWriter json = StatementReader.mapper().writer();
        try (BufferedWriter out = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
            for (int i = 0; i < CORPUS.articles(); i++) {
                out.write(json.writeValueAsString(CORPUS.document(i)));
                out.write('\n');
            }
        }
        Path db = dir.resolve("stores/graph");
        Process run = Cli.start(ENV, dir.resolve("killed.out"), dir.resolve("killed.err"),
                "load", "--bulk", "--db", db.toString(), corpus.toString());
        boolean killedWhileWriting = false;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (run.isAlive() && System.nanoTime() < deadline) {
            if (importerIsWriting(dir.resolve("stores"))) {
                run.destroyForcibly(); // SIGKILL: no shutdown hook, no clean-up
                killedWhileWriting = true;
                break;
            }
            Thread.sleep(10);
        }
        assertThat(run.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(killedWhileWriting).as("the import ended before it could be killed: "
                + Files.readString(dir.resolve("killed.err"))).isTrue();

        // no store, or a complete one: never store files without their transaction logs
        assertThat(StoreFiles.state(db)).isNotEqualTo(StoreFiles.State.INCOMPLETE);
        assertThat(StoreFiles.state(db)).as("the importer was still writing: the store must not be there yet")
                .isEqualTo(StoreFiles.State.NONE);

        Cli.Run again = Cli.run(ENV, "load", "--bulk", "--db", db.toString(), corpus.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.errLines()).singleElement().asString()
                .contains("removed " + BulkStaging.folder(db)).contains("stopped part way");
        assertThat(again.outLines()).anyMatch(l -> l.startsWith("imported " + CORPUS.articles() + " articles"));
        assertThat(BulkStaging.folder(db)).doesNotExist();
        try (EmbeddedStore store = TestGraphs.open(db)) {
            Map<String, Object> counts = TestGraphs.counts(store);
            assertThat((Long) counts.get("evidence")).isEqualTo(120_000L);
            assertThat(store.read("MATCH (a:Article) RETURN count(a) AS n", Map.of()).get(0).get("n"))
                    .isEqualTo((long) CORPUS.articles());
        }
    }

    /** Whether Neo4j's importer has begun writing store files anywhere under the folder. */
    private static boolean importerIsWriting(Path folder) {
        if (!Files.exists(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().equals("neostore.nodestore.db"));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false; // files come and go while we look
        }
    }
}
