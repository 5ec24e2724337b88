package io.actorgraph.store;

import java.util.List;
import java.util.Map;

/**
 * Where the graph lives: an embedded Neo4j store in a folder, or a Neo4j server, cluster or
 * Aura reached with the official driver. Everything above this interface runs parameterised
 * Cypher and sees rows of plain Java values (String, Long, Double, Boolean, List, Map,
 * java.time), whichever store is behind it.
 */
public interface GraphStore extends AutoCloseable {

    /** Runs a read query in its own transaction. */
    List<Map<String, Object>> read(String cypher, Map<String, ?> parameters);

    /**
     * Runs work in one write transaction: committed when it returns, rolled back when it throws.
     * When another transaction got in its way (a deadlock, a lock wait that timed out, a
     * uniqueness constraint refusing what another writer just committed, a {@link WriteConflict},
     * a cluster's leader changing), the work is run again in a new transaction after a short
     * random pause, for up to 30 s; then a {@link StoreException} says so in one line. So the work
     * must not have effects outside the transaction.
     */
    <T> T write(TransactionWork<T> work);

    /** Runs a schema statement (constraint or index) in a transaction of its own. */
    void schema(String cypher);

    /** The names of the constraints and indexes the store has. */
    java.util.Set<String> schemaNames();

    /** Where the store is, for messages: a folder or a URI. */
    String location();

    @Override
    void close();

    /** Work done inside one transaction. */
    @FunctionalInterface
    interface TransactionWork<T> {
        T execute(Tx tx);
    }

    /** A transaction open for work. */
    interface Tx {
        List<Map<String, Object>> run(String cypher, Map<String, ?> parameters);

        default List<Map<String, Object>> run(String cypher) {
            return run(cypher, Map.of());
        }
    }
}
