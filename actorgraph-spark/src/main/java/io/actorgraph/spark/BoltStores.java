package io.actorgraph.spark;

import io.actorgraph.store.DriverStore;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One driver per executor JVM and server: the Neo4j driver keeps a connection pool and is made
 * to be shared by threads, so every task of an executor writes through the same one. Closed
 * when the JVM ends.
 */
final class BoltStores {

    /** Where to write, as the command line's {@code --uri}, {@code --user}, {@code --password}, {@code --database}. */
    record Target(String uri, String user, String password, String database) implements Serializable {

        @Override
        public String toString() {
            return uri + (database == null ? "" : " (database " + database + ")"); // never the password
        }
    }

    private static final Map<Target, DriverStore> STORES = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STORES.values().forEach(DriverStore::close),
                "close-neo4j-drivers"));
    }

    private BoltStores() {
    }

    static DriverStore get(Target target) {
        return STORES.computeIfAbsent(target,
                t -> DriverStore.connect(t.uri(), t.user(), t.password(), t.database()));
    }
}
