package io.actorgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.extract.Article;
import io.actorgraph.extract.Extractor;
import io.actorgraph.input.InputProblem;
import io.actorgraph.model.ActorType;
import io.actorgraph.model.Relation;
import io.actorgraph.query.GraphQuestionService;
import io.actorgraph.statement.ActorStatement;
import io.actorgraph.statement.ArticleMeta;
import io.actorgraph.statement.Evidence;
import io.actorgraph.statement.ExtractorInfo;
import io.actorgraph.statement.FactStatement;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.statement.StatementReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API through the real HTTP server on a random port, over the invented fixtures:
 * answers with the JSON of {@code ask --json}, search, actors, neighbourhoods, timelines,
 * connections, evidence, GraphML, articles, ingest, and RFC 9457 problems for every error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BODY = 64 * 1024;

    private TestServer server;

    /** Stands in for the NLP extractor: "A signed with B." gives one SIGNED fact; text with FAIL fails. */
    static final class FakeExtractor implements Extractor {
        @Override
        public StatementDocument extract(Article article) {
            if (article.text().contains("FAIL")) {
                throw new InputProblem(article.id(), "the extractor found no sentence it could read");
            }
            String sentence = article.text().strip();
            String[] parties = sentence.replaceAll("\\.$", "").split(" signed with ");
            return StatementDocument.of(new ArticleMeta(article.id(), article.title(), article.date(), article.source(),
                            article.url()), new ExtractorInfo("fake", "1"),
                    List.of(new ActorStatement("a", ActorType.Firm, parties[0], List.of()),
                            new ActorStatement("b", ActorType.State, parties[1], List.of())),
                    List.of(),
                    List.of(new FactStatement(Relation.SIGNED, "a", "b", null, null,
                            new Evidence(sentence, 0, sentence.length()), null, null, article.date(), null, null, null, 0.9)));
        }

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public String version() {
            return "1";
        }
    }

    @BeforeAll
    void start() {
        server = TestServer.start(bolt -> ServeSettings.local(0, bolt, "test").withIngest(true, MAX_BODY), null,
                FakeExtractor::new, "zelandia.statements.json", "baku-summit.statements.json");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    /** An RFC 9457 problem detail: its media type, status, title and detail, and never a stack trace. */
    private JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asString()).isNotBlank();
        assertThat(body.path("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.");
        return body;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.path("name").asString()));
        return names;
    }

    // ---- questions ----------------------------------------------------------------------

    @Test
    void statsSayWhatTheGraphHolds() {
        HttpResponse<String> response = server.get("/api/stats");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode stats = JSON.readTree(response.body());
        // facts keyed by relation name, every relation present
        for (Relation relation : Relation.values()) {
            assertThat(stats.path("facts").has(relation.name())).as(relation.name()).isTrue();
        }
        assertThat(stats.path("facts").path("SIGNED").path("asserted").asLong()).isPositive();
        assertThat(stats.path("actors").path("Person").asLong()).isPositive();
        assertThat(stats.path("articles").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(stats.path("newestArticle").path("id").asString()).isNotEmpty();
    }

    @Test
    void askAnswersWithTheJsonOfAskJson() {
        String question = "who signed with SOCAR";
        JsonNode answer = json(server.get("/api/ask?q=" + q(question)), 200);
        // exactly what `ask --json` prints: the same service, written by the same mapper
        String cli = StatementReader.mapper().writeValueAsString(
                new GraphQuestionService(server.server().graph()).ask(question));
        assertThat(answer).isEqualTo(JSON.readTree(cli));
        assertThat(answer.path("relation").asString()).isEqualTo("SIGNED");
        assertThat(names(answer.path("answers"))).contains("Mohammed al-Bashir", "Syria");
        answer.path("answers").forEach(a -> assertThat(a.path("evidence").size()).isPositive());
    }

    @Test
    void aQuestionFormForAnActor() {
        JsonNode answer = json(server.get("/api/questions/who-met-with?actor=" + q("Dvořáková")), 200);
        assertThat(answer.path("question").asString()).isEqualTo("who met with Dvořáková");
        assertThat(answer.path("actor").path("name").asString()).isEqualTo("Ana Dvořáková");
        // the negated meeting with Norwind is never an answer
        assertThat(names(answer.path("answers"))).containsExactly("Pål Nygård");
        JsonNode unknown = json(server.get("/api/questions/who-met-with?actor=Nobody%20Known"), 200);
        assertThat(unknown.path("actor").isNull()).isTrue();
        assertThat(unknown.path("answers").size()).isZero();
        assertThat(json(server.get("/api/questions"), 200).size()).isEqualTo(6);
    }

    @Test
    void aQuestionInNoFormIsA400ThatListsTheForms() {
        JsonNode body = problem(server.get("/api/ask?q=" + q("what is the weather")), 400);
        assertThat(body.path("detail").asString()).contains("who signed with X");
        assertThat(body.path("forms").size()).isEqualTo(6);
        problem(server.get("/api/ask"), 400);
        problem(server.get("/api/questions/who-likes?actor=Zélandia"), 404);
        problem(server.get("/api/questions/who-met-with"), 400);
        problem(server.get("/api/ask?q=" + q("who met with " + "x".repeat(600))), 400);
    }

    // ---- actors -------------------------------------------------------------------------

    @Test
    void searchIsAPrefixMatchIgnoringCaseAndDiacritics() {
        assertThat(names(json(server.get("/api/actors?q=zel"), 200))).containsExactly("Zélandia");
        assertThat(names(json(server.get("/api/actors?q=DVORAK"), 200))).containsExactly("Ana Dvořáková");
        assertThat(names(json(server.get("/api/actors?q=" + q("pål")), 200))).containsExactly("Pål Nygård");
        // an alias finds its actor
        assertThat(names(json(server.get("/api/actors?q=republic%20of"), 200))).containsExactly("Zélandia");
        assertThat(json(server.get("/api/actors?q=qqq"), 200).size()).isZero();
        problem(server.get("/api/actors?q=zel&limit=0"), 400);
        problem(server.get("/api/actors?q=zel&limit=many"), 400);
        problem(server.get("/api/actors?q=%20"), 400);
    }

    @Test
    void oneActorWithRelationsEvidenceAndArticles() {
        JsonNode actor = json(server.get("/api/actors/" + q("Zélandia")), 200);
        assertThat(actor.path("actor").path("key").asString()).isEqualTo("state:zelandia");
        assertThat(actor.path("facts").size()).isGreaterThanOrEqualTo(5);
        actor.path("facts").forEach(f -> assertThat(f.path("evidence").size()).isPositive());
        List<String> articles = new ArrayList<>();
        actor.path("articles").forEach(a -> articles.add(a.path("id").asString()));
        // newest first (another test may have posted a newer one)
        assertThat(articles).containsSubsequence("border-raid", "harbour-accord");
        // by key too, as subgraphs carry it
        assertThat(json(server.get("/api/actors/" + q("person:ana dvorakova")), 200).path("actor").path("name").asString())
                .isEqualTo("Ana Dvořáková");
        JsonNode missing = problem(server.get("/api/actors/Atlantis"), 404);
        assertThat(missing.path("title").asString()).isEqualTo("Unknown actor");
        assertThat(missing.path("instance").asString()).isEqualTo("/api/actors/Atlantis");
    }

    @Test
    void theNeighbourhoodHidesNegatedFactsUnlessAsked() {
        JsonNode graph = json(server.get("/api/actors/Norwind/neighbourhood?depth=1"), 200);
        assertThat(graph.path("actor").path("name").asString()).isEqualTo("Norwind Shipping");
        assertThat(names(graph.path("nodes"))).containsExactlyInAnyOrder("Norwind Shipping", "Zélandia");
        graph.path("edges").forEach(e -> assertThat(e.path("polarity").asString()).isEqualTo("asserted"));
        JsonNode withNegated = json(server.get("/api/actors/Norwind/neighbourhood?depth=1&negated=true"), 200);
        assertThat(names(withNegated.path("nodes"))).contains("Ana Dvořáková");
        assertThat(withNegated.path("edges").findValuesAsString("polarity")).contains("negated");
        JsonNode deeper = json(server.get("/api/actors/Norwind/neighbourhood?depth=2"), 200);
        assertThat(names(deeper.path("nodes"))).contains("Kestrel Brigades", "Vesterland", "Ana Dvořáková");
        problem(server.get("/api/actors/Norwind/neighbourhood?depth=0"), 400);
        problem(server.get("/api/actors/Norwind/neighbourhood?depth=4"), 400);
        problem(server.get("/api/actors/Norwind/neighbourhood?depth=deep"), 400);
        problem(server.get("/api/actors/Atlantis/neighbourhood"), 404);
    }

    @Test
    void theTimelineIsOldestFirst() {
        JsonNode timeline = json(server.get("/api/actors/" + q("Ana Dvořáková") + "/timeline"), 200);
        List<String> dates = timeline.findValuesAsString("date");
        assertThat(dates).isNotEmpty().isSorted();
        assertThat(timeline.findValuesAsString("relation")).contains("MET_WITH");
        problem(server.get("/api/actors/Atlantis/timeline"), 404);
    }

    @Test
    void theConnectionBetweenTwoActors() {
        JsonNode chain = json(server.get("/api/connection?from=Norwind&to=" + q("the Brigades")), 200);
        assertThat(names(chain.path("actors"))).containsExactly("Norwind Shipping", "Zélandia", "Kestrel Brigades");
        assertThat(chain.path("steps").findValuesAsString("relation")).containsExactly("SIGNED", "STRUCK");
        chain.path("steps").forEach(s -> assertThat(s.path("evidence").size()).isPositive());
        assertThat(problem(server.get("/api/connection?from=Norwind&to=Atlantis"), 404).path("detail").asString())
                .contains("Atlantis");
        assertThat(problem(server.get("/api/connection?from=Norwind&to=SOCAR"), 404).path("title").asString())
                .isEqualTo("Not connected");
        problem(server.get("/api/connection?from=Norwind"), 400);
    }

    @Test
    void theEvidenceOfAnEdge() {
        JsonNode graph = json(server.get("/api/actors/SOCAR/neighbourhood?depth=1"), 200);
        String key = null;
        for (JsonNode edge : graph.path("edges")) {
            if (edge.path("relation").asString().equals("SIGNED") && edge.path("to").asString().equals("state:syr")) {
                key = edge.path("key").asString();
            }
        }
        assertThat(key).isNotNull();
        JsonNode evidence = json(server.get("/api/evidence?fact=" + q(key)), 200);
        assertThat(evidence.get(0).path("sentence").asString()).startsWith("SOCAR, Azerbaijan's state oil company, and the Syrian government signed");
        assertThat(evidence.get(0).path("article").asString()).isEqualTo("baku-summit");
        assertThat(evidence.get(0).path("date").asString()).isEqualTo("2025-07-12");
        problem(server.get("/api/evidence?fact=" + q("SIGNED:0000000000000000")), 404);
        problem(server.get("/api/evidence?fact=nonsense"), 404);
    }

    @Test
    void graphMlOpensAsXmlWithEveryNodeAndEdge() throws Exception {
        HttpResponse<String> response = server.get("/api/actors/SOCAR/neighbourhood.graphml?depth=1");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/graphml+xml");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains(".graphml");
        Document xml = parse(response.body());
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
        assertThat(xml.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(4);
        assertThat(xml.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(5);
        // what the graph view sends: a subgraph as the neighbourhood endpoint returns it
        String body = server.get("/api/actors/Norwind/neighbourhood?depth=2").body();
        HttpResponse<String> posted = server.post("/api/graphml", "application/json", body);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        Document view = parse(posted.body());
        assertThat(view.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(
                JSON.readTree(body).path("nodes").size());
        assertThat(problem(server.post("/api/graphml", "application/json", "{\"nodes\": 12}"), 400)
                .path("detail").asString()).contains("/nodes");
        assertThat(problem(server.post("/api/graphml", "application/json", "{\"nodes\": ["), 400)
                .path("detail").asString()).contains("broken JSON");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void hubsComeFirst() {
        JsonNode hubs = json(server.get("/api/hubs?limit=3"), 200);
        assertThat(hubs.size()).isEqualTo(3);
        assertThat(hubs.get(0).path("counterparts").asLong()).isGreaterThanOrEqualTo(hubs.get(2).path("counterparts").asLong());
    }

    // ---- articles and ingest ------------------------------------------------------------

    @Test
    void articlesThroughSpringData() {
        JsonNode page = json(server.get("/api/articles?size=2"), 200);
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.path("articles").size()).isEqualTo(2);
        assertThat(page.path("articles").get(0).path("id").asString()).isEqualTo("baku-summit");
        JsonNode article = json(server.get("/api/articles/harbour-accord"), 200);
        assertThat(article.path("article").path("title").asString()).contains("harbour accord");
        assertThat(article.path("facts").findValuesAsString("relation")).contains("SIGNED", "MET_WITH");
        assertThat(names(article.path("actors"))).containsExactly("Ana Dvořáková", "Norwind Shipping", "Port Aurel",
                "Pål Nygård", "Vesterland", "Zélandia");
        problem(server.get("/api/articles/no-such-article"), 404);
        problem(server.get("/api/articles?size=0"), 400);
    }

    @Test
    void postingAnArticleIngestsIt() {
        String article = "{\"id\": \"ostmark-lease\", \"title\": \"Lease\", \"date\": \"2024-06-01\","
                + " \"text\": \"Ostmark Petrol signed with Zélandia.\"}";
        HttpResponse<String> created = server.post("/api/articles", "application/json", article);
        JsonNode outcome = json(created, 201);
        assertThat(outcome.path("status").asString()).isEqualTo("LOADED");
        assertThat(outcome.path("facts").asInt()).isEqualTo(1);
        assertThat(created.headers().firstValue("Location").orElse("")).isEqualTo("/api/articles/ostmark-lease");
        JsonNode answer = json(server.get("/api/ask?q=" + q("who signed with Ostmark Petrol")), 200);
        assertThat(names(answer.path("answers"))).containsExactly("Zélandia");
        // posting it again replaces it
        assertThat(json(server.post("/api/articles", "application/json", article), 201).path("replaced").asBoolean()).isTrue();
    }

    @Test
    void ingestRefusesWhatIsNoArticle() {
        assertThat(problem(server.post("/api/articles", "application/json", "{\"title\": \"no text\"}"), 400)
                .path("detail").asString()).contains("text");
        problem(server.post("/api/articles", "application/json", "{broken"), 400);
        assertThat(problem(server.post("/api/articles", "application/json", "{\"id\": \"bad\", \"text\": \"FAIL to read.\"}"),
                422).path("detail").asString()).contains("no sentence");
        assertThat(server.post("/api/articles", "text/plain", "Ostmark Petrol signed with Zélandia.").statusCode())
                .isEqualTo(415);
        // nothing of the failed article is in the graph
        problem(server.get("/api/articles/bad"), 404);
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String big = "{\"text\": \"" + "a".repeat(MAX_BODY + 10) + "\"}";
        JsonNode declared = problem(server.post("/api/articles", "application/json", big), 413);
        assertThat(declared.path("detail").asString()).contains("64 KB");
        // chunked: no Content-Length, cut off while reading
        HttpRequest chunked = HttpRequest.newBuilder(server.uri("/api/articles")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream)
                        new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build();
        problem(server.send(chunked), 413);
        problem(server.post("/api/graphml", "application/json", big), 413);
    }

    // ---- the rest of the site -----------------------------------------------------------

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        problem(server.get("/api/nothing-here"), 404);
        HttpResponse<String> delete = server.send(HttpRequest.newBuilder(server.uri("/api/actors/SOCAR")).DELETE().build());
        problem(delete, 405);
    }

    @Test
    void onLoopbackOnlyLoopbackNamesAreAnswered() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/hubs HTTP/1.1\r\nHost: rebound.example:" + server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(reply).startsWith("HTTP/1.1 403").contains("application/problem+json");
        }
        assertThat(server.get("/api/hubs", "Accept", "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void openApiSwaggerUiAndTheGraphView() {
        JsonNode api = json(server.get("/v3/api-docs"), 200);
        assertThat(api.path("paths").propertyNames()).contains("/api/ask", "/api/actors", "/api/actors/{name}",
                "/api/actors/{name}/neighbourhood", "/api/actors/{name}/timeline", "/api/connection", "/api/evidence",
                "/api/articles", "/api/questions/{form}", "/api/graphml");
        assertThat(server.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        HttpResponse<String> page = server.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/webjars/cytoscape/").doesNotContain("https://");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        assertThat(server.get("/webjars/cytoscape/dist/cytoscape.min.js").statusCode()).isEqualTo(200);
    }

    @Test
    void neo4jBrowserAndItsGuide() {
        // the page that opens the Browser, here (no password on Bolt) straight on the Browser connecting by itself
        HttpResponse<String> opener = server.get("/neo4j-browser");
        assertThat(opener.statusCode()).isEqualTo(200);
        assertThat(opener.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(opener.body()).contains("/neo4j-browser.js").contains("data-auth=\"false\"")
                .contains("/browser/?dbms=bolt://127.0.0.1:" + server.boltPort())
                .contains("preselectAuthMethod=NO_AUTH").contains("cmd=guide");
        HttpResponse<String> browser = server.get("/browser/");
        assertThat(browser.statusCode()).isEqualTo(200);
        assertThat(browser.body()).contains("Neo4j Browser");
        assertThat(browser.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("ws://127.0.0.1:" + server.boltPort()).doesNotContain("https:");
        HttpResponse<String> guide = server.get("/guides/queries.html", "Origin", "http://localhost:" + server.port());
        assertThat(guide.statusCode()).isEqualTo(200);
        assertThat(guide.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
        for (String file : List.of("who-signed-with", "neighbourhood", "search-actors", "most-connected")) {
            assertThat(guide.body()).contains("cypher/queries/" + file + ".cypher");
        }
        assertThat(guide.body()).contains("<pre class=\"runnable\">:param actor =&gt; &#39;");
    }
}
