package io.actorgraph.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.actorgraph.resolve.Names;
import io.actorgraph.resolve.Tsv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of lexicon/README.md on the shipped organisation files: one owner per string, sorted rows, no seed names. */
class LexiconRulesTest {

    private static final List<String> ORG_FILES = List.of(WorldLexicon.ORGANISATIONS, WorldLexicon.PHOENIX);

    @Test
    void everyStringBelongsToOneStateOrOrganisation() {
        Map<String, String> owner = new HashMap<>();
        for (Tsv.Row row : Tsv.readResource("/lexicon/countries.tsv")) {
            for (String column : List.of("name", "variants", "demonyms", "government_words", "capital", "capital_variants", "cities")) {
                for (String s : row.list(column)) {
                    owner.putIfAbsent(Fold.phrase(s), "state " + row.get("code"));
                }
            }
        }
        List<String> shared = new ArrayList<>();
        for (String file : ORG_FILES) {
            for (Tsv.Row row : Tsv.readResource(file)) {
                List<String> strings = new ArrayList<>(row.list("aliases"));
                strings.add(0, row.get("name"));
                for (String s : strings) {
                    String was = owner.putIfAbsent(Fold.phrase(s), "organisation " + row.get("name"));
                    if (was != null && !was.equals("organisation " + row.get("name"))) {
                        shared.add(file + ":" + row.line() + " \"" + s + "\" is also " + was);
                    }
                }
            }
        }
        assertThat(shared).isEmpty();
    }

    @Test
    void rowsAreSortedByNameFoldedAsTheReadmeSays() {
        for (String file : List.of(WorldLexicon.ORGANISATIONS, WorldLexicon.PHOENIX)) {
            String previous = "";
            for (Tsv.Row row : Tsv.readResource(file)) {
                String key = sortKey(row.get("name"));
                assertThat(key).as("%s:%d is out of order", file, row.line()).isGreaterThanOrEqualTo(previous);
                previous = key;
            }
        }
    }

    /** Case-insensitive with diacritics ignored, as the README says; punctuation counts. */
    static String sortKey(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void noNameOfTheSeedArticleIsInTheDerivedGroups() throws IOException {
        Path seed = Path.of("../shared/seed/baku-meeting.txt");
        assumeTrue(Files.exists(seed), "the seed article is not next to this clone");
        String text = " " + Names.normalize(Files.readString(seed, StandardCharsets.UTF_8)) + " ";
        for (Tsv.Row row : Tsv.readResource(WorldLexicon.PHOENIX)) {
            List<String> strings = new ArrayList<>(row.list("aliases"));
            strings.add(row.get("name"));
            for (String s : strings) {
                assertThat(text).as("%s:%d", WorldLexicon.PHOENIX, row.line()).doesNotContain(" " + Names.normalize(s) + " ");
            }
        }
    }
}
