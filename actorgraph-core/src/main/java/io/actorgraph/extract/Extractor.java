package io.actorgraph.extract;

import io.actorgraph.statement.StatementDocument;

/**
 * Turns the text of one article into statements: its actors, events and facts, each fact
 * with the sentence that supports it. Implementations load their models once and are safe
 * to call from several threads.
 */
public interface Extractor {

    StatementDocument extract(Article article);

    /** Name and version written into every statement document, for provenance. */
    String name();

    String version();
}
