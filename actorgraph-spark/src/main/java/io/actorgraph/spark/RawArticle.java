package io.actorgraph.spark;

import java.io.Serializable;

/**
 * One article as it was read, before any check: where it came from ({@code file@offset} for a
 * JSON line, the file for a .json or .txt file, the file and row for Parquet), how to read it,
 * and its content. Plain strings, so that Spark can move it between executors.
 *
 * @param from where it came from, for the error output
 * @param kind how {@code content} is to be read
 * @param defaultId the id to take when the article names none
 * @param content the JSON object ({@link Kind#JSON}) or the text ({@link Kind#TEXT}); for
 *        {@link Kind#FIELDS} the text
 * @param fields id, title, date, source, url of a {@link Kind#FIELDS} row (entries may be null)
 * @param problem a problem found while reading (not UTF-8, too large), or null
 */
public record RawArticle(String from, Kind kind, String defaultId, String content, String[] fields, String problem)
        implements Serializable {

    /** How the content of a raw article is read. */
    public enum Kind {
        /** an article JSON object: a .json file or a .jsonl line */
        JSON,
        /** plain text: a .txt file, whose id is its file name */
        TEXT,
        /** a Parquet row: the columns id, title, date, source, url, text */
        FIELDS
    }

    static RawArticle failed(String from, Kind kind, String defaultId, String problem) {
        return new RawArticle(from, kind, defaultId, null, null, problem);
    }
}
