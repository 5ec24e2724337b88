package io.actorgraph.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Relation} is where a relation is added; the code derives its Cypher from it. The files
 * that people read or paste name the relations too, and this test holds each of them to the enum:
 * a new relation fails here, once per place still to change, and then needs only its data (lexicon
 * rows in extract/relations.tsv, fixtures).
 */
class RelationEverywhereTest {

    private static final List<String> NAMES = Arrays.stream(Relation.values()).map(Enum::name).toList();

    @Test
    void theStatementsSchemaEnumeratesEveryRelation() throws IOException {
        JsonNode schema = JsonMapper.builder().build().readTree(read("actorgraph-core/src/main/resources/statements.schema.json"));
        List<String> enumerated = StreamSupport.stream(schema.path("$defs").path("relation").path("enum").spliterator(), false)
                .map(JsonNode::asString).toList();
        assertThat(enumerated).as("$defs/relation/enum of statements.schema.json").containsExactlyElementsOf(NAMES);
    }

    @Test
    void theSchemaFileHasAKeyConstraintPerRelation() throws IOException {
        Matcher m = Pattern.compile("CREATE CONSTRAINT (\\w+) IF NOT EXISTS FOR \\(\\)-\\[r:(\\w+)]-\\(\\) REQUIRE r\\.key IS UNIQUE")
                .matcher(read("cypher/schema.cypher"));
        Map<String, String> constraints = new LinkedHashMap<>();
        while (m.find()) {
            constraints.put(m.group(2), m.group(1));
        }
        assertThat(constraints.keySet()).as("relationship key constraints in cypher/schema.cypher")
                .containsExactlyInAnyOrderElementsOf(NAMES);
        constraints.forEach((relation, name) -> assertThat(name).isEqualTo(relation.toLowerCase() + "_key"));
    }

    @Test
    void theQueriesThatWalkEveryFactNameEveryRelation() throws IOException {
        for (String file : List.of("cypher/queries/neighbourhood.cypher", "cypher/queries/connection.cypher")) {
            Matcher m = Pattern.compile("\\[:([A-Z_|]+)\\*").matcher(read(file));
            assertThat(m.find()).as(file + " walks a list of relationship types").isTrue();
            assertThat(List.of(m.group(1).split("\\|"))).as("the relation list of " + file).containsExactlyElementsOf(NAMES);
        }
    }

    @Test
    void theGraphViewColoursAndFiltersEveryRelation() throws IOException {
        String js = read("actorgraph-app/src/main/resources/static/app.js");
        Matcher block = Pattern.compile("const RELATIONS = \\{(.*?)};", Pattern.DOTALL).matcher(js);
        assertThat(block.find()).as("app.js's RELATIONS table").isTrue();
        Matcher entry = Pattern.compile("(\\w+): \\{ color: '(#[0-9a-f]{6})', symmetric: (true|false) }").matcher(block.group(1));
        List<String> names = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        while (entry.find()) {
            names.add(entry.group(1));
            colours.add(entry.group(2));
            Relation relation = Relation.valueOf(entry.group(1));
            assertThat(Boolean.parseBoolean(entry.group(3))).as("symmetric flag of " + relation + " in app.js")
                    .isEqualTo(relation.symmetric());
        }
        // the relation filter lists the keys of this table, in this order
        assertThat(names).as("relations in app.js's RELATIONS (colours and the relation filter)").containsExactlyElementsOf(NAMES);
        assertThat(colours).as("one colour per relation").doesNotHaveDuplicates();
    }

    @Test
    void theExtractionLexiconNamesOnlyRelations() throws IOException {
        for (String line : read("actorgraph-core/src/main/resources/extract/relations.tsv").lines().toList()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                assertThat(NAMES).as("relation of lexicon row: " + line).contains(line.split("\t")[0]);
            }
        }
    }

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file));
    }
}
