package io.actorgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.GraphDump;
import io.actorgraph.TestGraphs;
import io.actorgraph.extract.Article;
import io.actorgraph.extract.Extractor;
import io.actorgraph.load.StatementLoader;
import io.actorgraph.statement.ArticleMeta;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.statement.StatementReader;
import io.actorgraph.store.DriverStore;
import io.actorgraph.store.EmbeddedStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two writers on one graph at once, as a user runs them: {@code serve --enable-ingest-api}
 * taking POSTs while a loader writes through the same server's Bolt port. They restate the same
 * facts (copies of the fixture articles under other ids) and, in the second test, load the very
 * same article ids. The graph they leave, every evidence list included, must be the one loading
 * the same articles one after the other gives, and no request may fail.
 */
class ConcurrentWritersIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Copies of each fixture article per writer: enough for the writers to meet on the same facts often. */
    private static final int COPIES = 8;

    @TempDir
    Path dir;

    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** The fixture articles (statements, no NLP): shared actors across them, facts with events and offices. */
    private static List<StatementDocument> fixtures() {
        StatementReader reader = new StatementReader();
        List<StatementDocument> documents = new ArrayList<>();
        for (String file : List.of("statements/harbour-talks.json", "statements/border-report.json",
                "fixtures/web/zelandia.statements.json", "fixtures/web/baku-summit.statements.json")) {
            // the statements are core's test resources, the web fixtures the app's own (since the module split)
            Path resources = Path.of(file.startsWith("fixtures/web/") ? "actorgraph-app" : "actorgraph-core", "src/test/resources");
            documents.addAll(reader.read(resources.resolve(file)));
        }
        return documents;
    }

    /** Copy {@code from..to-1} of every fixture article, copy-major so that both writers restate the same facts together. */
    private static List<StatementDocument> copies(int from, int to) {
        List<StatementDocument> documents = new ArrayList<>();
        for (int copy = from; copy < to; copy++) {
            for (StatementDocument doc : fixtures()) {
                ArticleMeta a = doc.article();
                documents.add(StatementDocument.of(new ArticleMeta(a.id() + "-" + copy, a.title(), a.date(), a.source(),
                        a.url()), doc.extractor(), doc.actors(), doc.events(), doc.facts()));
            }
        }
        return documents;
    }

    @Test
    void writersOnDifferentArticlesLoseNoEvidence() throws Exception {
        List<StatementDocument> overHttp = copies(0, COPIES);
        List<StatementDocument> overBolt = copies(COPIES, 2 * COPIES);
        List<String> together = loadTogether(overHttp, overBolt);
        List<StatementDocument> all = new ArrayList<>(overHttp);
        all.addAll(overBolt);
        assertThat(together).containsExactlyElementsOf(sequential(all, "sequential"));
        assertThat(together).anyMatch(line -> line.contains("evidence(" + 2 * COPIES + ")"));
    }

    @Test
    void writersOnTheSameArticlesLeaveEachOnce() throws Exception {
        List<StatementDocument> documents = copies(0, COPIES);
        List<String> together = loadTogether(documents, documents);
        assertThat(together).containsExactlyElementsOf(sequential(documents, "sequential"));
        assertThat(together).anyMatch(line -> line.contains("evidence(" + COPIES + ")"));
    }

    /** The reference does not depend on the order the articles come in, so any interleaving must give it. */
    @Test
    void theSequentialGraphDoesNotDependOnTheOrder() {
        List<StatementDocument> documents = copies(0, 2);
        List<StatementDocument> reversed = new ArrayList<>(documents);
        Collections.reverse(reversed);
        assertThat(sequential(reversed, "reversed")).containsExactlyElementsOf(sequential(documents, "forward"));
    }

    private List<String> sequential(List<StatementDocument> documents, String name) {
        try (EmbeddedStore store = TestGraphs.open(dir.resolve(name))) {
            StatementLoader loader = new StatementLoader(store);
            documents.forEach(loader::load);
            return GraphDump.of(store);
        }
    }

    /**
     * Starts serve with the ingest API (its extractor hands out the prepared statements of the posted
     * id: no NLP) and runs the two writers at once; returns the graph they leave.
     */
    private List<String> loadTogether(List<StatementDocument> overHttp, List<StatementDocument> overBolt)
            throws Exception {
        Map<String, StatementDocument> byId = new ConcurrentHashMap<>();
        overHttp.forEach(d -> byId.put(d.article().id(), d));
        server = TestServer.start(bolt -> ServeSettings.local(0, bolt, "test").withIngest(true, 1 << 20), null,
                () -> new Prepared(byId));
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try (DriverStore bolt = DriverStore.connect("bolt://127.0.0.1:" + server.boltPort(), null, null, null)) {
            Future<?> http = writers.submit(() -> {
                go.await();
                for (StatementDocument doc : overHttp) {
                    HttpResponse<String> response = server.post("/api/articles", "application/json", article(doc));
                    if (response.statusCode() != 201) {
                        failures.add("POST " + doc.article().id() + ": " + response.statusCode() + " " + response.body());
                    }
                }
                return null;
            });
            Future<?> driver = writers.submit(() -> {
                go.await();
                StatementLoader loader = new StatementLoader(bolt);
                for (StatementDocument doc : overBolt) {
                    try {
                        loader.load(doc);
                    } catch (RuntimeException e) {
                        failures.add("Bolt " + doc.article().id() + ": " + e);
                    }
                }
                return null;
            });
            go.countDown();
            http.get();
            driver.get();
        } finally {
            writers.shutdownNow();
        }
        assertThat(failures).isEmpty();
        return GraphDump.of(server.server().graph());
    }

    /** The article JSON `ingest` reads: the id, and a sentence of it as the text. */
    private static String article(StatementDocument doc) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", doc.article().id());
        article.put("title", doc.article().title());
        article.put("date", doc.article().date());
        article.put("text", doc.facts().get(0).evidence().sentence());
        return JSON.writeValueAsString(article);
    }

    /** Stands in for the NLP extractor: the prepared statements of the posted article id. */
    private record Prepared(Map<String, StatementDocument> byId) implements Extractor {
        @Override
        public StatementDocument extract(Article article) {
            return byId.get(article.id());
        }

        @Override
        public String name() {
            return "prepared";
        }

        @Override
        public String version() {
            return "1";
        }
    }
}
