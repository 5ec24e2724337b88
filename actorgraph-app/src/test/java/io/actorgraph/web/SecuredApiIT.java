package io.actorgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * Serving beyond loopback, as the command allows it only: every /api request needs the bearer
 * token, Bolt needs the Neo4j password, and ingest stays off unless enabled. The requests
 * themselves go to 127.0.0.1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecuredApiIT {

    private static final String TOKEN = "test-token-0123456789abcdef";
    private static final String PASSWORD = "neo4j-test-secret";

    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start(bolt -> ServeSettings.local(0, bolt, "test").withBind("0.0.0.0", true).withApiToken(TOKEN),
                PASSWORD, null, "zelandia.statements.json");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theApiNeedsTheToken() {
        HttpResponse<String> none = server.get("/api/hubs");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(none.body()).contains("Authorization: Bearer");
        assertThat(server.get("/api/hubs", "Authorization", "Bearer wrong-token-0123456789").statusCode()).isEqualTo(401);
        assertThat(server.get("/api/actors?q=zel", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
        // an unknown path under /api says 401 too: nothing is told without the token
        assertThat(server.get("/api/no-such-thing").statusCode()).isEqualTo(401);
    }

    @Test
    void thePagesThemselvesCarryNoData() {
        assertThat(server.get("/").statusCode()).isEqualTo(200);
        assertThat(server.get("/v3/api-docs").body()).contains("\"bearer\"");
    }

    @Test
    void ingestIsOffUnlessEnabled() {
        HttpResponse<String> post = server.post("/api/articles", "application/json", "{\"text\": \"A signed with B.\"}",
                "Authorization", "Bearer " + TOKEN);
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(post.body()).contains("--enable-ingest-api");
    }

    @Test
    void boltNeedsThePassword() {
        String uri = "bolt://127.0.0.1:" + server.boltPort();
        try (Driver anonymous = GraphDatabase.driver(uri, AuthTokens.none())) {
            assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        try (Driver neo4j = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", PASSWORD))) {
            neo4j.verifyConnectivity();
        }
        // the page that opens Neo4j Browser holds no secret: without the printed address's fragment it
        // leads to the login form, user neo4j filled in
        HttpResponse<String> browser = server.get("/neo4j-browser");
        assertThat(browser.statusCode()).isEqualTo(200);
        assertThat(browser.body()).contains("preselectAuthMethod=NATIVE").contains("neo4j@").doesNotContain(PASSWORD);
    }
}
