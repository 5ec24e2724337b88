package io.actorgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.actorgraph.input.InputProblem;
import io.actorgraph.statement.StatementReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The rule for article ids: one in Java, the same in the statements schema, ids a URL can carry back. */
class ArticleIdTest {

    @TempDir
    Path dir;

    @Test
    void theSchemaStatesTheSameRule() throws IOException {
        JsonNode id = JsonMapper.builder().build().readTree(Files.readString(Path.of("actorgraph-core/src/main/resources/statements.schema.json")))
                .path("properties").path("article").path("properties").path("id");
        assertThat(id.path("pattern").asString()).isEqualTo(ArticleId.PATTERN);
        assertThat(id.path("maxLength").asInt()).isEqualTo(ArticleId.MAX_LENGTH);
    }

    @Test
    void idsAUrlCanCarryBackAreGood() {
        for (String id : new String[] {"harbour-talks", "baku-summit-2025", "Hafen Gespräche (2025), Teil 1", "報道-17",
                "post-3f2a9c0d1e4b", "a", "a..b", "100%", "what? why#", "x".repeat(ArticleId.MAX_LENGTH)}) {
            assertThat(ArticleId.problem(id)).as(id).isEmpty();
        }
    }

    @Test
    void idsThatCannotBeFetchedBackAreRefusedWithTheReason() {
        assertThat(ArticleId.problem("x".repeat(600))).get().asString().contains("600 characters").contains("at most 200");
        for (String id : new String[] {"../../etc/passwd", "reports/2025", "a\\b", ".hidden", ".", "..", "a;b", "tab\there",
                "nul\u0000", "\u202Eevil", "zero\u200Bwidth", "bom\uFEFF", "line\u2028break"}) {
            assertThat(ArticleId.problem(id)).as(id).get().asString().contains("cannot be an id");
        }
        // the message shows what is invisible
        assertThat(ArticleId.problem("\u202Eevil")).get().asString().contains("\\u202E");
        assertThat(ArticleId.problem(" ")).get().asString().contains("empty");
    }

    @Test
    void aStatementFileWithABadIdIsRefusedByTheSchema() throws IOException {
        String text = Files.readString(Path.of("actorgraph-core/src/test/resources/statements/border-report.json"), StandardCharsets.UTF_8)
                .replace("\"id\": \"border-report\"", "\"id\": \"../../etc/passwd\"");
        Path file = dir.resolve("bad-id.json");
        Files.writeString(file, text);
        assertThatThrownBy(() -> new StatementReader().read(file)).isInstanceOf(InputProblem.class)
                .hasMessageContaining("/article/id");
    }
}
