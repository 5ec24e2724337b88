package io.actorgraph.tools.petrarch;

import io.actorgraph.tools.petrarch.CameoDictionary.Code;
import io.actorgraph.tools.petrarch.CameoDictionary.Patt;
import io.actorgraph.tools.petrarch.CameoDictionary.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Trigger words by CAMEO code from the verb dictionary: the verbs of each block (with the
 * block's code or their own), the event nouns its patterns name after a support verb ("MOUNT *
 * ATTACK", "CARRY_OUT * {AIR RAID}") or inside a phrase ("DIE * (IN {DRONE STRIKE})"), and the
 * weapons its synonym sets and patterns name (a relation's "things": what is fired or launched).
 * Which codes state which of our relations is data ({@code cameo-relations.tsv}).
 */
final class CameoTriggers {

    /** One derived word: lemma, verb/noun/thing, our relation, the CAMEO code, where in the dictionary it came from. */
    record Trigger(String lemma, String pos, String relation, String cameo, String source) {
        String key() {
            return lemma + "\t" + pos + "\t" + relation;
        }
    }

    /** Prepositions whose object names the event itself: "killed (IN AIRSTRIKE)", "arrived (FOR TALKS)". */
    private static final Set<String> EVENT_PREPOSITIONS = Set.of("IN", "DURING", "AFTER", "FOR", "UNDER");

    private final CameoDictionary dict;
    private final Map<String, String> codeToRelation;
    private final Set<String> weaponSets;
    private final Set<String> propelVerbs;
    private final Set<String> supportVerbs;
    private final Set<String> nounRelations;
    private final Set<String> phraseRelations;
    private final Set<String> documentRelations;

    /**
     * @param supportVerbs lemmas of the verbs that carry a nominal event ("mount an attack"): the
     *        extractor's own {@code light-verb} class, so that a derived noun is one the extractor reads
     */
    CameoTriggers(CameoDictionary dict, Map<String, String> codeToRelation, Map<String, Set<String>> settings,
            Set<String> supportVerbs) {
        this.dict = dict;
        this.codeToRelation = codeToRelation;
        this.weaponSets = settings.get("weapon-sets");
        this.propelVerbs = settings.get("propel-verbs");
        this.nounRelations = settings.get("noun-relations");
        this.phraseRelations = settings.get("phrase-relations");
        this.documentRelations = settings.get("document-relations");
        this.supportVerbs = supportVerbs;
    }

    /** Our relation for a code by its longest listed prefix ("1712" is not "17", "194" is "19"). */
    String relation(String code) {
        String best = null;
        int len = 0;
        for (Map.Entry<String, String> e : codeToRelation.entrySet()) {
            if (code.startsWith(e.getKey()) && e.getKey().length() > len) {
                best = e.getValue();
                len = e.getKey().length();
            }
        }
        return best == null || best.equals("-") ? null : best;
    }

    /** Every candidate, first source kept per (lemma, pos, relation). */
    Map<String, Trigger> candidates() {
        Map<String, Trigger> out = new TreeMap<>();
        for (Verb v : dict.verbs) {
            if (v.phrasal() || v.code().primary().isEmpty()) {
                continue; // phrasal verbs need their particle, which the frame builder reads as "not force"
            }
            String rel = relation(v.code().primary());
            if (rel != null) {
                add(out, new Trigger(v.lemma(), "verb", rel, v.code().primary(), v.block() + " (line " + v.line() + ")"));
            }
        }
        for (Patt p : dict.patterns) {
            Code code = p.code();
            String rel = code.primary().isEmpty() ? null : relation(code.primary());
            String relAny = rel != null ? rel : code.secondary().isEmpty() ? null : relation(code.secondary());
            String cameo = rel != null ? code.primary() : code.secondary();
            if (relAny == null) {
                continue;
            }
            int star = p.tokens().indexOf("*");
            if (star < 0) {
                continue;
            }
            String source = "- " + p.text() + " [" + cameo + "] # " + p.verbComment() + " (line " + p.line() + ")";
            for (int i = star + 1; i < p.tokens().size(); i++) {
                String t = p.tokens().get(i);
                if (t.startsWith("(")) {
                    String[] inner = t.substring(1, t.length() - 1).trim().split("\\s+", 2);
                    if (inner.length == 2 && EVENT_PREPOSITIONS.contains(inner[0]) && phraseRelations.contains(relAny)) {
                        nouns(out, inner[1], relAny, cameo, source);
                    }
                    continue;
                }
                if (!t.matches("[&{A-Z].*") || t.matches("[A-Z]+") && isParticle(t)) {
                    break; // "$", "+", "^", or a bare preposition/particle ends the object
                }
                // what is fired or thrown is a weapon; the object of a support verb names the event;
                // the object of an event verb is its target (not a trigger)
                if (rel != null && propels(p)) {
                    things(out, t, rel, cameo, source, true);
                } else if (rel != null && supported(p)) {
                    nouns(out, t, rel, cameo, source);
                }
                break;
            }
        }
        for (String set : weaponSets) {
            for (String w : dict.synonyms.getOrDefault(set, List.of())) {
                if (!w.contains(" ") && w.matches("[a-z-]+")) {
                    add(out, new Trigger(w, "thing", "STRUCK", "19", "&" + set));
                }
            }
        }
        return out;
    }

    /** Whether the pattern's verb is a support verb: "CARRIED_OUT", "STAGE", "LAUNCH". */
    private boolean supported(Patt p) {
        for (String v : p.verbComment().split("[ ,]+")) {
            String first = v.split("_")[0].toLowerCase(Locale.ROOT);
            for (String lemma : List.of(first, first.replaceAll("ied$", "y"), first.replaceAll("ed$", ""),
                    first.replaceAll("d$", ""), first.replaceAll("(.)\\1ed$", "$1"))) {
                if (supportVerbs.contains(lemma)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean propels(Patt p) {
        for (String v : p.verbComment().split("[ ,]+")) {
            if (propelVerbs.contains(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isParticle(String t) {
        return Set.of("ON", "AT", "WITH", "AGAINST", "TO", "INTO", "BY", "FROM", "OFF", "UP", "DOWN", "OUT", "BACK",
                "OVER", "BETWEEN", "IN", "AWAY", "IF", "WHEN", "NOT", "A", "THE", "OF", "AS", "ACROSS", "INSIDE",
                "ALONGSIDE", "SINCE", "DEEP", "PUBLICLY", "BITTERLY", "POLITELY").contains(t);
    }

    /** The head noun of a phrase ("{DRONE STRIKE}" is "strike") and, for strikes, its weapon modifiers. */
    private void nouns(Map<String, Trigger> out, String phrase, String rel, String cameo, String source) {
        List<String> words = words(phrase);
        if (words.isEmpty()) {
            return;
        }
        String head = words.get(words.size() - 1);
        // a weapon is a thing, never the event; a document is what a signing takes
        boolean weapon = head.startsWith("&") && weaponSets.contains(head.substring(1));
        String pos = weapon || documentRelations.contains(rel) ? "thing" : "noun";
        if (pos.equals("noun") && !nounRelations.contains(rel) || weapon && !rel.equals("STRUCK")) {
            return;
        }
        if (head.startsWith("&")) {
            for (String member : dict.synonyms.getOrDefault(head.substring(1), List.of())) {
                if (member.matches("[a-z-]+")) {
                    add(out, new Trigger(member, pos, rel, cameo, source + " via " + head));
                }
            }
        } else if (head.matches("[a-z-]+")) {
            add(out, new Trigger(head, pos, rel, cameo, source));
        }
        if (rel.equals("STRUCK")) {
            for (int i = 0; i < words.size() - 1; i++) {
                things(out, words.get(i), rel, cameo, source, false);
            }
        }
    }

    /**
     * Weapons: what a verb of firing or throwing takes ("FIRE * SHELLS"), or a modifier of an event
     * noun that a weapon set holds ("{MORTAR ATTACK}" when MORTAR is a weapon).
     */
    private void things(Map<String, Trigger> out, String token, String rel, String cameo, String source, boolean propelled) {
        if (!rel.equals("STRUCK")) {
            return;
        }
        for (String w : words(token)) {
            if (w.startsWith("&")) {
                continue;
            }
            boolean weapon = propelled;
            for (String set : weaponSets) {
                weapon |= dict.synonyms.getOrDefault(set, List.of()).contains(w);
            }
            if (weapon && w.matches("[a-z-]+")) {
                add(out, new Trigger(w, "thing", rel, cameo, source));
            }
        }
    }

    private static List<String> words(String token) {
        String t = token.replaceAll("[{}()]", " ").trim();
        List<String> out = new ArrayList<>();
        for (String w : t.split("\\s+")) {
            if (w.isEmpty() || w.equals("*")) {
                continue;
            }
            out.add(w.startsWith("&") ? w : CameoDictionary.word(w).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static void add(Map<String, Trigger> out, Trigger t) {
        out.putIfAbsent(t.key(), t);
    }
}
