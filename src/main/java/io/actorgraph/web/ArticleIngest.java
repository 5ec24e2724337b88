package io.actorgraph.web;

/**
 * Ingests one article that arrived over HTTP (the contract's article JSON). The command line
 * implements it with the extractor and the ingest pipeline; the web side only sees outcomes.
 * Implementations serialise calls: the graph has one writer.
 */
@FunctionalInterface
public interface ArticleIngest {

    IngestOutcome ingest(String json);

    /** What became of a posted article. */
    record IngestOutcome(Status status, String article, boolean replaced, int actors, int facts, int events,
            long millis, String problem) {

        public enum Status {
            /** Extracted and loaded. */
            LOADED,
            /** The request was not an article (broken JSON, no text, not English...). */
            BAD_INPUT,
            /** An article, but extraction or loading failed; nothing of it was written. */
            FAILED
        }

        public static IngestOutcome badInput(String problem) {
            return new IngestOutcome(Status.BAD_INPUT, null, false, 0, 0, 0, 0, problem);
        }

        public static IngestOutcome failed(String article, String problem) {
            return new IngestOutcome(Status.FAILED, article, false, 0, 0, 0, 0, problem);
        }
    }
}
