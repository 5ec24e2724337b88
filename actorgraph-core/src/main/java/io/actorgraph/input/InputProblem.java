package io.actorgraph.input;

/**
 * Something wrong with a file or value a user gave, told in one line that names the input,
 * the place in it where known, the problem and what to do. The command line prints the
 * message as it is, without a stack trace.
 */
public class InputProblem extends RuntimeException {

    private final String input;

    public InputProblem(String input, String problem) {
        super(input + ": " + problem);
        this.input = input;
    }

    public InputProblem(String input, String problem, Throwable cause) {
        super(input + ": " + problem, cause);
        this.input = input;
    }

    /** The file, question or value the problem is about. */
    public String input() {
        return input;
    }
}
