package io.actorgraph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import io.actorgraph.TestGraphs;
import io.actorgraph.bench.SyntheticCorpus;
import io.actorgraph.model.Relation;
import io.actorgraph.query.GraphQuestionService;
import io.actorgraph.statement.ArticleMeta;
import io.actorgraph.statement.Evidence;
import io.actorgraph.statement.FactStatement;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.statement.StatementReader;
import io.actorgraph.store.BulkStaging;
import io.actorgraph.store.EmbeddedStore;
import io.actorgraph.store.GraphStore;
import io.actorgraph.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk importer builds the very graph the transactional loader builds from the same articles. */
class BulkLoaderIT {

    @TempDir
    Path dir;

    /** Our hand-written statements, in load order: the corrected harbour article replaces the first version. */
    private static List<StatementDocument> handWritten() {
        StatementReader reader = new StatementReader();
        List<StatementDocument> documents = new ArrayList<>();
        for (String file : List.of("statements/harbour-talks.json", "statements/border-report.json",
                "fixtures/web/zelandia.statements.json", "fixtures/web/baku-summit.statements.json",
                "statements/harbour-talks-corrected.json")) {
            // the statements are core's test resources, the web fixtures the app's own (since the module split)
            Path resources = Path.of(file.startsWith("fixtures/web/") ? "actorgraph-app" : "actorgraph-core", "src/test/resources");
            documents.addAll(reader.read(resources.resolve(file)));
        }
        return documents;
    }

    /** Many articles over few actors: most facts are stated again and again, so evidence is appended. */
    private static List<StatementDocument> synthetic() {
        SyntheticCorpus corpus = new SyntheticCorpus(150, 3000, 30, 7);
        return IntStream.range(0, corpus.articles()).mapToObj(corpus::document).toList();
    }

    @Test
    void handWrittenArticlesGiveTheSameGraphEitherWay() {
        List<StatementDocument> documents = handWritten();
        assertSameGraph(documents.subList(0, documents.size() - 1));
    }

    @Test
    void aRepeatedArticleIsImportedInItsLastVersionOnly() {
        List<StatementDocument> documents = handWritten();
        new BulkLoader().load(dir.resolve("db"), documents);
        try (EmbeddedStore store = TestGraphs.open(dir.resolve("db"))) {
            assertThat(store.read("MATCH (a:Article {id: 'harbour-talks'}) RETURN a.title AS title", Map.of()))
                    .extracting(row -> row.get("title")).containsExactly(documents.get(documents.size() - 1).article().title());
        }
        // the same graph as loading that version alone, where the first one stood
        List<StatementDocument> lastVersions = new ArrayList<>(documents.subList(1, documents.size()));
        assertSameGraph(lastVersions, dir.resolve("again"));
    }

    @Test
    void repeatedFactsGiveTheSameEvidenceListsEitherWay() {
        assertSameGraph(synthetic());
    }

    /** One office told three times: taken up, held (undated), then left; with hedges, a place and a negation. */
    @Test
    void anOfficeStatedAgainAndEndedGetsTheSameDatesEitherWay() throws Exception {
        List<StatementDocument> documents = new ArrayList<>();
        String[][] articles = {
            {"office-1", "2024-05-02", "{\"title\": \"Energy Minister\", \"since\": \"2024-05-01\"}", "\"hedges\": [\"reportedly\"],"},
            {"office-2", "2023-01-10", "{\"title\": \"Energy Minister\"}", "\"polarity\": \"negated\","},
            {"office-3", "2025-02-20", "{\"title\": \"Energy Minister\", \"until\": \"2025-02-19\", \"ended\": true}", ""}};
        for (String[] a : articles) {
            Path file = dir.resolve(a[0] + ".json");
            Files.writeString(file, """
                    {"format": "actorgraph-statements", "version": 1,
                     "article": {"id": "%s", "title": "Cabinet news", "date": "%s", "source": "actorgraph test"},
                     "extractor": {"name": "hand-written", "version": "1"},
                     "actors": [{"id": "p", "type": "Person", "name": "Halvard Brekke", "aliases": ["Brekke"]},
                                {"id": "s", "type": "State", "name": "Norway", "aliases": []},
                                {"id": "c", "type": "Place", "name": "Bergen", "aliases": []}],
                     "facts": [{"relation": "HOLDS_OFFICE", "subject": "p", "object": "s", "office": %s,
                                "evidence": {"sentence": "Energy Minister Halvard Brekke spoke.", "start": 0, "end": 37},
                                %s "place": "c", "confidence": 0.8},
                               {"relation": "VISITED", "subject": "p", "object": "c",
                                "evidence": {"sentence": "Brekke visited Bergen.", "start": 38, "end": 60}, "confidence": 0.7}]}
                    """.formatted(a[0], a[1], a[2], a[3]));
            documents.addAll(new StatementReader().read(file));
        }
        assertSameGraph(documents, dir.resolve("offices"));
        try (EmbeddedStore store = TestGraphs.open(dir.resolve("offices/bulk"))) {
            Map<String, Object> office = store.read("""
                    MATCH (:Person)-[r:HOLDS_OFFICE {polarity: 'asserted'}]->(:State)
                    RETURN r.since AS since, r.until AS until, r.ended AS ended, r.firstDate AS first,
                           r.lastDate AS last, size(r.articles) AS evidence
                    """, Map.of()).get(0);
            assertThat(office).containsEntry("since", "2024-05-01").containsEntry("until", "2025-02-19")
                    .containsEntry("ended", true).containsEntry("evidence", 2L);
        }
    }

    private void assertSameGraph(List<StatementDocument> documents) {
        assertSameGraph(documents, dir);
    }

    private static void assertSameGraph(List<StatementDocument> documents, Path dir) {
        Map<String, List<String>> loaded;
        try (EmbeddedStore store = TestGraphs.open(dir.resolve("loaded"))) {
            StatementLoader loader = new StatementLoader(store);
            documents.forEach(loader::load);
            loaded = dump(store);
        }
        BulkLoader.Report report = new BulkLoader().load(dir.resolve("bulk"), documents);
        try (EmbeddedStore store = TestGraphs.open(dir.resolve("bulk"))) {
            Map<String, List<String>> bulk = dump(store);
            assertThat(bulk.get("nodes")).containsExactlyElementsOf(loaded.get("nodes"));
            assertThat(bulk.get("relationships")).containsExactlyElementsOf(loaded.get("relationships"));
            assertThat(bulk.get("indexes")).containsExactlyElementsOf(loaded.get("indexes"))
                    .anyMatch(index -> index.contains("type=LOOKUP"));
            assertThat(report.nodes()).isEqualTo(bulk.get("nodes").size());
            assertThat(report.relationships()).isEqualTo(bulk.get("relationships").size());
        }
    }

    @Test
    void anImportedStoreAnswersQuestionsAndTakesLaterLoads() {
        List<StatementDocument> documents = handWritten();
        new BulkLoader().load(dir.resolve("db"), documents.subList(0, 2));
        try (EmbeddedStore store = TestGraphs.open(dir.resolve("db"))) {
            GraphQuestionService service = new GraphQuestionService(store);
            assertThat(TestGraphs.names(service.ask("who signed with Fjordgas")))
                    .containsExactlyInAnyOrder("Wanjiru Kamau", "Kenya");
            // the indexes the loader relies on were built on opening
            assertThat(store.schemaNames()).contains("actor_key", "signed_key", "name_key");
            new StatementLoader(store).load(documents.get(documents.size() - 1));
            assertThat(TestGraphs.names(service.ask("who met with Lars Eriksen"))).isNotEmpty();
        }
    }

    @Test
    void refusesAFolderThatHoldsAStoreAndLeavesItAlone() {
        Path folder = dir.resolve("existing");
        Map<String, Object> before;
        try (EmbeddedStore store = TestGraphs.open(folder)) {
            TestGraphs.load(store, "border-report.json");
            before = TestGraphs.counts(store);
        }
        assertThatThrownBy(() -> new BulkLoader().load(folder, handWritten()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("already holds a store");
        try (EmbeddedStore store = TestGraphs.open(folder)) {
            assertThat(TestGraphs.counts(store)).isEqualTo(before);
        }
    }

    @Test
    void aFailedImportLeavesNoStoreBehind() {
        Path folder = dir.resolve("failed");
        List<StatementDocument> documents = new ArrayList<>(handWritten());
        // an article whose fact names an actor it does not list: it cannot be resolved, half way through
        StatementDocument broken = documents.get(1);
        documents.add(2, StatementDocument.of(new ArticleMeta("broken", null, null, null, null), broken.extractor(),
                broken.actors(), List.of(), List.of(new FactStatement(Relation.MET_WITH, broken.actors().get(0).id(),
                        "nobody", null, null, new Evidence("They met.", 0, 9), null, null, null, null, null, null, 0.5))));
        assertThatThrownBy(() -> new BulkLoader().load(folder, documents))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("\"broken\"")
                .hasMessageContaining("nothing was written");
        assertThat(folder).doesNotExist();
        assertThat(BulkStaging.folder(folder)).doesNotExist();
    }

    @Test
    void whatAnInterruptedImportLeftIsRemovedAndSaid() throws Exception {
        Path folder = dir.resolve("again");
        // what a run killed while the importer wrote leaves: the staging folder, its lock no longer held
        Path left = BulkStaging.folder(folder);
        Files.createDirectories(left.resolve("store/data/databases/neo4j"));
        Files.writeString(left.resolve("store/data/databases/neo4j/neostore"), "half");
        Files.writeString(left.resolve("lock"), "pid=1\n");
        List<String> notices = new ArrayList<>();
        new BulkLoader().load(folder, handWritten()::iterator, notices::add);
        assertThat(notices).singleElement().asString().contains(left.toString()).contains("stopped part way");
        assertThat(left).doesNotExist();
        try (EmbeddedStore store = TestGraphs.open(folder)) {
            assertThat(TestGraphs.names(new GraphQuestionService(store).ask("who signed with Fjordgas")))
                    .containsExactlyInAnyOrder("Wanjiru Kamau", "Kenya");
        }
    }

    @Test
    void aRunningImportIsLeftAlone() {
        Path folder = dir.resolve("busy");
        try (BulkStaging running = BulkStaging.claim(folder, notice -> { })) {
            assertThatThrownBy(() -> new BulkLoader().load(folder, handWritten()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("is building this store");
            // nor may another command make a store where the import will put its own
            assertThatThrownBy(() -> TestGraphs.open(folder))
                    .isInstanceOf(StoreException.class).hasMessageContaining("is building this store");
            assertThat(running.home().getParent()).exists();
        }
        assertThat(BulkStaging.folder(folder)).doesNotExist();
    }

    /** Store files without their transaction logs (what a bulk import killed part way used to leave). */
    @Test
    void anIncompleteStoreIsToldAtOnceWithWhatToDo() throws Exception {
        Path folder = dir.resolve("incomplete");
        new BulkLoader().load(folder, handWritten().subList(0, 2));
        try (Stream<Path> logs = Files.list(folder.resolve("data/transactions/neo4j"))) {
            for (Path log : logs.toList()) {
                Files.delete(log);
            }
        }
        // before Neo4j starts: it would take half a minute and more to give up on it
        assertThatThrownBy(() -> TestGraphs.open(folder))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("incomplete store")
                .hasMessageContaining("rm -r " + folder);
        assertThatThrownBy(() -> new BulkLoader().load(folder, handWritten()))
                .isInstanceOf(StoreException.class).hasMessageContaining("incomplete store");
    }

    /**
     * An actor renamed by one article (a fuller name) and stated again by a later one: the bulk
     * graph must not work from the name it had before the rename (the in-memory rows are read again).
     */
    @Test
    void anActorRenamedByOneArticleIsSeenRenamedByTheNext() throws Exception {
        List<StatementDocument> documents = new ArrayList<>();
        String[][] articles = {
            {"first", "{\"id\": \"p\", \"type\": \"Person\", \"name\": \"Brekke\", \"aliases\": []}"},
            {"second", "{\"id\": \"p\", \"type\": \"Person\", \"name\": \"Halvard Brekke\", \"aliases\": [\"Brekke\"]}"},
            {"third", "{\"id\": \"p\", \"type\": \"Person\", \"name\": \"Brekke\", \"aliases\": [\"Mr Brekke\"]}"}};
        for (String[] a : articles) {
            Path file = dir.resolve(a[0] + ".json");
            Files.writeString(file, """
                    {"format": "actorgraph-statements", "version": 1,
                     "article": {"id": "%s", "title": "Visit", "date": "2024-05-02", "source": "actorgraph test"},
                     "actors": [%s, {"id": "c", "type": "Place", "name": "Bergen", "aliases": []}],
                     "facts": [{"relation": "VISITED", "subject": "p", "object": "c",
                                "evidence": {"sentence": "Brekke visited Bergen.", "start": 0, "end": 22}}]}
                    """.formatted(a[0], a[1]));
            documents.addAll(new StatementReader().read(file));
        }
        assertSameGraph(documents, dir.resolve("renamed"));
        try (EmbeddedStore store = TestGraphs.open(dir.resolve("renamed/bulk"))) {
            assertThat(store.read("MATCH (a:Person) RETURN a.name AS name", Map.of()))
                    .extracting(row -> row.get("name")).containsExactly("Halvard Brekke");
        }
    }

    /** Every node and relationship as a sorted line of text; nodes and edge ends named by key or id. */
    private static Map<String, List<String>> dump(GraphStore store) {
        List<String> nodes = new ArrayList<>();
        for (Map<String, Object> row : store.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props",
                Map.of())) {
            nodes.add(row.get("labels") + " " + canonical(row.get("props")));
        }
        List<String> relationships = new ArrayList<>();
        for (Map<String, Object> row : store.read("""
                MATCH (a)-[r]->(b)
                RETURN type(r) AS type, coalesce(a.key, a.id) AS start, coalesce(b.key, b.id) AS end,
                       properties(r) AS props
                """, Map.of())) {
            relationships.add(row.get("start") + " -" + row.get("type") + "-> " + row.get("end") + " "
                    + canonical(row.get("props")));
        }
        // the schema's constraints and indexes, and the label and type lookups Neo4j gives every store
        List<String> indexes = new ArrayList<>();
        for (Map<String, Object> row : store.read("""
                SHOW INDEXES YIELD type, entityType, labelsOrTypes, properties, owningConstraint, state
                RETURN type, entityType, labelsOrTypes, properties, owningConstraint IS NOT NULL AS unique, state
                """, Map.of())) {
            indexes.add(new TreeMap<>(row).toString());
        }
        nodes.sort(null);
        relationships.sort(null);
        indexes.sort(null);
        return Map.of("nodes", nodes, "relationships", relationships, "indexes", indexes);
    }

    @SuppressWarnings("unchecked")
    private static String canonical(Object props) {
        Map<String, Object> sorted = new TreeMap<>((Map<String, Object>) props);
        sorted.remove("loadedAt"); // the time each was written
        return sorted.toString();
    }
}
