package io.actorgraph.spark;

import java.io.Serializable;

/**
 * What became of one article in {@link ExtractJob}: its statements document as one JSON line,
 * or the line for the error output. Exactly one of the two is set.
 *
 * @param article the article id, when it could be read
 * @param statements the statements document, compact JSON on one line
 * @param error the error output's line: the article (or what was read of it) and the problem
 * @param facts facts in the document
 * @param sentences sentences in the article's text (for rates), 0 when it could not be read
 * @param nanos time spent extracting it (the pipeline's work alone, without reading or model loading)
 * @param cpuNanos CPU time of the extracting thread meanwhile: what a core gives, however busy the machine
 */
public record Outcome(String article, String statements, String error, int facts, int sentences, long nanos,
        long cpuNanos)
        implements Serializable {

    public boolean ok() {
        return statements != null;
    }
}
