package io.actorgraph.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/** A Neo4j server, cluster or Aura instance reached over Bolt with the official Java driver. */
public final class DriverStore implements GraphStore {

    private final String uri;
    private final Driver driver;
    private final String database;
    /**
     * One for every session of this store: a read waits until the server (or, in a cluster, the
     * member it is routed to) has every write this process committed, so that a question asked
     * after a load sees it.
     */
    private final BookmarkManager bookmarks = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());

    private DriverStore(String uri, Driver driver, String database) {
        this.uri = uri;
        this.driver = driver;
        this.database = database;
    }

    /**
     * Connects and checks the connection at once, so that a wrong address or password is told
     * before any work starts. A null user means no authentication.
     */
    public static DriverStore connect(String uri, String user, String password, String database) {
        AuthToken auth = user == null || user.isBlank() ? AuthTokens.none() : AuthTokens.basic(user, password == null ? "" : password);
        Driver driver;
        try {
            // slf4j: the driver's own console logging would mix INFO lines into a command's stderr
            // retries are ours (Retry, the same for the embedded store): the driver's would log each one with
            // a stack trace, and would multiply with ours
            driver = GraphDatabase.driver(uri, auth, Config.builder().withLogging(Logging.slf4j())
                    .withMaxTransactionRetryTime(0, TimeUnit.MILLISECONDS).build());
        } catch (IllegalArgumentException e) {
            throw new StoreException("--uri " + uri + ": not a Neo4j URI (" + e.getMessage()
                    + "); use bolt://host:7687, neo4j://host:7687 or neo4j+s://host");
        }
        try {
            driver.verifyConnectivity();
        } catch (AuthenticationException e) {
            driver.close();
            throw new StoreException("--uri " + uri + ": the server refused the credentials; check --user and"
                    + " --password (or NEO4J_USERNAME / NEO4J_PASSWORD)");
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new StoreException("--uri " + uri + ": no Neo4j server answers there (" + firstLine(e.getMessage())
                    + "); start it, or check the address and port");
        } catch (Neo4jException | IllegalStateException e) {
            driver.close();
            throw new StoreException("--uri " + uri + ": cannot connect (" + firstLine(e.getMessage()) + ")");
        }
        return new DriverStore(uri, driver, database);
    }

    private static String firstLine(String message) {
        return message == null ? "no detail" : message.split("\n")[0];
    }

    /** Reads go to a reader and writes to the leader of a cluster (neo4j://), all sharing one bookmark manager. */
    private SessionConfig config() {
        SessionConfig.Builder config = SessionConfig.builder().withBookmarkManager(bookmarks);
        if (database != null) {
            config.withDatabase(database);
        }
        return config.build();
    }

    @Override
    public List<Map<String, Object>> read(String cypher, Map<String, ?> parameters) {
        return Retry.run("--uri " + uri, () -> {
            try (Session session = driver.session(config())) {
                return session.executeRead(tx -> tx.run(cypher, cast(parameters)).list(r -> r.asMap()));
            }
        });
    }

    @Override
    public <T> T write(TransactionWork<T> work) {
        return Retry.run("--uri " + uri, () -> {
            try (Session session = driver.session(config())) {
                return session.executeWrite(tx -> work.execute((cypher, parameters) ->
                        tx.run(cypher, cast(parameters)).list(r -> r.asMap())));
            }
        });
    }

    @Override
    public void schema(String cypher) {
        Retry.run("--uri " + uri, () -> {
            try (Session session = driver.session(config())) {
                return session.executeWrite(tx -> tx.run(cypher).consume());
            }
        });
    }

    /** The bookmarks of what this store has committed: a session given them reads after those writes. */
    public java.util.Set<org.neo4j.driver.Bookmark> bookmarks() {
        return bookmarks.getBookmarks();
    }

    @Override
    public java.util.Set<String> schemaNames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        read("SHOW CONSTRAINTS YIELD name RETURN name", Map.of()).forEach(r -> names.add((String) r.get("name")));
        read("SHOW INDEXES YIELD name RETURN name", Map.of()).forEach(r -> names.add((String) r.get("name")));
        return names;
    }

    @Override
    public String location() {
        return uri;
    }

    public Driver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<String, ?> parameters) {
        return (Map<String, Object>) parameters;
    }
}
