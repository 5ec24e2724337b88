package io.actorgraph.store;

import java.io.IOException;
import java.lang.reflect.Array;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * Neo4j 5.26 embedded in this process, with its files in one folder. Optionally serves Bolt
 * (on loopback unless told otherwise) so that Neo4j Browser, cypher-shell and drivers can use
 * the same store while the process runs.
 */
public final class EmbeddedStore implements GraphStore {

    /** How the embedded database is opened. A null bolt address leaves Bolt off. */
    public record Options(Path folder, InetSocketAddress bolt, String pageCache, String password) {

        public static Options of(Path folder) {
            return new Options(folder, null, "512m", null);
        }

        public Options withBolt(InetSocketAddress address) {
            return new Options(folder, address, pageCache, password);
        }

        public Options withPageCache(String size) {
            return new Options(folder, bolt, size, password);
        }

        /** Turns authentication on with this password for the "neo4j" user (needed beyond loopback). */
        public Options withPassword(String secret) {
            return new Options(folder, bolt, pageCache, secret);
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EmbeddedStore.class);

    /** ACTORGRAPH_PROFILE=1 prints each write query's time and each commit's on stderr: where a load spends its time. */
    private static final boolean PROFILE = System.getenv("ACTORGRAPH_PROFILE") != null;

    private final Options options;
    private final DatabaseManagementService dbms;
    private final GraphDatabaseService db;

    private EmbeddedStore(Options options, DatabaseManagementService dbms, GraphDatabaseService db) {
        this.options = options;
        this.dbms = dbms;
        this.db = db;
    }

    public static EmbeddedStore open(Options options) {
        Path folder = options.folder().toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreException("--db " + options.folder() + ": is a file, not a folder; give a folder for the store");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("--db " + options.folder() + ": cannot create the store folder (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(folder)) {
            throw new StoreException("--db " + options.folder() + ": the folder is not writable; choose another with --db");
        }
        String leftover = BulkStaging.removeIfAbandoned(folder);
        if (leftover != null) {
            LOG.warn("--db {}: {}", options.folder(), leftover);
        }
        if (StoreFiles.state(folder) == StoreFiles.State.INCOMPLETE) {
            throw StoreFiles.incomplete(options.folder());
        }
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(folder)
                .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(options.pageCache()))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                // Neo4j's default replanning stays: plans made while a store was nearly empty and then
                // kept ran 50 times slower once it had grown (measured with `bench load`)
                .setConfig(GraphDatabaseSettings.auth_enabled, options.password() != null)
                // the in-JVM local connector needs Netty 4.1; Spring Boot brings 4.2
                .setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                .setConfig(BoltConnector.enabled, options.bolt() != null);
        if (options.bolt() != null) {
            builder.setConfig(BoltConnector.listen_address,
                    new SocketAddress(options.bolt().getHostString(), options.bolt().getPort()));
            builder.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        }
        DatabaseManagementService dbms;
        try {
            dbms = builder.build();
        } catch (RuntimeException e) {
            throw translate(options, e);
        }
        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            awaitAvailable(dbms, db, options);
            if (options.password() != null) {
                setInitialPassword(dbms, options.password());
            }
            StoreHolder.write(folder, options.bolt(), options.password() != null);
            return new EmbeddedStore(options, dbms, db);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e instanceof StoreException ? e : translate(options, e);
        }
    }

    /**
     * Waits for the database to start (a large store may be recovering), but reports at once one
     * that Neo4j failed to start rather than waiting out the limit.
     */
    private static void awaitAvailable(DatabaseManagementService dbms, GraphDatabaseService db, Options options) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!db.isAvailable(250)) {
            String failure = startFailure(dbms);
            if (failure != null || System.nanoTime() > deadline) {
                throw new StoreException("--db " + options.folder() + ": Neo4j cannot start the store ("
                        + (failure != null ? failure : "not available after 2 minutes") + "); see "
                        + options.folder().resolve("logs/debug.log") + ". If it cannot be repaired, remove the folder"
                        + " and load the articles again");
            }
        }
    }

    /** Why the graph database failed to start, or null while it is still starting. */
    private static String startFailure(DatabaseManagementService dbms) {
        try {
            return dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "SHOW DATABASE $name YIELD currentStatus, statusMessage",
                    Map.of("name", GraphDatabaseSettings.DEFAULT_DATABASE_NAME), result -> {
                        if (!result.hasNext()) {
                            return null;
                        }
                        Map<String, Object> row = result.next();
                        String status = String.valueOf(row.get("currentStatus"));
                        String message = String.valueOf(row.get("statusMessage"));
                        return status.equals("offline") && !message.isBlank() ? message : null;
                    });
        } catch (RuntimeException e) {
            return null; // the system database is starting too
        }
    }

    private static void setInitialPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            // the next serve on a store keeps the password of the last one: Neo4j refuses to "change" it to itself
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static StoreException translate(Options options, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage());
            if (name.contains("FileLockException") || message.contains("locked by another process")
                    || message.contains("Lock file has been locked")) {
                return new StoreException("--db " + options.folder() + ": the store is in use by another process "
                        + StoreHolder.describe(options.folder().toAbsolutePath().normalize()), e);
            }
            if (message.contains("Address already in use") || name.contains("BindException")
                    || message.contains("PortBindException")) {
                return new StoreException("Bolt address " + options.bolt() + " is in use; stop what holds it or pass"
                        + " another --bolt-port", e);
            }
        }
        return new StoreException("--db " + options.folder() + ": cannot open the store ("
                + rootMessage(e) + "); see " + options.folder().resolve("logs/debug.log"), e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    static long parseBytes(String size) {
        String s = size.trim().toLowerCase();
        long unit = 1;
        char last = s.charAt(s.length() - 1);
        if (Character.isLetter(last)) {
            unit = switch (last) {
                case 'k' -> 1024L;
                case 'm' -> 1024L * 1024;
                case 'g' -> 1024L * 1024 * 1024;
                default -> throw new StoreException("page cache size \"" + size + "\" must look like 512m or 2g");
            };
            s = s.substring(0, s.length() - 1);
        }
        try {
            return Long.parseLong(s) * unit;
        } catch (NumberFormatException e) {
            throw new StoreException("page cache size \"" + size + "\" must look like 512m or 2g");
        }
    }

    /** The database service, for the few callers (benchmarks, Spring) that need it whole. */
    public GraphDatabaseService database() {
        return db;
    }

    public Options options() {
        return options;
    }

    @Override
    public List<Map<String, Object>> read(String cypher, Map<String, ?> parameters) {
        try (Transaction tx = db.beginTx()) {
            List<Map<String, Object>> rows = collect(tx.execute(cypher, cast(parameters)));
            tx.commit();
            return rows;
        }
    }

    @Override
    public <T> T write(TransactionWork<T> work) {
        return Retry.run("--db " + options.folder(), () -> writeOnce(work));
    }

    private <T> T writeOnce(TransactionWork<T> work) {
        long w0 = System.nanoTime();
        try (Transaction tx = db.beginTx()) {
            T result = work.execute((cypher, parameters) -> {
                long t0 = System.nanoTime();
                Result executed = tx.execute(cypher, cast(parameters));
                long t1 = System.nanoTime();
                List<Map<String, Object>> rows = collect(executed);
                if (PROFILE) {
                    // planning shows in the first figure: execute() plans, results are pulled lazily
                    System.err.printf("%6d ms (%d ms in execute)  %s%n", (System.nanoTime() - t0) / 1_000_000,
                            (t1 - t0) / 1_000_000, cypher.strip().split("\n")[0]);
                }
                return rows;
            });
            long c0 = System.nanoTime();
            tx.commit();
            if (PROFILE) {
                System.err.printf("%6d ms  COMMIT, %d ms in all%n", (System.nanoTime() - c0) / 1_000_000,
                        (System.nanoTime() - w0) / 1_000_000);
            }
            return result;
        }
    }

    @Override
    public void schema(String cypher) {
        db.executeTransactionally(cypher);
    }

    @Override
    public java.util.Set<String> schemaNames() {
        // the core API answers without compiling Cypher, which matters for a cold start
        java.util.Set<String> names = new java.util.HashSet<>();
        try (Transaction tx = db.beginTx()) {
            tx.schema().getConstraints().forEach(c -> names.add(c.getName()));
            tx.schema().getIndexes().forEach(i -> names.add(i.getName()));
            tx.commit();
        }
        return names;
    }

    @Override
    public String location() {
        return options.folder().toString();
    }

    @Override
    public void close() {
        try {
            dbms.shutdown();
        } finally {
            StoreHolder.remove(options.folder().toAbsolutePath().normalize());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<String, ?> parameters) {
        return (Map<String, Object>) parameters;
    }

    private static List<Map<String, Object>> collect(Result result) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> columns = result.columns();
        while (result.hasNext()) {
            Map<String, Object> row = result.next();
            Map<String, Object> plain = new LinkedHashMap<>(columns.size() * 2);
            for (String column : columns) {
                plain.put(column, plain(row.get(column)));
            }
            rows.add(plain);
        }
        result.close();
        return rows;
    }

    /** Property arrays come back as Java arrays from the embedded API and as lists from the driver. */
    private static Object plain(Object value) {
        if (value == null) {
            return null;
        }
        if (value.getClass().isArray()) {
            int n = Array.getLength(value);
            List<Object> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(plain(Array.get(value, i)));
            }
            return list;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(plain(o));
            }
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof org.neo4j.graphdb.Entity entity) {
            Map<String, Object> out = new HashMap<>();
            entity.getAllProperties().forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        return value;
    }
}
