package io.actorgraph.cli;

import io.actorgraph.extract.Extractors;
import io.actorgraph.ingest.ArticleIngest;
import io.actorgraph.ingest.JsonArticleIngest;
import io.actorgraph.store.BoltPassword;
import io.actorgraph.store.ServeLease;
import io.actorgraph.store.StoreException;
import io.actorgraph.store.StoreSpec;
import io.actorgraph.web.GraphServer;
import io.actorgraph.web.Links;
import io.actorgraph.web.ServeSettings;
import io.actorgraph.web.WebServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.util.unit.DataSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code actorgraph serve}: the graph view, the REST API and, on the embedded default, Bolt and
 * Neo4j Browser, in this one process. The store is opened first (with Bolt on the bind
 * address), articles given with --ingest are ingested, and only then is Spring Boot started,
 * with a driver on that Bolt port for Spring Data Neo4j.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the graph: a graph view at /, a REST API under /api (Swagger UI at /swagger-ui.html),",
            "and on the embedded store also Bolt and Neo4j Browser (/browser/), all on 127.0.0.1 unless --bind says",
            "otherwise. Bolt asks for user neo4j with the password kept in DIR/neo4j-password (made on first use);",
            "the printed Neo4j Browser address logs in by itself. Beyond loopback an API token is required.",
            "Stop with Ctrl+C."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "HTTP port of the graph view, the API and Neo4j Browser (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on, for HTTP and Bolt (default: ${DEFAULT-VALUE}, this machine only)."
                    + " Any other address needs --api-token, and Bolt's password (no --no-auth).")
    String bind;

    @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "7687",
            description = "Bolt port of the embedded store, for Neo4j Browser, cypher-shell and drivers (default: ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(names = "--ingest", arity = "1..*", paramLabel = "PATH",
            description = "Ingest these articles (.json, .jsonl, .txt files or folders) before serving.")
    List<Path> ingest;

    @Option(names = "--enable-ingest-api",
            description = "Turn on POST /api/articles (off by default): anyone who reaches the API can then add articles.")
    boolean ingestApi;

    @Option(names = "--max-body", paramLabel = "SIZE", defaultValue = "1MB", converter = SizeConverter.class,
            description = "Largest request body accepted, e.g. 512KB or 2MB (default: 1MB); larger ones get 413.")
    long maxBody;

    @Option(names = "--api-token", paramLabel = "TOKEN", defaultValue = "${env:ACTORGRAPH_API_TOKEN}",
            description = "Bearer token every /api request must carry (default: $ACTORGRAPH_API_TOKEN);"
                    + " required, at least 16 characters, when --bind is not loopback.")
    String apiToken;

    @Option(names = "--neo4j-password", paramLabel = "SECRET", defaultValue = "${env:ACTORGRAPH_NEO4J_PASSWORD}",
            description = "Password of user neo4j on the embedded store's Bolt port, at least 8 characters (default:"
                    + " $ACTORGRAPH_NEO4J_PASSWORD, else the one kept in DIR/" + BoltPassword.FILE
                    + ", made on first use); it replaces the kept one.")
    String neo4jPassword;

    @Option(names = "--no-auth",
            description = "Bolt and Neo4j Browser without a password, as before: anyone on this machine can then"
                    + " write to the graph over Bolt. Only on loopback.")
    boolean noAuth;

    @Mixin
    ThreadsOption threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreSpec where = store.spec();
        ServeSettings settings = settings(where);
        int extractionThreads = threads.threads();
        if (!where.remote()) {
            ServeLease.live(where.folderOrDefault()).ifPresent(running -> {
                throw new StoreException("--db " + where.folderOrDefault() + ": already served by a running serve (pid "
                        + running.pid() + (running.http() == null ? "" : ", at " + running.http())
                        + "); use that one, or stop it first");
            });
        }
        String password = where.remote() || noAuth ? null : password(where.folderOrDefault());
        GraphServer server = GraphServer.open(where, settings, password);
        try {
            if (ingest != null && !ingest.isEmpty()) {
                IngestCommand.Batch batch = IngestCommand.read(ingest, err, "serve");
                if (batch != null) {
                    // reports go to stderr: stdout holds the addresses to open
                    IngestCommand.load(server.graph(), batch, extractionThreads, err, err, "serve");
                }
            }
            ArticleIngest articles = null;
            if (ingestApi) {
                JsonArticleIngest json = new JsonArticleIngest(server.graph(), Extractors::create);
                json.warmUp(err, "serve");
                articles = json;
            }
            server.startWeb(articles);
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "serve-shutdown"));
        printAddresses(out, server, password);
        err.printf(Locale.ROOT, "actorgraph serve: ready in %.1f s (graph: %s); stop with Ctrl+C%n",
                (System.nanoTime() - started) / 1e9, where.describe());
        err.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    /** Checks the options, above all that nothing is reachable from elsewhere without credentials. */
    ServeSettings settings(StoreSpec where) {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port " + port + ": give a port from 0 to 65535");
        }
        if (!where.remote() && (boltPort < 1 || boltPort > 65535 || boltPort == port)) {
            throw new ParameterException(spec.commandLine(), "--bolt-port " + boltPort
                    + ": give a fixed port from 1 to 65535, other than --port (Neo4j Browser needs to know it)");
        }
        String token = blankToNull(apiToken);
        String password = blankToNull(neo4jPassword);
        boolean loopback = ServeSettings.isLoopback(bind);
        if (noAuth && password != null) {
            throw new ParameterException(spec.commandLine(), "give --no-auth or --neo4j-password, not both");
        }
        if (!loopback) {
            boolean openBolt = !where.remote() && noAuth;
            if (token == null || openBolt) {
                throw new ParameterException(spec.commandLine(), "--bind " + bind + " reaches beyond this machine: "
                        + (token == null ? "give --api-token (or $ACTORGRAPH_API_TOKEN)" : "")
                        + (token == null && openBolt ? " and " : "")
                        + (openBolt ? "drop --no-auth (Bolt would take anyone)" : "")
                        + ", or serve on 127.0.0.1");
            }
        }
        if (token != null && token.length() < 16) {
            throw new ParameterException(spec.commandLine(), "--api-token: at least 16 characters are needed (e.g. openssl rand -hex 24)");
        }
        if (password != null && password.length() < 8) {
            throw new ParameterException(spec.commandLine(), "--neo4j-password: Neo4j needs at least 8 characters");
        }
        if (maxBody < 1024) {
            throw new ParameterException(spec.commandLine(), "--max-body: at least 1KB");
        }
        return new ServeSettings(bind, port, where.remote() ? null : boltPort, !where.remote() && !noAuth, token,
                ingestApi, maxBody, where.describe());
    }

    /** The Bolt password: the one given (kept in the store folder from now on), else the one kept there or a new one. */
    private String password(Path folder) {
        String given = blankToNull(neo4jPassword);
        return given != null ? given : BoltPassword.forStore(folder);
    }

    private static void printAddresses(PrintWriter out, GraphServer server, String password) {
        WebServer web = server.web();
        String base = web.baseUrl();
        ServeSettings s = web.settings();
        out.println("Graph view:     " + Links.graphView(base));
        out.println("REST API:       " + base + "/api   (Swagger UI: " + Links.swaggerUi(base) + ")");
        if (s.servesBrowser()) {
            out.println("Neo4j Browser:  " + (password == null
                    ? Links.browser(s.publicHost(), web.port(), s.boltPort(), false)
                    : Links.browserLogin(base, password)));
            out.println("Bolt:           " + Links.bolt(s.publicHost(), s.boltPort()) + (password == null ? ""
                    : "   (user " + BoltPassword.USER + ", password in " + server.passwordFile() + ")"));
        }
        out.flush();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** "1MB", "512KB", "2MiB", "1048576": binary units, as Spring and most servers read them. */
    static final class SizeConverter implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip().toUpperCase(Locale.ROOT).replace("IB", "B");
            try {
                return DataSize.parse(v).toBytes();
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("\"" + value + "\" is not a size; write e.g. 512KB or 2MB");
            }
        }
    }
}
