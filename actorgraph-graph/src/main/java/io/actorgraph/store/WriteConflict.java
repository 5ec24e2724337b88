package io.actorgraph.store;

/**
 * Thrown by transaction work that finds the graph changed under it since it read it (an actor
 * another writer removed or renamed, a row that matched nothing): the store runs the work again
 * in a new transaction, which reads the graph as it now is.
 */
public class WriteConflict extends RuntimeException {

    public WriteConflict(String message) {
        super(message);
    }
}
