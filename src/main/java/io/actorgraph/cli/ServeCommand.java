package io.actorgraph.cli;

import io.actorgraph.extract.Article;
import io.actorgraph.extract.ArticleReader;
import io.actorgraph.extract.Extractor;
import io.actorgraph.extract.Extractors;
import io.actorgraph.ingest.IngestResult;
import io.actorgraph.ingest.Ingestor;
import io.actorgraph.input.InputProblem;
import io.actorgraph.load.LoadReport;
import io.actorgraph.load.StatementLoader;
import io.actorgraph.query.GraphQuestionService;
import io.actorgraph.store.DriverStore;
import io.actorgraph.store.GraphStore;
import io.actorgraph.store.StoreException;
import io.actorgraph.store.StoreSpec;
import io.actorgraph.store.Stores;
import io.actorgraph.web.ApiProblem;
import io.actorgraph.web.ArticleIngest;
import io.actorgraph.web.Links;
import io.actorgraph.web.ServeSettings;
import io.actorgraph.web.WebServer;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.springframework.http.HttpStatus;
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
            "otherwise. Beyond loopback an API token and a Neo4j password are required. Stop with Ctrl+C."})
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "HTTP port of the graph view, the API and Neo4j Browser (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on, for HTTP and Bolt (default: ${DEFAULT-VALUE}, this machine only)."
                    + " Any other address needs --api-token and, on the embedded store, --neo4j-password.")
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
            description = "Turns Neo4j authentication on for the embedded store's Bolt port, user neo4j (default:"
                    + " $ACTORGRAPH_NEO4J_PASSWORD); required, at least 8 characters, when --bind is not loopback.")
    String neo4jPassword;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads for --ingest (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreSpec where = store.spec();
        ServeSettings settings = settings(where);
        Server server = Server.open(where, settings, blankToNull(neo4jPassword));
        try {
            if (ingest != null && !ingest.isEmpty()) {
                IngestCommand.Batch batch = IngestCommand.read(ingest, err, "serve");
                if (batch != null) {
                    // reports go to stderr: stdout holds the addresses to open
                    IngestCommand.load(server.graph(), batch, threads, err, err, "serve");
                }
            }
            ArticleIngest articles = ingestApi ? new HttpIngest(server.graph(), Extractors::create) : null;
            if (articles instanceof HttpIngest http) {
                http.warmUp(err);
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
        printAddresses(out, server);
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
        if (!loopback) {
            boolean needPassword = !where.remote() && password == null;
            if (token == null || needPassword) {
                throw new ParameterException(spec.commandLine(), "--bind " + bind + " reaches beyond this machine: give "
                        + (token == null ? "--api-token (or $ACTORGRAPH_API_TOKEN)" : "")
                        + (token == null && needPassword ? " and " : "")
                        + (needPassword ? "--neo4j-password (or $ACTORGRAPH_NEO4J_PASSWORD)" : "")
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
        return new ServeSettings(bind, port, where.remote() ? null : boltPort, password != null, token, ingestApi,
                maxBody, where.describe());
    }

    private static void printAddresses(PrintWriter out, Server server) {
        WebServer web = server.web();
        String base = web.baseUrl();
        ServeSettings s = web.settings();
        out.println("Graph view:     " + Links.graphView(base));
        out.println("REST API:       " + base + "/api   (Swagger UI: " + Links.swaggerUi(base) + ")");
        if (s.servesBrowser()) {
            out.println("Neo4j Browser:  " + Links.browser(s.publicHost(), web.port(), s.boltPort(), s.neo4jAuth()));
            out.println("Bolt:           " + Links.bolt(s.publicHost(), s.boltPort()));
        }
        out.flush();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * A store opened for serving, then the web server on it; closing stops the web server first
     * and the store last. Benchmarks and tests use it too.
     */
    public static final class Server implements AutoCloseable {

        private final GraphStore graph;
        private final ServeSettings settings;
        private final Driver driver;
        private final boolean ownsDriver;
        private final String database;
        private volatile WebServer web;
        private final AtomicBoolean closed = new AtomicBoolean();

        private Server(GraphStore graph, ServeSettings settings, Driver driver, boolean ownsDriver, String database) {
            this.graph = graph;
            this.settings = settings;
            this.driver = driver;
            this.ownsDriver = ownsDriver;
            this.database = database;
        }

        /** Opens the store (embedded: with Bolt on the bind address) and a driver for Spring Data Neo4j. */
        public static Server open(StoreSpec where, ServeSettings settings, String neo4jPassword) {
            if (where.remote()) {
                GraphStore graph = Stores.open(where);
                return new Server(graph, settings, ((DriverStore) graph).driver(), false, where.database());
            }
            GraphStore graph = Stores.open(where, new InetSocketAddress(settings.bind(), settings.boltPort()), neo4jPassword);
            try {
                String uri = "bolt://" + connectHost(settings.bind()) + ":" + settings.boltPort();
                Driver driver = GraphDatabase.driver(uri,
                        neo4jPassword == null ? AuthTokens.none() : AuthTokens.basic("neo4j", neo4jPassword),
                        // JUL writes to stderr; Logback is configured only once Spring starts
                        Config.builder().withMaxConnectionPoolSize(32)
                                .withLogging(Logging.javaUtilLogging(java.util.logging.Level.WARNING)).build());
                driver.verifyConnectivity();
                return new Server(graph, settings, driver, true, null);
            } catch (RuntimeException e) {
                graph.close();
                throw new StoreException("Bolt on " + settings.bind() + ":" + settings.boltPort()
                        + " does not answer (" + e.getMessage() + ")", e);
            }
        }

        /** Where to reach a listening address from this machine: a wildcard is reached on loopback. */
        private static String connectHost(String bind) {
            String b = bind.strip();
            return switch (b) {
                case "0.0.0.0" -> "127.0.0.1";
                case "::", "[::]" -> "[::1]";
                default -> b.contains(":") && !b.startsWith("[") ? "[" + b + "]" : b;
            };
        }

        /** Starts Spring Boot on the open store; a port in use is told in one line. */
        public WebServer startWeb(ArticleIngest ingest) {
            try {
                web = WebServer.start(settings, new WebServer.Services(graph, new GraphQuestionService(graph), driver,
                        ownsDriver, ingest, database));
                return web;
            } catch (RuntimeException e) {
                for (Throwable t = e; t != null; t = t.getCause()) {
                    if (t.getClass().getSimpleName().equals("PortInUseException")
                            || String.valueOf(t.getMessage()).contains("Address already in use")) {
                        throw new StoreException("port " + settings.port() + " on " + settings.bind()
                                + " is in use; stop what holds it or pass another --port", e);
                    }
                }
                throw e;
            }
        }

        public GraphStore graph() {
            return graph;
        }

        public WebServer web() {
            return web;
        }

        @Override
        public void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            try {
                if (web != null) {
                    web.close();
                } else if (ownsDriver) {
                    driver.close();
                }
            } finally {
                graph.close();
            }
        }
    }

    /**
     * POST /api/articles through the ingest pipeline: the article JSON read as {@code ingest}
     * reads a .json file, then extraction and loading by the {@link Ingestor}. One article at a
     * time (the graph has one writer); the extractor is built once, on first use or at warm-up.
     */
    public static final class HttpIngest implements ArticleIngest {

        private final StatementLoader loader;
        private final Supplier<Extractor> extractors;
        private final ArticleReader reader = new ArticleReader();
        private Ingestor ingestor;

        public HttpIngest(GraphStore graph, Supplier<Extractor> extractors) {
            this.loader = new StatementLoader(graph);
            this.extractors = extractors;
        }

        /** Loads the models in the background, so that the first POST does not wait for them. */
        void warmUp(PrintWriter err) {
            Thread thread = new Thread(() -> {
                try {
                    ingestor();
                } catch (RuntimeException e) {
                    err.println("actorgraph serve: the extractor cannot start (" + e.getMessage()
                            + "); POST /api/articles will answer 503");
                    err.flush();
                }
            }, "extractor-warm-up");
            thread.setDaemon(true);
            thread.start();
        }

        private synchronized Ingestor ingestor() {
            if (ingestor == null) {
                ingestor = new Ingestor(extractors.get(), loader, 1);
            }
            return ingestor;
        }

        @Override
        public synchronized IngestOutcome ingest(String json) {
            Article article;
            try {
                article = reader.fromJson("request body", json, "post-" + digest(json));
            } catch (InputProblem problem) {
                return IngestOutcome.badInput(problem.getMessage());
            }
            Ingestor pipeline;
            try {
                pipeline = ingestor();
            } catch (RuntimeException e) {
                throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "Extraction unavailable",
                        "the extractor cannot start (" + e.getMessage() + "); nothing was written");
            }
            IngestResult result;
            try {
                result = pipeline.ingest(List.of(new Ingestor.Source(article, "POST /api/articles")), r -> { }).get(0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return IngestOutcome.failed(article.id(), "interrupted; nothing was written");
            }
            if (!result.ok()) {
                return IngestOutcome.failed(result.article(), result.problem());
            }
            LoadReport report = result.report();
            return new IngestOutcome(IngestOutcome.Status.LOADED, report.article(), report.replaced(), report.actors(),
                    report.facts(), report.events(), report.millis(), null);
        }

        private static String digest(String text) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(hash, 0, 6);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
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
