package io.actorgraph.extract.pipeline;

/**
 * What a stage adds to a {@link Doc}, so that the pipeline can check at start-up that every
 * stage finds what it needs (like CoreNLP's annotator requirements).
 */
public enum Layer {
    /** The article text and its date. */
    TEXT,
    /** Dateline ("PARIS, May 3 —") found and kept out of parsing. */
    DATELINE,
    /** Sentences and tokens with part of speech, lemma and coarse named-entity tags. */
    TOKENS,
    /** Actor mentions: names, lexicon matches, titles, demonym phrases, pronouns, descriptions. */
    MENTIONS,
    /** Dependency graph of each sentence, parsed with multi-word mentions collapsed. */
    DEPENDENCIES,
    /** Mentions grouped into the article's actors. */
    ENTITIES,
    /** Offices people hold (title grammar), with start and end. */
    OFFICES,
    /** Relation frames: trigger, arguments, polarity, modality, attribution, hedges, date, place. */
    FRAMES,
    /** Binary facts and n-ary events, person-level and party-level. */
    FACTS
}
