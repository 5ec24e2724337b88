package io.actorgraph.extract;

/**
 * A news article as the command line reads it (.json, .jsonl line or .txt): only the text is
 * required; the id defaults to the file name. The date (YYYY-MM-DD) anchors relative dates
 * such as "on Saturday" or "last month".
 */
public record Article(String id, String title, String date, String source, String url, String text) {
}
