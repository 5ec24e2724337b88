package io.actorgraph.cli;

import io.actorgraph.store.GraphStore;
import io.actorgraph.store.ServeLease;
import io.actorgraph.store.StoreException;
import io.actorgraph.store.StoreSpec;
import io.actorgraph.store.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where the graph lives, shared by every command that uses it (see CONTRACT.md). */
public final class StoreOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** An embedded folder or a server: one or the other (picocli refuses both). */
    static final class Where {
        @Option(names = "--db", paramLabel = "DIR", required = true,
                description = "Embedded Neo4j store in DIR, created when missing (default: $ACTORGRAPH_DB, else ~/.actorgraph/graph).")
        Path db;

        @Option(names = "--uri", paramLabel = "URI", required = true,
                description = "A running Neo4j server, cluster or Aura (bolt://, neo4j://, neo4j+s://); default $NEO4J_URI.")
        String uri;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Where where;

    @Option(names = "--user", paramLabel = "NAME",
            description = "User for --uri (default $NEO4J_USERNAME; none means no authentication).")
    String user;

    @Option(names = "--password", paramLabel = "SECRET",
            description = "Password for --uri (default $NEO4J_PASSWORD).")
    String password;

    @Option(names = "--database", paramLabel = "NAME",
            description = "Database on the server for --uri (default: the server's default).")
    String database;

    @Option(names = "--page-cache", paramLabel = "SIZE", defaultValue = "512m",
            description = "Page cache of the embedded store, e.g. 512m or 4g (default: ${DEFAULT-VALUE}).")
    String pageCache;

    public StoreSpec spec() {
        Path db = where == null ? null : where.db;
        String server = where == null ? null : where.uri;
        if (db == null && server == null) {
            server = blankToNull(System.getenv("NEO4J_URI"));
        }
        String name = user != null ? user : blankToNull(System.getenv("NEO4J_USERNAME"));
        String secret = password != null ? password : System.getenv("NEO4J_PASSWORD");
        return new StoreSpec(db, server, name, secret, database, pageCache);
    }

    /**
     * Opens the store. An embedded folder held by a running {@code serve} is used through that
     * server's Bolt port (found in the folder), which the command says in one line on stderr.
     */
    public GraphStore open() {
        StoreSpec spec = spec();
        if (!spec.remote()) {
            Path folder = spec.folderOrDefault();
            Optional<ServeLease> lease = ServeLease.live(folder);
            if (lease.isPresent()) {
                return throughServe(folder, lease.get());
            }
        }
        return Stores.open(spec);
    }

    private GraphStore throughServe(Path folder, ServeLease lease) {
        String name = command == null ? "actorgraph" : "actorgraph " + command.name();
        GraphStore store;
        try {
            store = lease.connect();
        } catch (StoreException e) {
            throw new StoreException("--db " + folder + " is held by a running serve (pid " + lease.pid()
                    + ") whose Bolt port cannot be used: " + e.getMessage(), e);
        }
        PrintWriter err = command == null ? new PrintWriter(System.err, true) : command.commandLine().getErr();
        err.println(name + ": " + folder + " is held by a running serve (pid " + lease.pid() + "); working through its"
                + " Bolt port " + lease.bolt());
        err.flush();
        return store;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
