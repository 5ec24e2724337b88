package io.actorgraph.store;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.neo4j.kernel.api.exceptions.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a transaction again, after a growing random pause, when it failed only because another
 * transaction was in its way: a deadlock, a lock wait that timed out, two writers creating the
 * same new actor or fact at once (the second is refused by a uniqueness constraint), a
 * {@link WriteConflict}, or a cluster member that stopped being the leader. Gives up after
 * {@link #GIVE_UP_SECONDS} with one line that says what happened. (A statement document that
 * would break a constraint by itself, two events with one id, is refused before loading.)
 */
final class Retry {

    static final int GIVE_UP_SECONDS = 30;
    private static final long FIRST_PAUSE_MILLIS = 10;
    private static final long LONGEST_PAUSE_MILLIS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(Retry.class);

    private Retry() {
    }

    /** Why a failed attempt may succeed when run again; NONE when it may not. */
    enum Cause {
        NONE, CONTENTION, CONSTRAINT, UNAVAILABLE
    }

    static <T> T run(String location, Supplier<T> attempt) {
        return run(location, attempt, GIVE_UP_SECONDS);
    }

    static <T> T run(String location, Supplier<T> attempt, double giveUpSeconds) {
        long started = System.nanoTime();
        long pause = FIRST_PAUSE_MILLIS;
        for (int attempts = 1; ; attempts++) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                Cause cause = cause(e);
                if (cause == Cause.NONE) {
                    throw e;
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                if (seconds >= giveUpSeconds) {
                    throw giveUp(location, cause, e, attempts, seconds);
                }
                LOG.debug("{}: attempt {} failed ({}); trying again", location, attempts, firstLine(e.getMessage()));
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(pause / 2, pause + 1));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
            }
        }
    }

    private static StoreException giveUp(String location, Cause cause, RuntimeException e, int attempts, double seconds) {
        String tried = String.format(Locale.ROOT, "%d attempts in %.1f s", attempts, seconds);
        return switch (cause) {
            case UNAVAILABLE -> new StoreException(location + ": the server went away (" + firstLine(e.getMessage())
                    + "; " + tried + "); start it, or check the address and port", e);
            case CONSTRAINT -> new StoreException(location + ": other writers kept creating the same actors or facts,"
                    + " or the write breaks a uniqueness constraint (" + firstLine(e.getMessage()) + "; " + tried + ")", e);
            default -> new StoreException(location + ": other writers kept holding the same actors or facts ("
                    + tried + "; last: " + describe(e) + "); try again when they are done", e);
        };
    }

    /** What got in the way, in words rather than Neo4j's lock manager's. */
    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WriteConflict) {
                return t.getMessage();
            }
            String code = code(t);
            if (code != null && code.endsWith(".DeadlockDetected")) {
                return "a deadlock with another writer";
            }
            if (code != null && code.endsWith(".LockAcquisitionTimeout")) {
                return "waiting for another writer's lock timed out";
            }
        }
        return firstLine(e.getMessage());
    }

    private static String code(Throwable t) {
        if (t instanceof org.neo4j.graphdb.QueryExecutionException query && query.getStatusCode() != null) {
            return query.getStatusCode();
        }
        if (t instanceof Status.HasStatus embedded) {
            return embedded.status().code().serialize();
        }
        if (t instanceof org.neo4j.driver.exceptions.Neo4jException driver) {
            return driver.code();
        }
        return null;
    }

    /** Whether, and why, running the transaction again may succeed. */
    static Cause cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WriteConflict) {
                return Cause.CONTENTION;
            }
            if (t instanceof org.neo4j.driver.exceptions.SessionExpiredException
                    || t instanceof org.neo4j.driver.exceptions.ServiceUnavailableException) {
                return Cause.UNAVAILABLE;
            }
            String code = code(t);
            Cause cause = code == null ? Cause.NONE : cause(code);
            if (cause != Cause.NONE) {
                return cause;
            }
            if (t instanceof org.neo4j.driver.exceptions.RetryableException) {
                return Cause.CONTENTION;
            }
        }
        return Cause.NONE;
    }

    /** By Neo4j status code, the same over Bolt and embedded. */
    private static Cause cause(String code) {
        if (code.startsWith("Neo.TransientError.")) {
            return Cause.CONTENTION;
        }
        if (code.equals("Neo.ClientError.Schema.ConstraintValidationFailed")
                || code.equals("Neo.ClientError.Schema.ConstraintViolation")) {
            return Cause.CONSTRAINT;
        }
        if (code.equals("Neo.ClientError.Cluster.NotALeader")) {
            return Cause.UNAVAILABLE;
        }
        return Cause.NONE;
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no detail";
        }
        String line = message.strip().split("\n")[0].strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
