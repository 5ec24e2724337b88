package io.actorgraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.actorgraph.load.StatementLoader;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.statement.StatementReader;
import io.actorgraph.store.EmbeddedStore;
import io.actorgraph.store.GraphStore;
import io.actorgraph.store.StoreSpec;
import io.actorgraph.store.Stores;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * {@code ./actorgraph serve} as a user runs it: the launcher, a store folder, the addresses on
 * stdout (and nothing else there), answers over HTTP, and a clean stop on SIGTERM that leaves
 * the store closed for the next command.
 */
class ServeIT {

    @TempDir
    Path db;

    @Test
    void serveStartsPrintsItsAddressesAnswersAndStopsCleanly() throws Exception {
        try (GraphStore graph = Stores.open(new StoreSpec(db, null, null, null, null, "64m"))) {
            StatementLoader loader = new StatementLoader(graph);
            for (StatementDocument doc : new StatementReader().read(Path.of(TestServer.FIXTURES
                    + "baku-summit.statements.json"))) {
                loader.load(doc);
            }
        }
        int port = TestServer.freePort();
        int bolt = TestServer.freePort();
        Path errLog = db.resolveSibling(db.getFileName() + "-serve.err");
        long started = System.nanoTime();
        Process serve = new ProcessBuilder("./actorgraph", "serve", "--db", db.toString(), "--port", String.valueOf(port),
                "--bolt-port", String.valueOf(bolt), "--page-cache", "64m")
                .redirectError(errLog.toFile())
                .start();
        List<String> out = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                out.add(line);
                if (line.startsWith("Bolt:")) {
                    break;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(out).as("stdout of serve; stderr in " + errLog).hasSize(4);
            assertThat(out.get(0)).isEqualTo("Graph view:     http://127.0.0.1:" + port + "/");
            assertThat(out.get(1)).contains("http://127.0.0.1:" + port + "/api").contains("/swagger-ui.html");
            // a password made on first use, kept where only this user reads it, and in the Browser's address
            Path passwordFile = db.resolve("neo4j-password");
            assertThat(passwordFile).exists();
            assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            String password = Files.readString(passwordFile).strip();
            assertThat(password).hasSizeGreaterThanOrEqualTo(24);
            assertThat(out.get(2)).isEqualTo("Neo4j Browser:  http://127.0.0.1:" + port + "/neo4j-browser#password=" + password);
            assertThat(out.get(3)).isEqualTo("Bolt:           bolt://127.0.0.1:" + bolt + "   (user neo4j, password in "
                    + passwordFile.toAbsolutePath() + ")");
            System.out.printf("serve answered after %.1f s (launcher, JVM, store, Spring)%n", seconds);

            // Bolt takes no one without the password
            String uri = "bolt://127.0.0.1:" + bolt;
            try (Driver anonymous = GraphDatabase.driver(uri, AuthTokens.none())) {
                assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
            try (Driver wrong = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", "not-the-password"))) {
                assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
            try (Driver neo4j = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", password))) {
                neo4j.verifyConnectivity();
            }

            // ask on the folder serve holds works through serve's Bolt port, and says so in one line
            ProcessBuilder askBuilder = new ProcessBuilder("./actorgraph", "ask", "--db", db.toString(), "--json",
                    "who signed with SOCAR");
            askBuilder.environment().remove("NEO4J_URI");
            Process ask = askBuilder.start();
            String asked = new String(ask.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String askErr = new String(ask.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(ask.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(ask.exitValue()).as(askErr).isZero();
            assertThat(asked).contains("Mohammed al-Bashir");
            assertThat(askErr.strip().lines()).singleElement().asString()
                    .contains("held by a running serve").contains(uri);

            HttpClient http = HttpClient.newHttpClient();
            String q = URLEncoder.encode("who signed with SOCAR", StandardCharsets.UTF_8).replace("+", "%20");
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/ask?q=" + q)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("Mohammed al-Bashir");
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("serve stops on SIGTERM").isTrue();
        }
        assertThat(Files.readString(errLog)).doesNotContain("Exception");
        // the note for other commands went with serve; the password stays for the next serve
        assertThat(db.resolve("serve.json")).doesNotExist();
        assertThat(db.resolve("neo4j-password")).exists();
        // the store was closed: the next command can open it
        EmbeddedStore.open(EmbeddedStore.Options.of(db).withPageCache("64m")).close();
    }

    @Test
    void beyondLoopbackWithoutCredentialsItRefusesToStart() throws Exception {
        Process serve = new ProcessBuilder("./actorgraph", "serve", "--db", db.toString(), "--bind", "0.0.0.0")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(serve.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(serve.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(serve.exitValue()).isEqualTo(2);
        assertThat(err).contains("--bind 0.0.0.0 reaches beyond this machine");
        // refused before anything was opened: the store folder is as it was
        try (var files = Files.list(db)) {
            assertThat(files).isEmpty();
        }
    }
}
