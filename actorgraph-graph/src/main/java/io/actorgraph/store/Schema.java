package io.actorgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Applies {@code cypher/schema.cypher} (constraints and indexes) to a store; every statement is idempotent. */
public final class Schema {

    private Schema() {
    }

    /** ACTORGRAPH_PROFILE=1 shows how long each constraint and index took to build. */
    private static final boolean PROFILE = System.getenv("ACTORGRAPH_PROFILE") != null;

    /** Creates what is missing and waits for new indexes to come online; a store already set up costs one lookup. */
    public static void apply(GraphStore store) {
        java.util.Set<String> present = store.schemaNames();
        boolean created = false;
        for (String statement : statements()) {
            if (!present.contains(name(statement))) {
                long started = System.nanoTime();
                store.schema(statement);
                created = true;
                if (PROFILE) {
                    System.err.printf("schema: %s %d ms%n", name(statement), (System.nanoTime() - started) / 1_000_000);
                }
            }
        }
        if (created) {
            store.read("CALL db.awaitIndexes(300)", java.util.Map.of());
        }
    }

    /** The name a CREATE CONSTRAINT/INDEX statement gives: its fourth word ("CREATE CONSTRAINT actor_key IF ..."). */
    static String name(String statement) {
        String[] words = statement.trim().split("\\s+");
        int i = words[1].equalsIgnoreCase("FULLTEXT") || words[1].equalsIgnoreCase("TEXT")
                || words[1].equalsIgnoreCase("RANGE") || words[1].equalsIgnoreCase("POINT") ? 3 : 2;
        return words[i];
    }

    /** The statements of the schema file, comments dropped. */
    public static List<String> statements() {
        String text;
        try (InputStream in = Schema.class.getResourceAsStream("/cypher/schema.cypher")) {
            if (in == null) {
                throw new IllegalStateException("cypher/schema.cypher is missing from the classpath; rebuild the project");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder current = new StringBuilder();
        List<String> statements = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(trimmed).append(' ');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().trim().replaceAll(";$", ""));
                current.setLength(0);
            }
        }
        return statements;
    }
}
