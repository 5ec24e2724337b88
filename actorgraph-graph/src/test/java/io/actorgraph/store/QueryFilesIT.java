package io.actorgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.TestGraphs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of cypher/queries runs as an analyst would run it in Neo4j Browser: with the
 * parameters its header sets with {@code :param}, on a loaded store, and returns rows.
 */
class QueryFilesIT {

    private static final Pattern PARAM = Pattern.compile(":param (\\w+) => ('[^']*'|\\S+)");

    @TempDir
    static Path dir;

    static EmbeddedStore store;

    @BeforeAll
    static void load() {
        store = TestGraphs.open(dir.resolve("db"));
        TestGraphs.load(store, "harbour-talks.json", "border-report.json");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Path> files() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("cypher/queries"))) {
            files = list.filter(p -> p.toString().endsWith(".cypher")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(6);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void runsWithTheParametersItsHeaderSets(Path file) throws IOException {
        String text = Files.readString(file);
        Map<String, Object> params = new HashMap<>();
        for (String line : text.lines().filter(l -> l.startsWith("//")).toList()) {
            Matcher m = PARAM.matcher(line);
            while (m.find()) {
                params.put(m.group(1), value(m.group(2)));
            }
        }
        if (file.getFileName().toString().equals("fact-evidence.cypher")) {
            // the example key in the header is illustrative: take the real key of that fact
            params.put("key", store.read("""
                    MATCH (:Actor {key: $from})-[r:SIGNED]-(:Actor {key: $to}) RETURN r.key AS key""", params)
                    .get(0).get("key"));
        }
        for (String used : usedParameters(text)) {
            assertThat(params).as(file + " sets $" + used + " in its header").containsKey(used);
        }
        String query = text.strip().replaceAll(";$", "");
        List<Map<String, Object>> rows = store.read(query, params);
        assertThat(rows).as(file + " returns rows on the test graph").isNotEmpty();
    }

    private static List<String> usedParameters(String text) {
        String code = String.join("\n", text.lines().filter(l -> !l.strip().startsWith("//")).toList());
        return Pattern.compile("\\$(\\w+)").matcher(code).results().map(r -> r.group(1)).distinct().toList();
    }

    private static Object value(String literal) {
        if (literal.startsWith("'")) {
            return literal.substring(1, literal.length() - 1);
        }
        if (literal.equals("true") || literal.equals("false")) {
            return Boolean.parseBoolean(literal);
        }
        return Long.parseLong(literal);
    }
}
