package io.actorgraph.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an article id may be, on every way in (statement files, article files, POST
 * /api/articles, GET /api/articles/{id}, the Java API): an id that can be written into a URL
 * path and fetched back. The statements schema states the same rule (a test holds them equal).
 */
public final class ArticleId {

    /** Longest id, in characters. */
    public static final int MAX_LENGTH = 200;

    /**
     * No '/', '\\', ';' or control character anywhere (a path could not carry them back), no
     * invisible or direction-changing character (an id must read as it is), no '.' first
     * ("..", ".hidden"). The schema's "pattern" is this very text.
     */
    public static final String PATTERN = "^[^./\\\\;\\x00-\\x1F\\x7F\\u200B-\\u200F\\u2028-\\u202E\\u2066-\\u2069\\uFEFF]"
            + "[^/\\\\;\\x00-\\x1F\\x7F\\u200B-\\u200F\\u2028-\\u202E\\u2066-\\u2069\\uFEFF]*$";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private ArticleId() {
    }

    /** What is wrong with an id, in words that say what to do, or empty when it is a good one. */
    public static Optional<String> problem(String id) {
        if (id == null || id.isBlank()) {
            return Optional.of("the article id is empty; give an \"id\"");
        }
        int length = id.codePointCount(0, id.length());
        if (length > MAX_LENGTH) {
            return Optional.of("the article id is " + length + " characters long; an id has at most " + MAX_LENGTH
                    + " (a .txt article's id is its file name)");
        }
        if (!COMPILED.matcher(id).matches()) {
            return Optional.of("the article id \"" + printable(id) + "\" cannot be an id: it may not start with '.' nor"
                    + " hold '/', '\\', ';', control or invisible characters; give another, such as \"harbour-talks-2025\""
                    + " (a .txt article's id is its file name)");
        }
        return Optional.empty();
    }

    /** The id as it can be shown in a one-line message: control and invisible characters as \\uXXXX, cut at 80. */
    private static String printable(String id) {
        StringBuilder out = new StringBuilder();
        id.codePoints().limit(80).forEach(c -> {
            if (c < 0x20 || c == 0x7F || Character.getType(c) == Character.FORMAT || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04X", c));
            } else if (c == '"') {
                out.append("\\\"");
            } else {
                out.appendCodePoint(c);
            }
        });
        return id.codePointCount(0, id.length()) > 80 ? out + "..." : out.toString();
    }
}
