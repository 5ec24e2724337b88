package io.actorgraph.ingest;

/**
 * Ingests one article that arrived as the contract's article JSON (over HTTP, for instance).
 * The web side only sees outcomes; {@link JsonArticleIngest} runs the extractor and the loader.
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
            /** The request was not an article (broken JSON, no text, not English, a bad id...). */
            BAD_INPUT,
            /** An article, but extraction or loading failed; nothing of it was written. */
            FAILED,
            /** The extractor cannot run here (its models did not load); nothing was written. */
            UNAVAILABLE
        }

        public static IngestOutcome badInput(String problem) {
            return new IngestOutcome(Status.BAD_INPUT, null, false, 0, 0, 0, 0, problem);
        }

        public static IngestOutcome failed(String article, String problem) {
            return new IngestOutcome(Status.FAILED, article, false, 0, 0, 0, 0, problem);
        }

        public static IngestOutcome unavailable(String problem) {
            return new IngestOutcome(Status.UNAVAILABLE, null, false, 0, 0, 0, 0, problem);
        }
    }
}
