package io.actorgraph.extract;

import io.actorgraph.extract.lexicon.Lexicons;
import io.actorgraph.extract.nlp.NlpModels;

/** The extractor the command line and the service use. */
public final class Extractors {

    private Extractors() {
    }

    /** Builds the default extractor, loading its lexicons and models (once per process). */
    public static Extractor create() {
        Lexicons lexicons = Lexicons.shared(); // first: a missing lexicon fails before the slow model load
        return new RulesExtractor(NlpModels.shared(), lexicons);
    }

    /** The default extractor over models of its own (see {@link NlpModels#loadPrivate()}); the lexicons are shared. */
    public static Extractor createPrivate() {
        Lexicons lexicons = Lexicons.shared();
        return new RulesExtractor(NlpModels.loadPrivate(), lexicons);
    }
}
