package io.actorgraph.extract.event;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.lexicon.RelationRule.Role;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.nlp.DepGraph;
import io.actorgraph.extract.lexicon.RelationRule;
import io.actorgraph.extract.lexicon.WordLists;
import io.actorgraph.extract.nlp.Token;
import io.actorgraph.model.ActorType;
import io.actorgraph.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the parse fails on the constructions that matter, the words themselves: a preposition
 * right after the verb ("met with X to discuss"), the subject of a verb the parse left without
 * one, coordinated subjects before a symmetric verb ("A and B met"), an object right after the
 * verb, "led by A and B", "the first ... to visit".
 */
final class SurfaceRules {

    private final ArgumentReader args;
    private final WordLists words;

    SurfaceRules(ArgumentReader args, WordLists words) {
        this.args = args;
        this.words = words;
    }

    /**
     * The subject of a verb the parse left without one: the subject of the verb it hangs from
     * ("X, who was sworn in last week, arrived in Y": "arrived" under "sworn"), or the actor just
     * before it once a relative clause is skipped ("X, who arrived on Tuesday, later toured Y").
     */
    List<Entity> missingSubject(SentenceView v, int verb, Relation relation, Set<Integer> used) {
        if (v.tok(verb).tag().equals("VBG") && "amod".equals(v.g.headRel(verb))) {
            // "allied with the Kurds in fighting ISIS", parsed as a modifier of ISIS: the clause's subject fights
            int noun = v.g.head(verb);
            int clause = v.g.head(noun);
            if (clause >= 0 && v.g.headRel(noun).startsWith("obl") && noun > verb) {
                List<Entity> found = new ArrayList<>();
                for (DepGraph.Edge s : v.g.children(clause)) {
                    if (s.rel().startsWith("nsubj") && s.dep() < verb) {
                        found.addAll(args.entities(v, s.dep(), Role.agent, relation, used));
                    }
                }
                return found;
            }
        }
        boolean timedGerund = v.tok(verb).tag().equals("VBG") && v.g.children(verb).stream()
                .anyMatch(c -> (c.rel().equals("case") || c.rel().equals("mark")) && v.tok(c.dep()).is("after", "before", "while", "upon", "since"));
        if (timedGerund) {
            // "Trump tested positive days after traveling to Cleveland": the sentence's subject, however the parse hung the phrase
            int root = verb;
            for (int guard = 0; guard < 12 && v.g.head(root) >= 0; guard++) {
                root = v.g.head(root);
            }
            List<Entity> found = new ArrayList<>();
            for (int s : v.g.children(root, "nsubj")) {
                if (s < verb) {
                    found.addAll(args.entities(v, s, Role.agent, relation, used));
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        for (DepGraph.Edge e : v.g.parents(verb)) {
            if (e.rel().startsWith("acl") && !e.rel().startsWith("acl:relcl") && ordinal(v, e.gov())) {
                // "He is the first German head of state to visit Kenya": the one who is first
                List<Entity> found = new ArrayList<>();
                for (int s : v.g.children(e.gov(), "nsubj")) {
                    found.addAll(args.entities(v, s, Role.agent, relation, used)); // "He is the first ... to visit"
                }
                if (found.isEmpty()) {
                    found = args.entities(v, e.gov(), Role.agent, relation, used);
                }
                if (!found.isEmpty()) {
                    return found;
                }
            }
            boolean participle = e.rel().startsWith("advcl") && v.tok(verb).tag().equals("VBG");
            if (e.rel().equals("dep") || e.rel().startsWith("conj") || e.rel().equals("parataxis") || participle) {
                // the controlling clause's subjects: "A and B signaled a commitment to expand X by signing Y"
                int gov = e.gov();
                for (int climb = 0; climb < 3 && gov >= 0; climb++) {
                    List<Entity> found = new ArrayList<>();
                    for (DepGraph.Edge s : v.g.children(gov)) {
                        if (s.rel().startsWith("nsubj") && !v.tok(s.dep()).is("who", "which", "that")) {
                            found.addAll(args.entities(v, s.dep(), Role.agent, relation, used));
                        }
                    }
                    if (!found.isEmpty()) {
                        return found;
                    }
                    String up = v.g.headRel(gov);
                    if (up == null || !(up.startsWith("xcomp") || up.startsWith("conj") || up.startsWith("advcl"))) {
                        break;
                    }
                    gov = v.g.head(gov);
                }
            }
        }
        int k = verb - 1;
        while (k >= 0 && (v.tok(k).tag().startsWith("RB") || v.tok(k).tag().equals("MD") || v.tok(k).is("has", "had", "have"))) {
            k--;
        }
        if (k >= 0 && v.tok(k).word().equals(",")) {
            int c = k - 1;
            while (c >= 0 && !v.tok(c).word().equals(",")) {
                c--;
            }
            if (c >= 1 && c + 1 < verb && v.tok(c + 1).is("who", "which")) {
                k = c - 1;
            } else {
                return List.of();
            }
        }
        if (k >= 0 && v.tok(k).word().equals(")")) {
            // "... and Foreign Minister Y (Panama) signed": the party in brackets belongs to Y
            int open = k - 1;
            while (open >= 0 && !v.tok(open).word().equals("(")) {
                open--;
            }
            k = open - 1;
        }
        Mention m = k >= 0 ? v.covering(k) : null;
        if (m == null || m.end() != k + 1) {
            return List.of();
        }
        if (m.type() != ActorType.Person && m.start() >= 2 && v.tok(m.start() - 1).is("of")) {
            Mention holder = v.covering(m.start() - 2); // "President X of Benin signed": X signed
            if (holder != null && holder.end() == m.start() - 1 && holder.type() == ActorType.Person) {
                m = holder;
            }
        }
        List<Entity> found = new ArrayList<>(args.entities(v, m.head(), Role.agent, relation, used));
        if (relation.symmetric() && m.kind() == Mention.Kind.NAME && m.type() == ActorType.Person) {
            for (Mention earlier : peopleListedBefore(v, m)) {
                found.addAll(args.entities(v, earlier.head(), Role.agent, relation, used));
            }
        }
        return found;
    }

    /**
     * "Under Secretary A, Ambassador B (X), Foreign Minister C and Minister D (Y) signed": a verb whose
     * subject is a list of people, each with a title and perhaps a party, that the parse could not
     * hold together. The people named before {@code last} up to the first verb, colon or semicolon.
     */
    static List<Mention> peopleListedBefore(SentenceView v, Mention last) {
        List<Mention> out = new ArrayList<>();
        for (int j = last.start() - 1; j >= v.s.firstContentToken(); j--) {
            Token t = v.tok(j);
            if (t.verb() || t.is(";", ":")) {
                break;
            }
            Mention m = v.covering(j);
            if (m != null) {
                if (m.kind() == Mention.Kind.NAME && m.type() == ActorType.Person && !out.contains(m)) {
                    out.add(m);
                }
                j = m.start();
            }
        }
        return out;
    }

    /** "A and B met": the parse kept only one of two coordinated subjects; read them off the words before the verb. */
    void coordinatedBefore(SentenceView v, int verb, Relation relation, Frame f, Set<Integer> used) {
        int k = verb - 1;
        while (k >= 0 && (v.tok(k).tag().startsWith("RB") || v.tok(k).tag().equals("MD") || v.tok(k).is("have", "has", "had"))) {
            k--;
        }
        Mention last = k >= 0 ? v.covering(k) : null;
        if (last == null || last.end() != k + 1) {
            return;
        }
        int j = last.start() - 1;
        if (j >= 1 && v.tok(j).is("and")) {
            Mention first = v.covering(j - 1);
            if (first != null && first.end() == j) {
                for (Mention m : List.of(first, last)) {
                    for (Entity e : v.doc.referents(m)) {
                        if (ArgumentReader.fits(e, Role.agent, relation)) {
                            f.agents().add(e);
                        }
                    }
                }
            }
        }
    }

    /**
     * "Today, the United States, Costa Rica and Panama signed": the parse hung the first items of a
     * subject list elsewhere (as a modifier of the verb), keeping only the later ones. The actors of
     * the same kind listed right before the first subject it kept, separated by commas, are subjects too.
     */
    void listedBefore(SentenceView v, List<Integer> subjects, Relation relation, Frame f, Set<Integer> used) {
        List<Integer> all = new ArrayList<>();
        subjects.forEach(d -> all.addAll(v.withConjuncts(d)));
        Mention first = null;
        int listed = 0;
        for (int d : all) {
            Mention m = v.covering(d);
            if (m != null) {
                listed++;
                if (first == null || m.start() < first.start()) {
                    first = m;
                }
            }
        }
        if (first == null || listed < 2) {
            return;
        }
        int j = first.start() - 1;
        while (j >= 1) {
            if (v.tok(j).is("the")) {
                j--;
            }
            if (j < 1 || !v.tok(j).word().equals(",")) {
                return;
            }
            Mention m = v.covering(j - 1);
            if (m == null || m.end() != j || m.kind() != first.kind() || used.contains(m.head())) {
                return;
            }
            ArgumentReader.addAll(f.agents(), args.entities(v, m.head(), Role.agent, relation, used));
            j = m.start() - 1;
        }
    }

    /** "the first ... to", "the only ... to": an infinitive that states a fact. */
    static boolean ordinal(SentenceView v, int noun) {
        return v.g.children(noun).stream().anyMatch(e -> (e.rel().equals("amod") || e.rel().equals("nummod"))
                && v.tok(e.dep()).is("first", "second", "third", "last", "only", "latest"));
    }

    /** "also met X, whose government ...": the actor right after the verb when the parse lost the object. */
    void objectAfter(SentenceView v, int i, RelationRule rule, Frame f, Set<Integer> used) {
        int k = i + 1;
        while (k < v.size() && v.tok(k).tag().startsWith("RB")) {
            k++;
        }
        Mention m = k < v.size() ? v.covering(k) : null;
        if (m != null && m.start() == k && !used.contains(m.head())) {
            ArgumentReader.addAll(f.targets(), args.entities(v, m.head(), Role.target, rule.relation(), used));
        }
    }

    /** "met with Okello to discuss", "spoke by phone earlier this week with X": a preposition the parse missed. */
    void prepositionsAfter(SentenceView v, int i, RelationRule rule, Frame f, Set<Integer> used) {
        int j = i + 1;
        int skipped = 0;
        while (j < v.size() && skipped < 6) {
            Token t = v.tok(j);
            if (t.is("with", "to", "in", "at", "for", "on", "against") && rule.role(t.lower()) != null) {
                int k = j + 1;
                if (k < v.size() && v.tok(k).is("the")) {
                    k++;
                }
                Mention m = v.covering(k);
                if (m != null && m.end() < v.size() && v.tok(m.end()).possessiveMarker()) {
                    if ((rule.relation() == Relation.STRUCK || rule.relation() == Relation.VISITED)
                            && rule.role(t.lower()) == Role.target) {
                        ArgumentReader.addAll(f.targets(), args.entities(v, m.head(), Role.target, rule.relation(), used)); // "in Yemen's X province"
                    }
                    Mention owned = v.covering(m.end() + 1);
                    if (owned != null && owned.start() == m.end() + 1) {
                        m = owned; // "with Turkey's X": X, not Turkey; but "support for Norway's efforts" is Norway
                    }
                }
                if (m != null && m.start() <= k && !used.contains(m.head())) {
                    Role role = rule.role(t.lower());
                    List<Entity> ents = args.entities(v, m.head(), role, rule.relation(), used);
                    if (role == Role.agent) {
                        ArgumentReader.addAll(f.agents(), ents);
                    } else if (role == Role.target) {
                        ArgumentReader.addAll(f.targets(), ents);
                    } else if (role == Role.place) {
                        args.placeOf(v, m.head(), f);
                    }
                    // coordinated: "with X and Y"
                    int after = m.end();
                    if (after + 1 < v.size() && v.tok(after).is("and") && role == Role.target) {
                        Mention m2 = v.covering(after + 1 < v.size() && v.tok(after + 1).is("the") ? after + 2 : after + 1);
                        if (m2 != null) {
                            ArgumentReader.addAll(f.targets(), args.entities(v, m2.head(), role, rule.relation(), used));
                        }
                    }
                }
                return;
            }
            if (t.verb() || t.word().matches("[,;:.]") || v.covering(j) != null && !DateResolver.dateWord(t)) {
                return;
            }
            j++;
            skipped++;
        }
    }

    /**
     * "met with X and his advisors, including A, B and C, in Manila": people named after "including"
     * behind a word for officials take part too, and an "in" that ends the list gives the place,
     * however the parse hung them.
     */
    void includedPeople(SentenceView v, int trigger, RelationRule rule, Frame f, Set<Integer> used) {
        if (!f.relation().symmetric()) {
            return;
        }
        for (int j = trigger + 1; j + 1 < v.size(); j++) {
            if (!v.tok(j).is("including")) {
                continue;
            }
            int before = v.tok(j - 1).is(",") ? j - 2 : j - 1;
            if (before <= trigger || !words.has("member-noun", v.tok(before))) {
                return;
            }
            for (int k = j + 1; k < v.size(); k++) {
                Token t = v.tok(k);
                if (t.verb() || t.is(";", ":", "to", "on", "during", "for", "about")) {
                    return;
                }
                if (t.is("in", "at")) {
                    Mention where = v.covering(k + 1 < v.size() && v.tok(k + 1).is("the") ? k + 2 : k + 1);
                    if (where != null && f.place() == null) {
                        args.placeOf(v, where.head(), f);
                    }
                    return;
                }
                Mention m = v.covering(k);
                if (m != null) {
                    if (m.kind() == Mention.Kind.NAME && m.type() == ActorType.Person && !used.contains(m.head())) {
                        ArgumentReader.addAll(f.targets(), args.entities(v, m.head(), Role.target, rule.relation(), used));
                    }
                    k = m.end() - 1;
                }
            }
            return;
        }
    }

    /** "talks ..., led by A and B": the leaders take part. */
    void ledBy(SentenceView v, int i, Frame f) {
        if (!f.relation().symmetric()) {
            return;
        }
        for (int j = i + 1; j + 2 < v.size(); j++) {
            if (v.tok(j).is("led") && v.tok(j + 1).is("by")) {
                int k = j + 2;
                while (k < v.size()) {
                    Mention m = v.covering(k);
                    if (m == null) {
                        break;
                    }
                    for (Entity e : v.doc.referents(m)) {
                        if (!f.agents().contains(e) && !f.targets().contains(e)) {
                            f.participants().add(e);
                        }
                    }
                    k = m.end();
                    if (k < v.size() && v.tok(k).is("and", ",")) {
                        k++;
                    } else {
                        break;
                    }
                }
                return;
            }
        }
    }

}
