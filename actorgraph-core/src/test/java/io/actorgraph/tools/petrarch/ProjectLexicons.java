package io.actorgraph.tools.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The project's own lexicon files as the importer reads them (to agree with them, never to change them). */
final class ProjectLexicons {

    private ProjectLexicons() {
    }

    static Path resources(Path project) {
        return project.resolve("actorgraph-core/src/main/resources");
    }

    /** A word class of {@code extract/words.tsv}. */
    static Set<String> wordClass(Path project, String category) throws IOException {
        for (String line : Files.readAllLines(resources(project).resolve("extract/words.tsv"), StandardCharsets.UTF_8)) {
            String[] cells = line.split("\t");
            if (!line.startsWith("#") && cells.length == 2 && cells[0].equals(category)) {
                return new LinkedHashSet<>(List.of(cells[1].split("\\|")));
            }
        }
        throw new IOException("word class " + category + " is missing from extract/words.tsv");
    }

    /** "lemma TAB pos" to the relations the hand-written relation files give it. */
    static Map<String, Set<String>> relationWords(Path project) throws IOException {
        Map<String, Set<String>> out = new HashMap<>();
        for (String file : List.of("extract/relation-frames.tsv", "extract/relations.tsv")) {
            for (String line : Files.readAllLines(resources(project).resolve(file), StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t", -1);
                if (line.startsWith("#") || cells.length < 3) {
                    continue;
                }
                for (String lemma : cells[2].split("\\|")) {
                    if (!lemma.isEmpty()) {
                        out.computeIfAbsent(lemma + "\t" + cells[1], k -> new LinkedHashSet<>()).add(cells[0]);
                    }
                }
            }
        }
        return out;
    }

    /** The body a lexicon string belongs to: a state (kind "state") or an organisation row. */
    record Owner(String name, String type, String country, String kind) {
        boolean armed() {
            return kind.equals("armed-group") || kind.equals("militia");
        }
    }

    /** Every string of countries.tsv and organisations.tsv in folded form, with its owner. */
    record World(Map<String, Owner> owners, Set<String> countryCodes) {
        Owner owner(String phrase) {
            return owners.get(io.actorgraph.extract.lexicon.Fold.phrase(phrase));
        }
    }

    static World world(Path project) throws IOException {
        Map<String, Owner> owners = new HashMap<>();
        Set<String> codes = new LinkedHashSet<>();
        for (String[] c : rows(project, "lexicon/countries.tsv")) {
            codes.add(c[0]);
            Owner state = new Owner(c[1], "State", c[0], "state");
            for (int i = 1; i < c.length; i++) {
                for (String v : c[i].split("\\|")) {
                    if (!v.isBlank()) {
                        owners.put(io.actorgraph.extract.lexicon.Fold.phrase(v), state);
                    }
                }
            }
        }
        for (String[] c : rows(project, "lexicon/organisations.tsv")) {
            Owner org = new Owner(c[0], c[1], c[3], c[4]);
            owners.put(io.actorgraph.extract.lexicon.Fold.phrase(c[0]), org);
            for (String v : c[2].split("\\|")) {
                if (!v.isBlank()) {
                    owners.put(io.actorgraph.extract.lexicon.Fold.phrase(v), org);
                }
            }
        }
        return new World(owners, codes);
    }

    private static List<String[]> rows(Path project, String file) throws IOException {
        List<String[]> out = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(resources(project).resolve(file), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }
}
