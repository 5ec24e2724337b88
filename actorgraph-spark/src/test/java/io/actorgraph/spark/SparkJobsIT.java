package io.actorgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.actorgraph.GraphDump;
import io.actorgraph.TestGraphs;
import io.actorgraph.extract.Article;
import io.actorgraph.extract.ArticleReader;
import io.actorgraph.extract.Extractor;
import io.actorgraph.extract.Extractors;
import io.actorgraph.extract.RulesExtractor;
import io.actorgraph.ingest.IngestResult;
import io.actorgraph.ingest.Ingestor;
import io.actorgraph.input.InputProblem;
import io.actorgraph.input.TextFiles;
import io.actorgraph.load.StatementLoader;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.statement.StatementReader;
import io.actorgraph.store.EmbeddedStore;
import io.actorgraph.store.StoreException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Both jobs on a local[2] session against what the command line does with the same articles:
 * the fixture articles (as .json files, one as a JSON line, one as plain text) and two broken
 * lines. One session, one extraction run and one set of models per JVM serve every test.
 */
class SparkJobsIT {

    private static final Path FIXTURES = Path.of("actorgraph-core/src/test/resources/fixtures");

    @TempDir
    static Path work;

    static SparkSession spark;
    static Path input;
    static Path out;
    static ExtractJob.Summary summary;
    /** What `actorgraph extract` gives for each good article of the input, by article id. */
    static Map<String, JsonNode> expected;
    /** The same, as the extractor returned them. */
    static Map<String, StatementDocument> documents;
    static List<Article> articles;

    @BeforeAll
    static void extractOnce() throws Exception {
        spark = SparkSession.builder().master("local[2]").appName("SparkJobsIT")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        input = Files.createDirectories(work.resolve("articles"));
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(FIXTURES)) {
            fixtures = files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".questions.json"))
                    .sorted().toList();
        }
        for (Path fixture : fixtures) {
            Files.copy(fixture, input.resolve(fixture.getFileName()));
        }
        ArticleReader reader = new ArticleReader();
        Article first = reader.read(fixtures.get(0)).articles().get(0);
        // the same article twice more, under other ids: as a JSON line and as plain text (id = file name)
        String line = StatementReader.mapper().createObjectNode().put("id", "as-a-json-line").put("title", first.title())
                .put("date", first.date()).put("text", first.text()).toString();
        Files.writeString(input.resolve("more.jsonl"), String.join("\n", line, "{\"id\": \"broken\", \"text\": \"unclosed",
                "", "{\"id\": \"no-text\", \"title\": \"a title only\"}") + "\n", StandardCharsets.UTF_8);
        Files.writeString(input.resolve("as-plain-text.txt"), first.text(), StandardCharsets.UTF_8);

        // what `actorgraph extract` does with the folder (ExtractCommand): read every file, extract each article
        articles = new ArrayList<>();
        for (Path file : TextFiles.expand(List.of(input), ArticleReader.ENDINGS)) {
            articles.addAll(reader.read(file).articles());
        }
        Extractor extractor = Extractors.create();
        expected = new TreeMap<>();
        documents = new TreeMap<>();
        for (Article article : articles) {
            StatementDocument document = extractor.extract(article);
            documents.put(article.id(), document);
            expected.put(article.id(), StatementReader.mapper().valueToTree(document));
        }

        out = work.resolve("out");
        summary = ExtractJob.run(spark, List.of(input.toString()), null, out.toString(), 0,
                ExtractorPool.Mode.PER_TASK, false);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void statementsAreWhatActorgraphExtractGives() throws IOException {
        Map<String, JsonNode> actual = new TreeMap<>();
        for (String line : lines(out.resolve("statements"))) {
            JsonNode document = StatementReader.mapper().readTree(line);
            assertThat(actual.put(document.path("article").path("id").asString(), document)).isNull();
        }
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(actual.keySet()).contains("as-a-json-line", "as-plain-text");
        assertThat(actual).isEqualTo(expected);
        // every line is a document `actorgraph load` accepts
        new StatementReader().parse("statements", String.join("\n", lines(out.resolve("statements"))), true);
        assertThat(summary.articles()).isEqualTo(expected.size() + 2);
        assertThat(summary.facts()).isEqualTo(expected.values().stream().mapToLong(d -> d.path("facts").size()).sum());
        assertThat(summary.sentences()).isPositive();
    }

    @Test
    void brokenArticlesLandInTheErrorOutputWithTheirProblem() throws IOException {
        List<String> errors = lines(out.resolve("errors"));
        assertThat(errors).hasSize(2);
        assertThat(summary.failed()).isEqualTo(2);
        List<JsonNode> nodes = errors.stream().map(l -> StatementReader.mapper().readTree(l)).toList();
        assertThat(nodes).allSatisfy(n -> assertThat(n.path("from").asString()).contains("more.jsonl@"));
        assertThat(nodes).anySatisfy(n -> {
            assertThat(n.path("problem").asString()).contains("broken JSON");
            assertThat(n.path("raw").asString()).startsWith("{\"id\": \"broken\"");
        });
        assertThat(nodes).anySatisfy(n -> assertThat(n.path("problem").asString()).contains("has no \"text\" field"));
    }

    @Test
    void parquetRowsGiveTheSameStatements() throws IOException {
        Article article = articles.stream().filter(a -> a.id().equals("as-a-json-line")).findFirst().orElseThrow();
        MessageType schema = MessageTypeParser.parseMessageType("""
                message article { required binary id (UTF8); optional binary title (UTF8); optional int32 date (DATE);
                  optional binary text (UTF8); }""");
        Path parquet = work.resolve("parquet/articles.parquet");
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new org.apache.hadoop.fs.Path(parquet.toUri()))
                .withType(schema).build()) {
            Group row = new SimpleGroupFactory(schema).newGroup().append("id", article.id())
                    .append("title", article.title()).append("text", article.text());
            row.add("date", (int) java.time.LocalDate.parse(article.date()).toEpochDay());
            writer.write(row);
            writer.write(new SimpleGroupFactory(schema).newGroup().append("id", "no-text-row"));
        }
        Path parquetOut = work.resolve("parquet-out");
        ExtractJob.Summary run = ExtractJob.run(spark, List.of(parquet.getParent().toString()), null,
                parquetOut.toString(), 0, ExtractorPool.Mode.SHARED, false);
        assertThat(run.failed()).isOne();
        List<String> statements = lines(parquetOut.resolve("statements"));
        assertThat(statements).hasSize(1);
        assertThat(StatementReader.mapper().readTree(statements.get(0))).isEqualTo(expected.get(article.id()));
        assertThat(lines(parquetOut.resolve("errors")).get(0)).contains("(id no-text-row)", "has no \\\"text\\\" value");
    }

    @Test
    void aMissingInputOrAnOutputThereAlreadyIsOneLine() {
        assertThatThrownBy(() -> ExtractJob.run(spark, List.of(work.resolve("nowhere").toString()), null,
                work.resolve("o1").toString(), 0, ExtractorPool.Mode.SHARED, false))
                .isInstanceOf(InputProblem.class).hasMessageEndingWith("nowhere: no such file or folder; check the path");
        assertThatThrownBy(() -> ExtractJob.run(spark, List.of(input.toString()), null, out.toString(), 0,
                ExtractorPool.Mode.SHARED, false))
                .isInstanceOf(JobSupport.OutputExists.class).hasMessageContaining("--overwrite");
        assertThatThrownBy(() -> LoadJob.run(spark, List.of(out.resolve("statements").toString()),
                new BoltStores.Target("bolt://127.0.0.1:" + freePort(), null, null, null), 2, null))
                .isInstanceOf(StoreException.class).hasMessageContaining("no Neo4j server answers there");
    }

    @Test
    void loadingTheOutputOverBoltGivesTheGraphOfIngest() throws Exception {
        int port = freePort();
        try (EmbeddedStore served = EmbeddedStore.open(EmbeddedStore.Options.of(work.resolve("served"))
                .withPageCache("64m").withBolt(new InetSocketAddress("127.0.0.1", port)));
                EmbeddedStore ingested = TestGraphs.open(work.resolve("ingested"))) {
            BoltStores.Target target = new BoltStores.Target("bolt://127.0.0.1:" + port, null, null, null);
            LoadJob.Summary loaded = LoadJob.run(spark, List.of(out.resolve("statements").toString()), target, 2, null);
            assertThat(loaded.refused()).isZero();
            assertThat(loaded.documents()).isEqualTo(expected.size());

            // `actorgraph ingest` of the same folder (IngestCommand): every article read, extracted and loaded in
            // turn by the Ingestor; its extractor hands back what the same extractor gave above (it is
            // deterministic), so that the models do not run a third time
            Extractor again = new Extractor() {
                @Override
                public StatementDocument extract(Article article) {
                    return documents.get(article.id());
                }

                @Override
                public String name() {
                    return RulesExtractor.NAME;
                }

                @Override
                public String version() {
                    return RulesExtractor.VERSION;
                }
            };
            List<Ingestor.Source> sources = articles.stream().map(a -> new Ingestor.Source(a, "test")).toList();
            List<IngestResult> results = new Ingestor(again, new StatementLoader(ingested), 2).ingest(sources, r -> { });
            assertThat(results).allSatisfy(r -> assertThat(r.problem()).isNull());

            List<String> graph = GraphDump.of(served);
            assertThat(graph).isEqualTo(GraphDump.of(ingested));
            assertThat(TestGraphs.counts(served)).isEqualTo(TestGraphs.counts(ingested));

            // loading again replaces every article with itself: nothing doubles
            LoadJob.run(spark, List.of(out.resolve("statements").toString()), target, 2, null);
            assertThat(GraphDump.of(served)).isEqualTo(graph);
        }
    }

    private static List<String> lines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(lines::add);
            }
        }
        return lines;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
