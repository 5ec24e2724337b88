package io.actorgraph.spark;

import java.io.Serializable;

/** Statements as read from a file: a JSON line, or a whole .json file (one document or an array). */
record StatementText(String from, String text, boolean jsonLines) implements Serializable {
}
