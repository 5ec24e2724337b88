package io.actorgraph.extract;

/** The extractor the command line and the service use. */
public final class Extractors {

    private Extractors() {
    }

    /** Builds the default extractor, loading its models (once per process). */
    public static Extractor create() {
        throw new IllegalStateException("the extractor is not built yet");
    }
}
