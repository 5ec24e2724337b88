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
import java.util.Set;

/** The verb and noun lexicon per relation, read from {@code extract/relations.tsv}. */
public final class RelationLexicon {

    public static final String RESOURCE = "/extract/relations.tsv";

    private final Map<String, List<RelationRule>> verbs = new HashMap<>();
    private final Map<String, List<RelationRule>> nouns = new HashMap<>();

    RelationLexicon(List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            String at = RESOURCE + ":" + row.line();
            Relation relation = Relation.parse(row.get("relation"))
                    .orElseThrow(() -> new IllegalStateException(at + ": unknown relation \"" + row.get("relation") + "\""));
            boolean noun = switch (row.get("pos")) {
                case "noun" -> true;
                case "verb" -> false;
                default -> throw new IllegalStateException(at + ": pos must be verb or noun");
            };
            Set<String> lemmas = new LinkedHashSet<>();
            row.list("lemmas").forEach(l -> lemmas.add(l.toLowerCase(Locale.ROOT)));
            Map<String, RelationRule.Role> args = new LinkedHashMap<>();
            for (String item : row.get("args").split(";")) {
                String[] kv = item.trim().split("=");
                if (kv.length != 2) {
                    throw new IllegalStateException(at + ": argument \"" + item + "\" is not DEP=ROLE");
                }
                try {
                    args.put(kv[0].trim(), RelationRule.Role.valueOf(kv[1].trim()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(at + ": unknown role \"" + kv[1] + "\"");
                }
            }
            Map<String, Set<String>> requires = new LinkedHashMap<>();
            String req = row.get("requires");
            if (!req.isEmpty()) {
                for (String item : req.split(";")) {
                    String[] kv = item.trim().split("=");
                    Set<String> values = new LinkedHashSet<>();
                    for (String v : kv[1].split("\\|")) {
                        values.add(v.trim().toLowerCase(Locale.ROOT));
                    }
                    requires.put(kv[0].trim(), values);
                }
            }
            RelationRule rule = new RelationRule(relation, noun, lemmas, args, requires);
            for (String lemma : lemmas) {
                (noun ? nouns : verbs).computeIfAbsent(lemma, k -> new ArrayList<>()).add(rule);
            }
        }
    }

    public List<RelationRule> verbRules(String lemma) {
        return verbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    public List<RelationRule> nounRules(String lemmaOrWord) {
        return nouns.getOrDefault(lemmaOrWord.toLowerCase(Locale.ROOT), List.of());
    }
}
