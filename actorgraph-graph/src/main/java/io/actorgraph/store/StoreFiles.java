package io.actorgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a store folder holds, judged from its files without starting Neo4j (which takes seconds,
 * and half a minute or more to give up on a store it cannot recover).
 */
public final class StoreFiles {

    /** The databases of an embedded store: the graph, and Neo4j's own (users, settings). */
    private static final List<String> DATABASES = List.of("neo4j", "system");

    private StoreFiles() {
    }

    /** No store, a store Neo4j can open, or one it cannot: store files without their transaction logs. */
    public enum State {
        NONE, COMPLETE, INCOMPLETE
    }

    public static State state(Path folder) {
        State state = State.NONE;
        for (String database : DATABASES) {
            Path files = folder.resolve("data/databases").resolve(database);
            if (!hasStoreFiles(files)) {
                continue;
            }
            // Neo4j refuses store files whose transaction logs are gone ("recovery is not possible"):
            // what a bulk import killed part way used to leave
            if (!hasTransactionLog(folder.resolve("data/transactions").resolve(database))) {
                return State.INCOMPLETE;
            }
            state = State.COMPLETE;
        }
        return state;
    }

    private static boolean hasStoreFiles(Path folder) {
        return anyFileStartingWith(folder, "neostore");
    }

    private static boolean hasTransactionLog(Path folder) {
        return anyFileStartingWith(folder, "neostore.transaction.db");
    }

    private static boolean anyFileStartingWith(Path folder, String prefix) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(prefix));
        } catch (IOException e) {
            return false;
        }
    }

    /** The one line for a store Neo4j cannot open, with what to do. */
    public static StoreException incomplete(Path folder) {
        return new StoreException("--db " + folder + ": holds an incomplete store (store files without their"
                + " transaction logs, as an import stopped part way leaves them); Neo4j cannot open it. Build it again:"
                + " remove the folder (rm -r " + folder + ") and run the import or ingest again");
    }
}
