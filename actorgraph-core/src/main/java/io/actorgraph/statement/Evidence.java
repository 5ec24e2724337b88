package io.actorgraph.statement;

/**
 * The sentence that states a fact, verbatim, with its character offsets in the article text
 * ({@code end} exclusive), so that a reader can find it in the source.
 */
public record Evidence(String sentence, int start, int end) {
}
