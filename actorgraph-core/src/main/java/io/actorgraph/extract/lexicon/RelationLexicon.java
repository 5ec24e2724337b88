package io.actorgraph.extract.lexicon;

import io.actorgraph.model.Relation;
import io.actorgraph.resolve.Tsv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The verb and noun lexicon per relation. Each relation declares once, in
 * {@code extract/relation-frames.tsv}, where its sides sit around a verb and around a noun and
 * which things its words take as objects; {@code extract/cameo-triggers.tsv} (derived from
 * PETRARCH2's CAMEO dictionary) adds words with their CAMEO code that take those default frames;
 * {@code extract/relations.tsv} lists the words whose sides sit elsewhere or that need a
 * condition. A row that breaks these rules stops the extractor at start-up, naming file and line.
 */
public final class RelationLexicon {

    public static final String FRAMES = "/extract/relation-frames.tsv";
    public static final String RESOURCE = "/extract/relations.tsv";
    public static final String CAMEO = "/extract/cameo-triggers.tsv";

    private static final String THINGS = "@things";

    private record FrameKey(Relation relation, boolean noun) {
    }

    private final Map<FrameKey, Map<String, RelationRule.Role>> frames = new LinkedHashMap<>();
    private final Map<Relation, Set<String>> things = new HashMap<>();
    private final Map<String, List<RelationRule>> verbs = new HashMap<>();
    private final Map<String, List<RelationRule>> nouns = new HashMap<>();
    private final Map<String, String> cameo = new HashMap<>();

    RelationLexicon(List<Tsv.Row> frameRows, List<Tsv.Row> relationRows, List<Tsv.Row> cameoRows) {
        readFrames(frameRows);
        List<Tsv.Row> derivedThings = new ArrayList<>();
        for (Tsv.Row row : cameoRows) {
            if (row.get("pos").equals("thing")) {
                derivedThings.add(row);
            }
        }
        for (Tsv.Row row : derivedThings) {
            String at = CAMEO + ":" + row.line();
            Relation relation = relation(row, at);
            code(row, at);
            things.computeIfAbsent(relation, k -> new LinkedHashSet<>()).add(lemma(row, at));
        }
        for (Tsv.Row row : relationRows) {
            String at = RESOURCE + ":" + row.line();
            Relation relation = relation(row, at);
            boolean noun = pos(row, at);
            Map<String, RelationRule.Role> args = row.get("args").isEmpty()
                    ? frame(relation, noun, at) : args(row.get("args"), at);
            add(new RelationRule(relation, noun, lemmas(row, at), args, requires(row.get("requires"), relation, at)));
        }
        readDerived(cameoRows);
    }

    public static RelationLexicon load() {
        return new RelationLexicon(Tsv.readResource(FRAMES), Tsv.readResource(RESOURCE), Tsv.readResource(CAMEO));
    }

    public List<RelationRule> verbRules(String lemma) {
        return verbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    public List<RelationRule> nounRules(String lemmaOrWord) {
        return nouns.getOrDefault(lemmaOrWord.toLowerCase(Locale.ROOT), List.of());
    }

    /** The CAMEO code PETRARCH2's dictionary gives a word for a relation ("kill" as STRUCK: 190), if it lists it. */
    public Optional<String> cameo(String lemma, boolean noun, Relation relation) {
        return Optional.ofNullable(cameo.get(key(lemma, noun ? "noun" : "verb", relation)));
    }

    /** What a relation's words take as objects: what is signed or agreed, what is fired. */
    public Set<String> things(Relation relation) {
        return things.getOrDefault(relation, Set.of());
    }

    // ---------------------------------------------------------------- the three files

    private void readFrames(List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            String at = FRAMES + ":" + row.line();
            Relation relation = relation(row, at);
            boolean noun = pos(row, at);
            FrameKey key = new FrameKey(relation, noun);
            if (frames.containsKey(key)) {
                throw new IllegalStateException(at + ": a second " + (noun ? "noun" : "verb") + " frame for " + relation);
            }
            Map<String, RelationRule.Role> args = args(row.get("args"), at);
            frames.put(key, args);
            for (String t : row.list("things")) {
                things.computeIfAbsent(relation, k -> new LinkedHashSet<>()).add(t.toLowerCase(Locale.ROOT));
            }
            if (!row.get("lemmas").isEmpty()) {
                add(new RelationRule(relation, noun, lemmas(row, at), args, Map.of()));
            }
        }
    }

    /**
     * Derived words take their relation's default frame. A word the hand-written files already give
     * the same relation only gets its code; one they give another relation is a conflict to settle
     * in the importer's exclusion list, never silently.
     */
    private void readDerived(List<Tsv.Row> rows) {
        Map<FrameKey, Set<String>> fresh = new LinkedHashMap<>();
        for (Tsv.Row row : rows) {
            String at = CAMEO + ":" + row.line();
            if (row.get("pos").equals("thing")) {
                continue;
            }
            Relation relation = relation(row, at);
            boolean noun = pos(row, at);
            String lemma = lemma(row, at);
            String code = code(row, at);
            frame(relation, noun, at);
            List<RelationRule> existing = noun ? nounRules(lemma) : verbRules(lemma);
            boolean same = existing.stream().anyMatch(r -> r.relation() == relation);
            if (!same && !existing.isEmpty()) {
                throw new IllegalStateException(at + ": \"" + lemma + "\" is a " + (noun ? "noun" : "verb") + " of "
                        + existing.get(0).relation() + " in " + RESOURCE + " or " + FRAMES
                        + "; exclude it from " + relation + " in tools/petrarch/exclusions.tsv and rerun the importer");
            }
            cameo.put(key(lemma, noun ? "noun" : "verb", relation), code);
            if (!same) {
                fresh.computeIfAbsent(new FrameKey(relation, noun), k -> new LinkedHashSet<>()).add(lemma);
            }
        }
        for (Map.Entry<FrameKey, Set<String>> e : fresh.entrySet()) {
            add(new RelationRule(e.getKey().relation(), e.getKey().noun(), e.getValue(), frames.get(e.getKey()), Map.of()));
        }
    }

    private void add(RelationRule rule) {
        for (String lemma : rule.lemmas()) {
            (rule.noun() ? nouns : verbs).computeIfAbsent(lemma, k -> new ArrayList<>()).add(rule);
        }
    }

    // ---------------------------------------------------------------- cells

    private Map<String, RelationRule.Role> frame(Relation relation, boolean noun, String at) {
        Map<String, RelationRule.Role> f = frames.get(new FrameKey(relation, noun));
        if (f == null) {
            throw new IllegalStateException(at + ": " + relation + " has no " + (noun ? "noun" : "verb") + " frame in " + FRAMES);
        }
        return f;
    }

    private static Relation relation(Tsv.Row row, String at) {
        return Relation.parse(row.get("relation"))
                .orElseThrow(() -> new IllegalStateException(at + ": unknown relation \"" + row.get("relation") + "\""));
    }

    private static boolean pos(Tsv.Row row, String at) {
        return switch (row.get("pos")) {
            case "noun" -> true;
            case "verb" -> false;
            default -> throw new IllegalStateException(at + ": pos must be verb or noun, not \"" + row.get("pos") + "\"");
        };
    }

    private static String lemma(Tsv.Row row, String at) {
        String lemma = row.get("lemma").toLowerCase(Locale.ROOT);
        if (lemma.isEmpty() || lemma.contains(" ") || lemma.contains("|")) {
            throw new IllegalStateException(at + ": one lemma per row, got \"" + row.get("lemma") + "\"");
        }
        return lemma;
    }

    private static String code(Tsv.Row row, String at) {
        String code = row.get("cameo");
        if (!code.matches("\\d{2,4}")) {
            throw new IllegalStateException(at + ": the CAMEO code must be 2 to 4 digits, not \"" + code + "\"");
        }
        return code;
    }

    private static Set<String> lemmas(Tsv.Row row, String at) {
        Set<String> lemmas = new LinkedHashSet<>();
        row.list("lemmas").forEach(l -> lemmas.add(l.toLowerCase(Locale.ROOT)));
        if (lemmas.isEmpty()) {
            throw new IllegalStateException(at + ": no lemmas");
        }
        return lemmas;
    }

    private static Map<String, RelationRule.Role> args(String cell, String at) {
        Map<String, RelationRule.Role> args = new LinkedHashMap<>();
        for (String item : cell.split(";")) {
            String[] kv = item.trim().split("=");
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalStateException(at + ": argument \"" + item + "\" is not DEP=ROLE");
            }
            try {
                args.put(kv[0].trim(), RelationRule.Role.valueOf(kv[1].trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(at + ": unknown role \"" + kv[1] + "\"");
            }
        }
        return args;
    }

    private Map<String, Set<String>> requires(String cell, Relation relation, String at) {
        Map<String, Set<String>> requires = new LinkedHashMap<>();
        if (cell.isEmpty()) {
            return requires;
        }
        for (String item : cell.split(";")) {
            String[] kv = item.trim().split("=");
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new IllegalStateException(at + ": requirement \"" + item + "\" is not DEP=LEMMA|LEMMA");
            }
            Set<String> values = new LinkedHashSet<>();
            for (String v : kv[1].split("\\|")) {
                String value = v.trim().toLowerCase(Locale.ROOT);
                if (value.equals(THINGS)) {
                    if (things(relation).isEmpty()) {
                        throw new IllegalStateException(at + ": " + THINGS + " but " + relation + " declares no things in " + FRAMES);
                    }
                    values.addAll(things(relation));
                } else {
                    values.add(value);
                }
            }
            requires.put(kv[0].trim(), values);
        }
        return requires;
    }

    private static String key(String lemma, String pos, Relation relation) {
        return lemma.toLowerCase(Locale.ROOT) + "\t" + pos + "\t" + relation.name();
    }
}
