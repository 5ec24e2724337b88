package io.actorgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `extract --format table` through the real command line: the analysts' review view of an invented article. */
class ExtractTableIT {

    private static final String MEETING = "Norwenian Trade Minister Ilsa Varnen met Osric Dunmore, the chief executive of "
            + "the Dunmore Shipping Company, in Tallinn on Monday to discuss new ferry routes.";
    private static final String SIGNING = "Varnen and Dunmore signed a memorandum of understanding on the routes, "
            + "the ministry said.";

    @TempDir
    static Path dir;

    static Path article;
    static Cli.Run table;

    @BeforeAll
    static void extractAnInventedArticleAsATable() throws Exception {
        article = dir.resolve("ferry-talks.json");
        Files.writeString(article, "{\"id\": \"ferry-talks\", \"date\": \"2026-03-02\", \"text\": \"" + MEETING + "\\n" + SIGNING
                + "\\nThe company's shares rose 4 percent.\"}");
        table = Cli.run("extract", "--format", "table", article.toString());
    }

    private static List<String[]> facts(String relation) {
        return table.outLines().stream().map(l -> l.split("\t")).filter(c -> c[0].equals(relation)).toList();
    }

    @Test
    void everyFactIsOneLineWithItsSidesPolarityConfidenceAndWholeSentence() {
        assertThat(table.exit()).as(table.err()).isZero();
        List<String> lines = table.outLines();
        assertThat(lines.get(0)).startsWith("== ferry-talks (2026-03-02): ").endsWith(" facts");
        assertThat(lines.get(1).split("\t")).containsExactly("RELATION", "SUBJECT", "OBJECT", "POLARITY", "CONF", "EVIDENCE");
        assertThat(facts("MET_WITH")).anySatisfy(c -> {
            assertThat(List.of(c[1], c[2])).contains("Osric Dunmore");
            assertThat(c[3]).isEqualTo("asserted");
            assertThat(Double.parseDouble(c[4])).isBetween(0.0, 1.0);
            assertThat(c[5]).isEqualTo(MEETING); // piped: the whole sentence, never cut
        });
        assertThat(facts("SIGNED")).anySatisfy(c -> assertThat(c[5]).isEqualTo(SIGNING));
        // an office is part of the object: the body and the title
        assertThat(facts("HOLDS_OFFICE")).anySatisfy(c -> assertThat(List.of(c[1], c[2]))
                .containsExactly("Osric Dunmore", "Dunmore Shipping Company (chief executive)"));
        assertThat(lines.stream().skip(2)).allSatisfy(l -> assertThat(l.split("\t")).hasSize(6));
        // the heading counts the lines that follow it
        int count = Integer.parseInt(lines.get(0).replaceAll(".*: (\\d+) facts?$", "$1"));
        assertThat(lines).hasSize(count + 2);
    }

    @Test
    void jsonStaysTheDefaultAndAnUnknownFormatIsAUsageError() throws Exception {
        Cli.Run json = Cli.run("extract", article.toString());
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out().strip()).startsWith("{").contains("\"format\" : \"actorgraph-statements\"");

        Cli.Run bad = Cli.run("extract", "--format", "csv", article.toString());
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.errLines()).anyMatch(l -> l.contains("--format") && l.contains("json") && l.contains("table"))
                .noneMatch(l -> l.contains("Exception"));
        assertThat(Arrays.asList(bad.out().split("\n"))).allMatch(String::isBlank);
    }
}
