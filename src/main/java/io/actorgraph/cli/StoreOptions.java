package io.actorgraph.cli;

import io.actorgraph.store.GraphStore;
import io.actorgraph.store.StoreSpec;
import io.actorgraph.store.Stores;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where the graph lives, shared by every command that uses it (see CONTRACT.md). */
public final class StoreOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--db", paramLabel = "DIR",
            description = "Embedded Neo4j store in DIR, created when missing (default: $ACTORGRAPH_DB, else ~/.actorgraph/graph).")
    Path db;

    @Option(names = "--uri", paramLabel = "URI",
            description = "A running Neo4j server, cluster or Aura (bolt://, neo4j://, neo4j+s://); default $NEO4J_URI.")
    String uri;

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
        if (db != null && uri != null) {
            throw new ParameterException(command.commandLine(), "give --db or --uri, not both");
        }
        String server = uri;
        if (db == null && server == null) {
            server = blankToNull(System.getenv("NEO4J_URI"));
        }
        String name = user != null ? user : blankToNull(System.getenv("NEO4J_USERNAME"));
        String secret = password != null ? password : System.getenv("NEO4J_PASSWORD");
        return new StoreSpec(db, server, name, secret, database, pageCache);
    }

    public GraphStore open() {
        return Stores.open(spec());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
