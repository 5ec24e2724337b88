package io.actorgraph.web;

import io.actorgraph.ingest.JsonArticleIngest;
import io.actorgraph.extract.Extractor;
import io.actorgraph.load.StatementLoader;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.statement.StatementReader;
import io.actorgraph.store.StoreSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A real {@code serve} for integration tests: an embedded store in a temporary folder with
 * Bolt on a free port, the invented statement fixtures loaded, and the web server on a random
 * HTTP port, wired exactly as the command wires them. One per test class.
 */
final class TestServer implements AutoCloseable {

    static final String FIXTURES = "actorgraph-app/src/test/resources/fixtures/web/";

    private final Path folder;
    private final GraphServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestServer(Path folder, GraphServer server) {
        this.folder = folder;
        this.server = server;
    }

    /** Starts a server whose settings get the real Bolt port; extractor null leaves the ingest API without a pipeline. */
    static TestServer start(java.util.function.IntFunction<ServeSettings> settings, String neo4jPassword,
            Supplier<Extractor> extractor, String... fixtures) {
        Path folder;
        try {
            folder = Files.createTempDirectory("actorgraph-web-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StoreSpec spec = new StoreSpec(folder, null, null, null, null, "64m");
        GraphServer server = GraphServer.open(spec, settings.apply(freePort()), neo4jPassword);
        try {
            StatementLoader loader = new StatementLoader(server.graph());
            StatementReader reader = new StatementReader();
            for (String fixture : fixtures) {
                for (StatementDocument doc : reader.read(Path.of(FIXTURES + fixture))) {
                    loader.load(doc);
                }
            }
            server.startWeb(extractor == null ? null : new JsonArticleIngest(server.graph(), extractor));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return new TestServer(folder, server);
    }

    /** Loopback, no token, ingest off: the embedded default. */
    static TestServer local(String... fixtures) {
        return start(bolt -> ServeSettings.local(0, bolt, "test"), null, null, fixtures);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    GraphServer server() {
        return server;
    }

    int port() {
        return server.web().port();
    }

    int boltPort() {
        return server.web().settings().boltPort();
    }

    /** http://127.0.0.1:port + path */
    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        try {
            return new URI(url(path));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(path, e);
        }
    }

    @Override
    public void close() {
        server.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
