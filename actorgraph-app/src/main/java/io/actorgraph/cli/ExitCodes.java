package io.actorgraph.cli;

/** The exit statuses of every command, documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Some inputs failed (each said on stderr); the others were done. */
    public static final int SOME_FAILED = 1;
    /** Wrong usage, or a question in none of the forms. */
    public static final int USAGE = 2;
    /** The store could not be opened or reached. */
    public static final int STORE = 3;
    /** A bug: the message says so and names the exception. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
