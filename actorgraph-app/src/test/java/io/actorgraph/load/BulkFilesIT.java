package io.actorgraph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.actorgraph.GraphDump;
import io.actorgraph.TestGraphs;
import io.actorgraph.bench.SyntheticCorpus;
import io.actorgraph.input.TextFiles;
import io.actorgraph.model.Relation;
import io.actorgraph.statement.ArticleMeta;
import io.actorgraph.statement.Evidence;
import io.actorgraph.statement.FactStatement;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.statement.StatementReader;
import io.actorgraph.store.BulkStaging;
import io.actorgraph.store.EmbeddedStore;
import io.actorgraph.store.StoreException;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectWriter;

/**
 * {@code load --bulk}'s way through statement files: a folder of .json and .jsonl files, read
 * twice and line by line, with a sort buffer so small that the facts are sorted in many chunks
 * on disk and merged, gives the graph the transactional loader gives from the same files.
 */
class BulkFilesIT {

    /** A few hundred bytes of facts per chunk: every article's facts spill, most facts recur across chunks. */
    private static final long TINY_CHUNK = 2_048;

    @TempDir
    Path dir;

    /** The hand-written statements as .json files, and a synthetic corpus (facts stated again and again) as .jsonl parts. */
    private Path statementFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("statements"));
        for (String file : List.of("statements/harbour-talks.json", "statements/border-report.json",
                "fixtures/web/zelandia.statements.json", "fixtures/web/baku-summit.statements.json")) {
            Path resources = Path.of(file.startsWith("fixtures/") ? "actorgraph-app/src/test/resources"
                    : "actorgraph-core/src/test/resources");
            Files.copy(resources.resolve(file), folder.resolve(Path.of(file).getFileName()));
        }
        SyntheticCorpus corpus = new SyntheticCorpus(150, 3000, 30, 7);
        ObjectWriter json = StatementReader.mapper().writer();
        for (int part = 0; part < 3; part++) {
            try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("part-" + part + ".jsonl"),
                    StandardCharsets.UTF_8)) {
                for (int i = part * 10; i < part * 10 + 10; i++) {
                    out.write(json.writeValueAsString(corpus.document(i)));
                    out.write('\n');
                }
            }
        }
        return folder;
    }

    /** Distinct article ids in the files. */
    private static int articles(List<Path> files) {
        Set<String> ids = new java.util.HashSet<>();
        for (Path file : files) {
            new StatementReader().stream(file, doc -> ids.add(doc.article().id()));
        }
        return ids.size();
    }

    private static List<Path> files(Path folder) {
        return TextFiles.expand(List.of(folder), Set.of("json", "jsonl"));
    }

    @Test
    void aFolderOfStatementFilesSortedInManyChunksGivesTheGraphOfTheCypherLoader() throws Exception {
        List<Path> files = files(statementFolder());
        assertThat(files).hasSize(7);
        StatementReader reader = new StatementReader();
        List<String> loaded;
        try (EmbeddedStore store = TestGraphs.open(dir.resolve("loaded"))) {
            StatementLoader loader = new StatementLoader(store);
            for (Path file : files) {
                reader.read(file).forEach(loader::load);
            }
            loaded = GraphDump.of(store);
        }
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> problems = new ArrayList<>();
        BulkLoader.Report report = new BulkLoader(new BulkLoader.Options(tmp, TINY_CHUNK))
                .loadFiles(dir.resolve("bulk"), files, reader, problems::add, problems::add);
        assertThat(problems).isEmpty();
        assertThat(report.sortedChunks()).as("the facts were sorted in many chunks").isGreaterThan(10);
        assertThat(report.articles()).isEqualTo(articles(files));
        assertThat(report.evidences()).isGreaterThan(3000);
        try (EmbeddedStore store = TestGraphs.open(dir.resolve("bulk"))) {
            List<String> bulk = GraphDump.of(store);
            assertThat(bulk).containsExactlyElementsOf(loaded);
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("the temporary files are gone").isEmpty();
        }
        assertThat(BulkStaging.folder(dir.resolve("bulk"))).doesNotExist();
    }

    @Test
    void aBrokenLineLeavesItsFileOutNamingTheLineAndTheOthersAreImported() throws Exception {
        Path folder = statementFolder();
        int all = articles(files(folder));
        Path part = folder.resolve("part-1.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(part));
        lines.set(3, lines.get(3).substring(0, 40));
        Files.write(part, lines);
        List<String> problems = new ArrayList<>();
        BulkLoader.Report report = new BulkLoader(new BulkLoader.Options(null, TINY_CHUNK))
                .loadFiles(dir.resolve("bulk"), files(folder), new StatementReader(), problems::add, n -> { });
        assertThat(problems).singleElement().asString().contains(part.toString()).contains("line 4")
                .contains("broken JSON");
        assertThat(report.failedFiles()).isEqualTo(1);
        assertThat(report.articles()).isEqualTo(all - 10);
        try (EmbeddedStore store = TestGraphs.open(dir.resolve("bulk"))) {
            assertThat(store.read("MATCH (a:Article) WHERE a.id STARTS WITH $prefix RETURN count(a) AS n",
                    java.util.Map.of("prefix", "synthetic-1")).get(0).get("n")).isEqualTo(1L); // synthetic-1 is in part-0
        }
    }

    @Test
    void aFailedImportRemovesItsTemporaryFilesAndAKilledOnesAreRemovedByTheNextRun() throws Exception {
        Path folder = statementFolder();
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path db = dir.resolve("graph");
        // an import killed while it sorted: its staging folder names the temporary folder it used under --tmp
        Path staging = BulkStaging.folder(db);
        Path killedTmp = tmp.resolve(staging.getFileName() + "-4242");
        Files.createDirectories(killedTmp);
        Files.writeString(killedTmp.resolve("facts-0.sorted"), "half");
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("lock"), "pid=4242\n");
        Files.writeString(staging.resolve("scratch"), killedTmp.toString());
        // a run that fails half way (an article that cannot be resolved, after others spilled their facts)
        List<StatementDocument> documents = new ArrayList<>();
        for (Path file : files(folder)) {
            documents.addAll(new StatementReader().read(file));
        }
        StatementDocument some = documents.get(5);
        documents.add(20, StatementDocument.of(new ArticleMeta("broken", null, null, null, null), some.extractor(),
                some.actors(), List.of(), List.of(new FactStatement(Relation.MET_WITH, some.actors().get(0).id(),
                        "nobody", null, null, new Evidence("They met.", 0, 9), null, null, null, null, null, null, 0.5))));
        BulkLoader loader = new BulkLoader(new BulkLoader.Options(tmp, TINY_CHUNK));
        List<String> notices = new ArrayList<>();
        assertThatThrownBy(() -> loader.load(dir.resolve("failed"), documents::iterator, notices::add))
                .isInstanceOf(StoreException.class).hasMessageContaining("\"broken\"");
        assertThat(BulkStaging.folder(dir.resolve("failed"))).doesNotExist();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("the failed run's temporary files are gone").containsExactly(killedTmp);
        }
        List<Path> files = files(folder);
        BulkLoader.Report report = loader.loadFiles(db, files, new StatementReader(), notices::add, notices::add);
        assertThat(notices).singleElement().asString().contains("removed " + staging);
        assertThat(killedTmp).doesNotExist();
        assertThat(report.sortedChunks()).isGreaterThan(10);
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
        assertThat(staging).doesNotExist();
    }
}
