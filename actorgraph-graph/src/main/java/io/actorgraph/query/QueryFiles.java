package io.actorgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Cypher of {@code cypher/queries/}, read from the classpath: the files analysts run in
 * Neo4j Browser are the very queries the service runs.
 */
public final class QueryFiles {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private QueryFiles() {
    }

    /** The query in {@code cypher/queries/<name>.cypher}, without its trailing semicolon. */
    public static String get(String name) {
        return CACHE.computeIfAbsent(name, QueryFiles::read);
    }

    private static String read(String name) {
        String resource = "/cypher/queries/" + name + ".cypher";
        try (InputStream in = QueryFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("query file " + resource + " is missing from the classpath; rebuild the project");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
