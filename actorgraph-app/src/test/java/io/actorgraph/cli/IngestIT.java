package io.actorgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** `ingest` end to end through the real command line: articles in every accepted form, bad ones among them. */
class IngestIT {

    private static final Path FIXTURES = Path.of("actorgraph-core/src/test/resources/fixtures");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;

    static Path db;
    static Path articles;
    static Cli.Run first;

    @BeforeAll
    static void ingestAFolderWithBadFilesAmongGoodOnes() throws Exception {
        db = dir.resolve("db");
        articles = dir.resolve("articles");
        Files.createDirectories(articles.resolve("more"));
        Files.copy(FIXTURES.resolve("kenya-uganda-rail.json"), articles.resolve("kenya-uganda-rail.json"));
        // the same kind of article as plain text, and two more as JSON Lines
        JsonNode chile = JSON.readTree(FIXTURES.resolve("chile-peru-lithium.json").toFile());
        Files.writeString(articles.resolve("more/chile-peru-lithium.txt"), chile.get("text").asString());
        String line1 = JSON.writeValueAsString(JSON.readTree(FIXTURES.resolve("drc-kivu-fighting.json").toFile()));
        String line2 = JSON.writeValueAsString(JSON.readTree(FIXTURES.resolve("mexico-canada-steel.json").toFile()));
        Files.writeString(articles.resolve("more/batch.jsonl"), line1 + "\n{\"id\": \"broken\", \"text\": \n" + line2 + "\n");
        Files.writeString(articles.resolve("empty.txt"), "");
        Files.write(articles.resolve("binary.json"), new byte[] {0x7b, 0x00, 0x10, 0x7f, 0x00});
        Files.writeString(articles.resolve("german.txt"), "Die Außenminister von Chile und Peru trafen sich am "
                + "Dienstag in Lima, um das Abkommen über Lithium zu besprechen, das im vergangenen Jahr von beiden "
                + "Regierungen unterzeichnet wurde, wie das Ministerium mitteilte.", StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("notes.md"), "not an article: ignored by its ending");
        // ids that could not be fetched back over HTTP: one given, one from a file name
        String english = "The foreign ministers of Chile and Peru met in Lima on Tuesday to discuss the lithium agreement"
                + " that both governments signed last year, the ministry said.";
        Files.writeString(articles.resolve("bad-id.json"), JSON.writeValueAsString(java.util.Map.of("id", "../../etc/passwd",
                "text", english)));
        Files.writeString(articles.resolve("minutes;draft.txt"), english);
        first = Cli.run("ingest", "--db", db.toString(), articles.toString());
    }

    @Test
    void everyBadInputGetsOneLineAndTheGoodOnesLoad() {
        assertThat(first.exit()).isEqualTo(ExitCodes.SOME_FAILED);
        List<String> errors = first.errLines();
        assertThat(errors).anyMatch(l -> l.contains("empty.txt") && l.contains("empty"))
                .anyMatch(l -> l.contains("binary.json") && l.contains("binary"))
                .anyMatch(l -> l.contains("german.txt") && l.contains("English"))
                .anyMatch(l -> l.contains("batch.jsonl:2") && l.contains("broken JSON"))
                .anyMatch(l -> l.contains("bad-id.json") && l.contains("../../etc/passwd") && l.contains("cannot be an id"))
                .anyMatch(l -> l.contains("minutes;draft.txt") && l.contains("cannot be an id"))
                .noneMatch(l -> l.contains("notes.md"))
                .noneMatch(l -> l.contains("Exception") || l.startsWith("\tat "));
        assertThat(first.outLines()).anyMatch(l -> l.startsWith("ingested kenya-uganda-rail"))
                .anyMatch(l -> l.startsWith("ingested chile-peru-lithium"))
                .anyMatch(l -> l.startsWith("ingested drc-kivu-fighting"))
                .anyMatch(l -> l.startsWith("ingested mexico-canada-steel"));
    }

    @Test
    void ingestedArticlesAnswerWithEvidenceQuotedFromThem() throws Exception {
        Cli.Run ask = Cli.run("ask", "--db", db.toString(), "--json", "who signed with Uganda", "who holds office in Peru");
        assertThat(ask.exit()).as(ask.err()).isZero();
        for (String line : ask.outLines()) {
            JsonNode answer = JSON.readTree(line);
            assertThat(answer.get("answers").size()).as(line).isPositive();
            for (JsonNode item : answer.get("answers")) {
                for (JsonNode evidence : item.get("evidence")) {
                    String article = evidence.get("article").asString();
                    String text = article.equals("chile-peru-lithium")
                            ? Files.readString(articles.resolve("more/chile-peru-lithium.txt"))
                            : JSON.readTree(FIXTURES.resolve(article + ".json").toFile()).get("text").asString();
                    String sentence = evidence.get("sentence").asString();
                    assertThat(text).contains(sentence);
                    assertThat(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt())).isEqualTo(sentence);
                }
            }
        }
    }

    @Test
    void ingestingAgainReplacesAndDuplicatesNothing() throws Exception {
        Cli.Run before = Cli.run("ask", "--db", db.toString(), "--json", "who signed with Uganda");
        Cli.Run again = Cli.run("ingest", "--db", db.toString(), FIXTURES.resolve("kenya-uganda-rail.json").toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("(replaced)");
        Cli.Run after = Cli.run("ask", "--db", db.toString(), "--json", "who signed with Uganda");
        assertThat(after.out()).isEqualTo(before.out());
    }
}
