package io.actorgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.store.StoreSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code serve --uri}: the web side on a Neo4j server reached over Bolt (here the Bolt port of
 * another serve), questions through the driver store and Spring Data through the same driver;
 * no Bolt or Neo4j Browser of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteServeIT {

    private TestServer embedded;
    private GraphServer remote;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        embedded = TestServer.local("baku-summit.statements.json");
        StoreSpec uri = new StoreSpec(null, "bolt://127.0.0.1:" + embedded.boltPort(), null, null, null, null);
        remote = GraphServer.open(uri, ServeSettings.local(0, null, uri.describe()), null);
        remote.startWeb(null);
    }

    @AfterAll
    void stop() {
        if (remote != null) {
            remote.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + remote.web().port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void questionsAndSpringDataGoThroughTheServer() throws Exception {
        HttpResponse<String> answer = get("/api/ask?q=who%20struck%20Syria");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"name\":\"Israel\"");
        HttpResponse<String> actor = get("/api/actors/SOCAR");
        assertThat(actor.statusCode()).isEqualTo(200);
        assertThat(actor.body()).contains("\"articles\":[{\"id\":\"baku-summit\"");
        assertThat(get("/api/articles").body()).contains("baku-summit");
    }

    @Test
    void noBrowserIsServedBesideARemoteServer() throws Exception {
        assertThat(get("/browser/").statusCode()).isEqualTo(404);
        HttpResponse<String> link = get("/neo4j-browser");
        assertThat(link.statusCode()).isEqualTo(404);
        assertThat(link.body()).contains("that server's own Neo4j Browser");
        assertThat(remote.web().settings().servesBrowser()).isFalse();
    }
}
