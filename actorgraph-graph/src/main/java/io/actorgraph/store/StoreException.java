package io.actorgraph.store;

/**
 * A store that cannot be opened or reached, told in one line that says what to do: a folder
 * locked by another process, a server that does not answer, wrong credentials.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure's message as one line for a user: Neo4j's own can run over several (lock wait lists). */
    public static String oneLine(Throwable e) {
        return Retry.firstLine(e.getMessage());
    }
}
