package io.actorgraph.tools.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives the extractor's CAMEO trigger words and Phoenix armed groups and organisations from
 * PETRARCH2's dictionaries (openeventdata/petrarch2, MIT licence). Rerunnable; the build never
 * needs the PETRARCH2 files, only the data files this writes.
 *
 * <pre>
 * tools/petrarch/import.sh PETRARCH_DIR [--exclude-names FILE]... [--candidates]
 * </pre>
 *
 * PETRARCH_DIR holds CAMEO.2.0.txt, Phoenix.MilNonState.actors.txt, Phoenix.International.actors.txt
 * and Phoenix.agents.txt (petrarch2/data/dictionaries/ of the repository). Every entry whose name
 * occurs in a file given with --exclude-names is dropped (the seed article: no name of it may
 * reach src/main). --candidates prints every candidate before the exclusions, to review them.
 */
public final class PetrarchImport {

    private PetrarchImport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: PetrarchImport PETRARCH_DIR [--exclude-names FILE]... [--candidates] [--project DIR]");
            System.exit(2);
        }
        Path petrarch = Path.of(args[0]);
        List<Path> excludeNames = new ArrayList<>();
        boolean candidates = false;
        Path project = Path.of(".");
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--exclude-names" -> excludeNames.add(Path.of(args[++i]));
                case "--candidates" -> candidates = true;
                case "--project" -> project = Path.of(args[++i]);
                default -> {
                    System.err.println("PetrarchImport: unknown argument " + args[i]);
                    System.exit(2);
                }
            }
        }
        for (String f : List.of("CAMEO.2.0.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.International.actors.txt",
                "Phoenix.agents.txt")) {
            if (!Files.isRegularFile(petrarch.resolve(f))) {
                System.err.println("PetrarchImport: " + petrarch.resolve(f) + " is missing; give the folder petrarch2/data/dictionaries");
                System.exit(2);
            }
        }
        Path tools = project.resolve("tools/petrarch");
        Map<String, String> codes = new LinkedHashMap<>();
        for (String[] row : ToolTsv.read(tools.resolve("cameo-relations.tsv"))) {
            codes.put(row[0], row[1]);
        }
        Map<String, Set<String>> settings = new LinkedHashMap<>();
        for (String[] row : ToolTsv.read(tools.resolve("settings.tsv"))) {
            settings.put(row[0], new LinkedHashSet<>(List.of(row[1].split("\\|"))));
        }
        CameoDictionary dict = CameoDictionary.read(petrarch.resolve("CAMEO.2.0.txt"));
        Set<String> lightVerbs = ProjectLexicons.wordClass(project, "light-verb");
        CameoTriggers triggers = new CameoTriggers(dict, codes, settings, lightVerbs);
        Map<String, CameoTriggers.Trigger> found = triggers.candidates();
        if (candidates) {
            for (CameoTriggers.Trigger t : found.values()) {
                System.out.println(String.join("\t", t.lemma(), t.pos(), t.relation(), t.cameo(), t.source()));
            }
            return;
        }
        writeTriggers(project, tools, found);
        writeGroups(project, petrarch, settings, excludeNames);
    }

    private static void writeGroups(Path project, Path petrarch, Map<String, Set<String>> settings, List<Path> excludeNames)
            throws IOException {
        Set<String> excludedNames = new LinkedHashSet<>();
        for (String[] row : ToolTsv.read(project.resolve("tools/petrarch/exclusions.tsv"))) {
            if (row[1].equals("group")) {
                excludedNames.add(io.actorgraph.extract.lexicon.Fold.phrase(row[0]));
            }
        }
        List<String> texts = new ArrayList<>();
        for (Path p : excludeNames) {
            texts.add(" " + io.actorgraph.resolve.Names.normalize(Files.readString(p, StandardCharsets.UTF_8)) + " ");
        }
        String stop = String.join(" ", settings.get("phoenix-groups-stop"));
        List<PhoenixActors.Entry> entries = PhoenixActors.read(petrarch.resolve("Phoenix.MilNonState.actors.txt"), stop);
        PhoenixGroups groups = new PhoenixGroups(settings, ProjectLexicons.world(project), excludedNames, texts);
        List<PhoenixGroups.Row> rows = groups.rows(entries);
        rows.sort((a, b) -> sortKey(a.name()).compareTo(sortKey(b.name())));
        StringBuilder out = new StringBuilder("# name\ttype\taliases\tcountry\tkind\tphoenix\n");
        out.append(LICENCE_LINES.formatted("Phoenix.MilNonState.actors.txt (names from the START TOPS database)",
                "Copyright (c) 2014 Open Event Data"));
        out.append("""
                # Armed groups and their spellings, read like organisations.tsv. A row whose name is a row of
                # organisations.tsv adds its aliases to that row (two spellings of one group are one actor);
                # the others are groups organisations.tsv lacks. phoenix: the group's Phoenix actor code.
                # No person names: a spelling is kept only with a group word (settings.tsv group-words).
                """);
        for (PhoenixGroups.Row r : rows) {
            out.append(String.join("\t", r.name(), r.type(), String.join("|", r.aliases()), r.country(), r.kind(), r.code()))
                    .append('\n');
        }
        Path file = ProjectLexicons.resources(project).resolve("lexicon/organisations-phoenix.tsv");
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        groups.report.forEach(r -> System.err.println("PetrarchImport: groups: " + r));
        System.err.println("PetrarchImport: " + rows.size() + " groups to " + file + " ("
                + rows.stream().filter(PhoenixGroups.Row::merged).count() + " add spellings to organisations.tsv rows)");
    }

    /** The lexicon README's order: case-insensitive with diacritics ignored. */
    static String sortKey(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** The MIT licence of PETRARCH2 as the derived files' headers name it. */
    static final String LICENCE_LINES = """
            # Derived from PETRARCH2 (https://github.com/openeventdata/petrarch2), petrarch2/data/dictionaries/%s,
            # by tools/petrarch/import.sh (io.actorgraph.tools.petrarch.PetrarchImport). Do not edit by hand: change
            # tools/petrarch/*.tsv and rerun the importer. PETRARCH2 is under the MIT License,
            # %s; permission is granted to use, copy, modify, merge,
            # publish and distribute it, provided the copyright notice and permission notice are kept (see
            # src/main/resources/lexicon/README.md, "Sources and licences").
            """;

    private static void writeTriggers(Path project, Path tools, Map<String, CameoTriggers.Trigger> found) throws IOException {
        Map<String, String> excluded = new LinkedHashMap<>();
        for (String[] row : ToolTsv.read(tools.resolve("exclusions.tsv"))) {
            excluded.put(row[0] + "\t" + row[1] + "\t" + row[2], row[3]);
        }
        Map<String, Set<String>> handWritten = ProjectLexicons.relationWords(project);
        List<String> rows = new ArrayList<>();
        int dropped = 0;
        int clashes = 0;
        for (CameoTriggers.Trigger t : found.values()) {
            if (excluded.containsKey(t.key())) {
                dropped++;
                continue;
            }
            Set<String> relations = handWritten.getOrDefault(t.lemma() + "\t" + t.pos(), Set.of());
            if (!relations.isEmpty() && !relations.contains(t.relation())) {
                System.err.println("PetrarchImport: skipped " + t.lemma() + " (" + t.pos() + ", " + t.relation()
                        + "): the project's relation files give it " + relations);
                clashes++;
                continue;
            }
            rows.add(String.join("\t", t.lemma(), t.pos(), t.relation(), t.cameo(), t.source()));
        }
        for (String key : excluded.keySet()) {
            if (!found.containsKey(key)) {
                System.err.println("PetrarchImport: exclusion " + key.replace('\t', ' ') + " matches no candidate (stale row?)");
            }
        }
        rows.sort((a, b) -> sortKey(a).compareTo(sortKey(b)));
        StringBuilder out = new StringBuilder("# lemma\tpos\trelation\tcameo\tsource\n");
        out.append(LICENCE_LINES.formatted("CAMEO.2.0.txt", "Copyright (c) 2015 Open Event Data Alliance"));
        out.append("""
                # Trigger words by CAMEO code: pos verb or noun take their relation's default frame (relation-frames.tsv);
                # pos thing is an object the relation's words take (@things in relations.tsv). cameo: the code the
                # dictionary gives the word; source: the verb block or pattern it came from (line in CAMEO.2.0.txt).
                """);
        rows.forEach(r -> out.append(r).append('\n'));
        Path file = ProjectLexicons.resources(project).resolve("extract/cameo-triggers.tsv");
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        System.err.println("PetrarchImport: " + rows.size() + " triggers to " + file + " (" + found.size() + " candidates, "
                + dropped + " excluded, " + clashes + " given another relation by hand)");
    }
}
