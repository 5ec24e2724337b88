package io.actorgraph.web;

import io.actorgraph.ingest.ArticleIngest;
import io.actorgraph.query.GraphQuestionService;
import io.actorgraph.store.BoltPassword;
import io.actorgraph.store.DriverStore;
import io.actorgraph.store.GraphStore;
import io.actorgraph.store.StoreException;
import io.actorgraph.store.StoreSpec;
import io.actorgraph.store.ServeLease;
import io.actorgraph.store.Stores;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * The life cycle of {@code actorgraph serve}: the store opened for serving (embedded: with Bolt
 * on the bind address), then the web server on it; closing stops the web server first and the
 * store last. The command, the serve benchmark and the tests all run it.
 */
public final class GraphServer implements AutoCloseable {

    private final GraphStore graph;
    private final ServeSettings settings;
    private final Driver driver;
    private final boolean ownsDriver;
    private final String database;
    /** The embedded store's folder, where the lease telling other commands about Bolt is kept; null for --uri. */
    private final Path folder;
    private volatile ServeLease lease;
    private volatile WebServer web;
    private final AtomicBoolean closed = new AtomicBoolean();

    private GraphServer(GraphStore graph, ServeSettings settings, Driver driver, boolean ownsDriver, String database,
            Path folder) {
        this.graph = graph;
        this.settings = settings;
        this.driver = driver;
        this.ownsDriver = ownsDriver;
        this.database = database;
        this.folder = folder;
    }

    /**
     * Opens the store and a driver for Spring Data Neo4j. An embedded store serves Bolt on the
     * bind address, asking for user neo4j with {@code neo4jPassword} (kept in the store's
     * {@link BoltPassword} file) unless that is null, and leaves a {@link ServeLease} in its
     * folder so that other commands can work through this process while it runs.
     */
    public static GraphServer open(StoreSpec where, ServeSettings settings, String neo4jPassword) {
        if (where.remote()) {
            GraphStore graph = Stores.open(where);
            return new GraphServer(graph, settings, ((DriverStore) graph).driver(), false, where.database(), null);
        }
        Path folder = where.folderOrDefault().toAbsolutePath().normalize();
        GraphStore graph = Stores.open(where, new InetSocketAddress(settings.bind(), settings.boltPort()), neo4jPassword);
        GraphServer server = null;
        try {
            String uri = "bolt://" + connectHost(settings.bind()) + ":" + settings.boltPort();
            Driver driver = GraphDatabase.driver(uri,
                    neo4jPassword == null ? AuthTokens.none() : AuthTokens.basic(BoltPassword.USER, neo4jPassword),
                    // JUL writes to stderr; Logback is configured only once Spring starts
                    Config.builder().withMaxConnectionPoolSize(32)
                            .withLogging(Logging.javaUtilLogging(java.util.logging.Level.WARNING)).build());
            try {
                driver.verifyConnectivity();
            } catch (RuntimeException e) {
                driver.close();
                throw e;
            }
            server = new GraphServer(graph, settings, driver, true, null, folder);
            if (neo4jPassword != null && !neo4jPassword.equals(kept(folder))) {
                BoltPassword.write(folder, neo4jPassword);
            }
            server.lease = new ServeLease(ProcessHandle.current().pid(), uri,
                    neo4jPassword == null ? null : BoltPassword.USER,
                    neo4jPassword == null ? null : BoltPassword.file(folder), null);
            server.lease.write(folder);
            return server;
        } catch (StoreException e) {
            close(server, graph);
            throw e;
        } catch (RuntimeException e) {
            close(server, graph);
            throw new StoreException("Bolt on " + settings.bind() + ":" + settings.boltPort()
                    + " does not answer (" + e.getMessage() + ")", e);
        }
    }

    private static void close(GraphServer server, GraphStore graph) {
        if (server != null) {
            server.close();
        } else {
            graph.close();
        }
    }

    private static String kept(Path folder) {
        return java.nio.file.Files.exists(BoltPassword.file(folder)) ? BoltPassword.read(BoltPassword.file(folder)) : null;
    }

    /** Where to reach a listening address from this machine: a wildcard is reached on loopback. */
    static String connectHost(String bind) {
        String b = bind.strip();
        return switch (b) {
            case "0.0.0.0" -> "127.0.0.1";
            case "::", "[::]" -> "[::1]";
            default -> b.contains(":") && !b.startsWith("[") ? "[" + b + "]" : b;
        };
    }

    /** Starts Spring Boot on the open store; a port in use is told in one line. A null ingest leaves POST off. */
    public WebServer startWeb(ArticleIngest ingest) {
        try {
            web = WebServer.start(settings, new WebServer.Services(graph, new GraphQuestionService(graph), driver,
                    ownsDriver, ingest, database));
            if (lease != null) {
                lease = lease.withHttp(web.baseUrl());
                lease.write(folder);
            }
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

    /** Where the Bolt password of this embedded store is kept; null for --uri or without authentication. */
    public Path passwordFile() {
        return lease == null || lease.passwordFile() == null ? null : lease.passwordFile();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (folder != null) {
            ServeLease.release(folder, ProcessHandle.current().pid());
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
