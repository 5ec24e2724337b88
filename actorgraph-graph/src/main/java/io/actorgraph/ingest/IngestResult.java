package io.actorgraph.ingest;

import io.actorgraph.load.LoadReport;

/** What became of one article: loaded (with its report) or failed (with a one-line problem). */
public record IngestResult(String article, String source, LoadReport report, String problem, int sentences) {

    public boolean ok() {
        return problem == null;
    }
}
