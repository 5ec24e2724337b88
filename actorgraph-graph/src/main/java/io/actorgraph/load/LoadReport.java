package io.actorgraph.load;

/** What loading one article did, for the command line's summary and for tests. */
public record LoadReport(
        String article,
        boolean replaced,
        int actors,
        int newActors,
        int facts,
        int newFacts,
        int evidences,
        int events,
        long millis) {
}
