package io.actorgraph.extract.event;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.lexicon.Lexicons;
import io.actorgraph.extract.lexicon.RelationRule;
import io.actorgraph.extract.lexicon.RelationRule.Role;
import io.actorgraph.extract.lexicon.WordLists;
import io.actorgraph.extract.mention.Headlines;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.nlp.DepGraph;
import io.actorgraph.extract.nlp.Token;
import io.actorgraph.model.ActorType;
import io.actorgraph.model.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds relation frames from trigger words: finds the relation's sides among the trigger's
 * dependents as {@code extract/relations.tsv} says, adds what a nominal trigger's host verb
 * brings ("held talks with", "a meeting took place between", "Following a meeting with X, Y
 * said"), and falls back to the words right after a verb when the parse misses a preposition
 * ("met with X to discuss"). A side that is a thing, not an actor, is read through its owner:
 * "executives of X", "a camp of X", "X positions", "Goma's airport", "a plant in Ulsan".
 */
final class FrameBuilder {

    private final Lexicons lex;
    private final WordLists words;
    private final ArgumentReader args;
    private final SurfaceRules surface;

    FrameBuilder(Lexicons lex) {
        this.lex = lex;
        this.words = lex.words();
        this.args = new ArgumentReader(words);
        this.surface = new SurfaceRules(args, words);
    }

    /** A frame plus what the event stage needs to link it: its document noun and whether it only attends another. */
    record Built(Frame frame, int document, boolean attendance, boolean distributiveFor) {
    }

    List<Built> build(SentenceView v) {
        List<Built> out = new ArrayList<>();
        for (int i = v.s.firstContentToken(); i < v.size(); i++) {
            Mention covering = v.covering(i);
            if (covering != null && covering.length() > 1 && covering.head() != i) {
                continue;
            }
            for (RelationRule rule : rules(v, i)) {
                Built b = frame(v, i, rule);
                if (b != null) {
                    out.add(b);
                    Built met = visitWith(v, i, b.frame());
                    if (met != null) {
                        out.add(met);
                    }
                }
            }
            Built presence = presence(v, i);
            if (presence != null) {
                out.add(presence);
            }
            Built claim = bareClaim(v, i);
            if (claim != null) {
                out.add(claim);
            }
        }
        if (out.isEmpty() && headline(v)) {
            for (int i = v.s.firstContentToken(); i < v.size(); i++) {
                Built b = headlineFrame(v, i);
                if (b != null) {
                    out.add(b);
                }
            }
        }
        return out;
    }

    /**
     * An article's first line in title case ("A, B and C Sign Memorandum of Understanding"): the
     * tagger reads its capitalised verbs as names, so the parse holds no verb to start from.
     */
    private static boolean headline(SentenceView v) {
        return Headlines.titleCase(v.s);
    }

    /** A capitalised trigger verb of a headline between the actors listed before it and those after "with". */
    private Built headlineFrame(SentenceView v, int i) {
        Token tok = v.tok(i);
        if (tok.verb() || v.covering(i) != null || i == 0) {
            return null;
        }
        String w = tok.lower();
        List<RelationRule> rules = lex.relations().verbRules(w);
        if (rules.isEmpty() && w.endsWith("s")) {
            rules = lex.relations().verbRules(w.substring(0, w.length() - 1));
        }
        if (rules.isEmpty()) {
            return null;
        }
        RelationRule rule = rules.get(0);
        Frame f = new Frame(rule.relation(), v.s.index(), i, false);
        Set<Integer> used = new LinkedHashSet<>();
        int k = i - 1;
        while (k >= 0) {
            Mention m = v.covering(k);
            if (m == null || m.end() != k + 1) {
                break;
            }
            ArgumentReader.addAll(f.agents(), args.entities(v, m.head(), Role.agent, rule.relation(), used));
            k = m.start() - 1;
            while (k >= 0 && v.tok(k).is(",", "and", "the")) {
                k--;
            }
        }
        for (int j = i + 1; j + 1 < v.size(); j++) {
            if (v.tok(j).is("with")) {
                int t = v.tok(j + 1).is("the") ? j + 2 : j + 1;
                Mention m = v.covering(t);
                if (m != null) {
                    ArgumentReader.addAll(f.targets(), args.entities(v, m.head(), Role.target, rule.relation(), used));
                }
                break;
            }
        }
        f.targets().removeAll(f.agents());
        everyoneMetEveryone(v, i, f);
        boolean complete = rule.relation().symmetric() ? f.agents().size() + f.targets().size() >= 2
                : !f.agents().isEmpty() && !f.targets().isEmpty();
        return complete ? new Built(f, -1, false, false) : null;
    }

    /**
     * "X subsequently claimed responsibility": a claim that names no attack speaks of the one told
     * before; it is the attackers' half of it (joined by the event stage).
     */
    private Built bareClaim(SentenceView v, int i) {
        if (!words.has("claim-noun", v.tok(i).lower()) || !"obj".equals(v.g.headRel(i)) || v.g.hasChild(i, "nmod:for")) {
            return null;
        }
        int verb = v.g.head(i);
        if (!words.has("claim-verb", v.tok(verb).lem())) {
            return null;
        }
        Frame f = new Frame(Relation.STRUCK, v.s.index(), i, true);
        Set<Integer> used = new LinkedHashSet<>();
        for (int s : v.g.children(verb, "nsubj")) {
            ArgumentReader.addAll(f.agents(), args.entities(v, s, Role.agent, Relation.STRUCK, used));
        }
        if (f.agents().isEmpty()) {
            ArgumentReader.addAll(f.agents(), surface.missingSubject(v, verb, Relation.STRUCK, used));
        }
        if (f.agents().isEmpty()) {
            return null;
        }
        f.partial(true);
        return new Built(f, -1, false, false);
    }

    /** "X, who was in Santiago for a conference": X was in a place (a visit only if X came from abroad). */
    private Built presence(SentenceView v, int i) {
        Mention place = v.mention(i);
        if (place == null || v.g.children(i, "case").stream().noneMatch(c -> v.tok(c).is("in"))) {
            return null;
        }
        int clause = i;
        if (!v.g.hasChild(i, "cop")) {
            // "While in New York to attend the assembly, Zelensky told reporters": the clause's subject was there
            int h = v.g.head(i);
            if (h < 0 || !v.g.headRel(i).equals("obl:in") || v.g.children(h, "mark").stream().noneMatch(m -> v.tok(m).is("while"))
                    || v.g.children(h, "mark").stream().noneMatch(m -> m < i) || v.g.head(h) < 0
                    || !v.g.headRel(h).startsWith("advcl")) {
                return null;
            }
            clause = v.g.head(h);
        }
        List<Entity> where = v.doc.referents(place).stream().filter(e -> e.type() == ActorType.Place || e.isState()).toList();
        if (where.isEmpty()) {
            return null;
        }
        Frame f = new Frame(Relation.VISITED, v.s.index(), i, false);
        Set<Integer> used = new LinkedHashSet<>();
        for (int s : v.g.children(clause, "nsubj")) {
            for (Entity e : args.entities(v, s, Role.agent, Relation.VISITED, used)) {
                if (e.type() == ActorType.Person) {
                    f.agents().add(e);
                }
            }
        }
        if (f.agents().isEmpty()) {
            return null;
        }
        f.targets().addAll(where);
        f.presence(true);
        return new Built(f, -1, false, false);
    }

    // ---------------------------------------------------------------- which rules a word triggers

    private List<RelationRule> rules(SentenceView v, int i) {
        Token tok = v.tok(i);
        List<RelationRule> candidates = new ArrayList<>();
        if (tok.verb()) {
            candidates.addAll(lex.relations().verbRules(tok.lem()));
        } else if (tok.noun()) {
            candidates.addAll(lex.relations().nounRules(tok.lem()));
            if (!tok.lower().equals(tok.lem())) {
                for (RelationRule r : lex.relations().nounRules(tok.lower())) {
                    if (!candidates.contains(r)) {
                        candidates.add(r);
                    }
                }
            }
        }
        if (candidates.isEmpty()) {
            return candidates;
        }
        if (tok.verb() && tok.lem().equals("call") && naming(v, i)) {
            candidates.removeIf(r -> r.relation() == Relation.IN_CONTACT_WITH);
        }
        List<RelationRule> satisfied = new ArrayList<>();
        List<RelationRule> plain = new ArrayList<>();
        for (RelationRule r : candidates) {
            if (!r.conditional()) {
                plain.add(r);
            } else if (requirementsMet(v, i, r)) {
                satisfied.add(r);
            }
        }
        return satisfied.isEmpty() ? plain : satisfied;
    }

    /**
     * "calling Sarr “a colleague”", "called the plan a mistake": calling someone something, not
     * a telephone call. The object is followed by a quotation or by a second noun phrase.
     */
    private static boolean naming(SentenceView v, int verb) {
        if (v.g.children(verb, "xcomp").stream().anyMatch(x -> v.tok(x).noun() || v.tok(x).tag().startsWith("JJ"))) {
            return true;
        }
        for (int object : v.g.children(verb, "obj")) {
            Mention m = v.mention(object);
            int after = m != null ? m.end() : object + 1;
            if (after < v.size() && (v.tok(after).word().matches("[\"“‘']|``|''") || v.tok(after).is("a", "an"))) {
                return true;
            }
        }
        return false;
    }

    private boolean requirementsMet(SentenceView v, int i, RelationRule r) {
        for (Map.Entry<String, Set<String>> req : r.requires().entrySet()) {
            boolean ok = false;
            for (Map.Entry<String, List<Integer>> pos : positions(v, i).entrySet()) {
                if (!pos.getKey().equals(req.getKey())) {
                    continue;
                }
                for (int d : pos.getValue()) {
                    Token t = v.tok(d);
                    if (req.getValue().contains(t.lem()) || req.getValue().contains(t.lower())) {
                        ok = true;
                    }
                }
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- positions around a word

    /** The trigger's dependents by position name: subj, obj, pass, agent, poss, amod, compound, acl, or a preposition. */
    Map<String, List<Integer>> positions(SentenceView v, int i) {
        Map<String, List<Integer>> pos = new LinkedHashMap<>();
        // a subject carried over from a passive conjunct ("was sworn in and later met X") is an active subject here
        boolean passive = v.g.hasChild(i, "aux:pass")
                || v.g.children(i, "nsubj:pass").stream().anyMatch(d -> v.g.head(d) == i);
        for (DepGraph.Edge e : v.g.children(i)) {
            String key = e.rel().equals("advmod") && v.tok(e.dep()).is("together") ? "prt" : positionOf(e, passive);
            if (key != null) { // "brought together X, Y and Z": "together" works as a particle
                pos.computeIfAbsent(key, k -> new ArrayList<>()).add(e.dep());
            }
        }
        // "brought together A, a former minister ...; B, a lawyer ...; and C": items of a list split by
        // semicolons are coordinated, however the parser attached them
        if (pos.containsKey("obj") && v.tok(i).verb()) {
            laterPeople(v, pos.get("obj"), ";", "and", m -> true);
        }
        // "signed by A, chief executive of X, and B, chairman of Y": the parser loses B among the appositions;
        // a person named after "and" (or "and by") later in the sentence is a second agent
        if (passive && pos.containsKey("agent") && v.tok(i).verb()) {
            laterPeople(v, pos.get("agent"), "and", "by",
                    m -> v.g.parents(m.head()).stream().noneMatch(e -> e.rel().startsWith("nsubj") || e.rel().equals("obj")));
        }
        return pos;
    }

    /**
     * Adds to {@code heads} the people named later in the sentence right after {@code separator}
     * (or {@code separator} then {@code joiner}): the further items of a list whose first item the
     * parser did attach.
     */
    private static void laterPeople(SentenceView v, List<Integer> heads, String separator, String joiner,
            Predicate<Mention> fits) {
        int first = heads.get(0);
        for (Mention m : v.doc.mentionsIn(v.s.index())) {
            int before = m.start() - 1;
            if (before > first && v.tok(before).is(joiner) && v.tok(before - 1).is(separator)) {
                before--;
            }
            if (m.start() > first && before > first && v.tok(before).is(separator) && m.kind() == Mention.Kind.NAME
                    && m.type() == ActorType.Person && !heads.contains(m.head()) && fits.test(m)) {
                heads.add(m.head());
            }
        }
    }

    private static String positionOf(DepGraph.Edge e, boolean passive) {
        String rel = e.rel();
        if (rel.equals("nsubj") || rel.equals("nsubj:xsubj")) {
            return "subj";
        }
        if (rel.startsWith("nsubj:pass")) {
            return passive ? "pass" : "subj";
        }
        if (rel.equals("obj") || rel.equals("iobj")) {
            return "obj";
        }
        if (rel.equals("obl:agent") || passive && rel.equals("obl:by")) {
            return "agent";
        }
        if (rel.equals("nmod:poss")) {
            return "poss";
        }
        if (rel.equals("amod")) {
            return "amod";
        }
        if (rel.equals("compound")) {
            return "compound";
        }
        if (rel.equals("acl")) {
            return "acl";
        }
        if (rel.equals("compound:prt")) {
            return "prt";
        }
        if (rel.startsWith("obl:") || rel.startsWith("nmod:")) {
            String marker = e.marker();
            if (marker.equals("tmod") || marker.equals("npmod")) {
                return null;
            }
            return marker;
        }
        return null;
    }

    // ---------------------------------------------------------------- one frame

    private Built frame(SentenceView v, int i, RelationRule rule) {
        Relation relation = rule.relation();
        if (relation == Relation.MET_WITH && remote(v, i)) {
            relation = Relation.IN_CONTACT_WITH; // "joined the talks by video link": not face to face
        }
        Frame f = new Frame(relation, v.s.index(), i, rule.noun());
        Map<String, List<Integer>> pos = positions(v, i);
        int document = -1;
        boolean distributive = false;
        boolean attendance = false;
        Set<Integer> used = new LinkedHashSet<>();

        // the host verb of a nominal: "held talks", "carried out strikes", "a meeting took place", "did not attend the meeting"
        int host = -1;
        if (rule.noun()) {
            host = hostOf(v, i);
            if (host >= 0) {
                Token h = v.tok(host);
                String relToHost = relBetween(v, host, i);
                boolean light = words.has("light-verb", h.lem()) && (relToHost.equals("obj") || relToHost.startsWith("nsubj:pass"))
                        || words.has("responsible-word", h.lem()) && relToHost.equals("obl:for") // "X was responsible for the attack"
                        || words.has("lead-verb", h.lem()) && (relToHost.equals("obj") || relToHost.equals("obl:in"));
                if (words.has("lead-verb", h.lem()) && relToHost.equals("obl:in")) {
                    // "X led the group's fighters in the attack": those led attacked too
                    pos.computeIfAbsent("host-subj", k -> new ArrayList<>()).addAll(v.g.children(host, "obj"));
                }
                boolean place = words.has("place-verb", h.lem()) && relToHost.startsWith("nsubj");
                boolean attend = (words.has("attend-verb", h.lem()) || words.has("negating-verb", h.lem()))
                        && (relToHost.equals("obj") || relToHost.startsWith("obl"));
                if (h.lem().equals("take") && !v.g.children(host, "obj").stream().anyMatch(o -> v.tok(o).is("part"))) {
                    attend = false;
                }
                Map<String, List<Integer>> hostPos = positions(v, host);
                if (light || place) {
                    for (Map.Entry<String, List<Integer>> e : hostPos.entrySet()) {
                        String key = e.getKey();
                        if (key.equals("subj") || key.equals("agent")) {
                            if (light) {
                                pos.computeIfAbsent("host-subj", k -> new ArrayList<>()).addAll(e.getValue());
                            }
                        } else if (!key.equals("obj") && !key.equals("pass")) {
                            pos.computeIfAbsent(key, k -> new ArrayList<>()).addAll(e.getValue());
                        }
                    }
                } else if (attend && isDefinite(v, i) && ownArgs(pos).isEmpty()) {
                    attendance = true;
                    for (int s : hostPos.getOrDefault("subj", List.of())) {
                        ArgumentReader.addAll(f.agents(), args.entities(v, s, Role.agent, rule.relation(), used));
                    }
                    if (f.agents().isEmpty()) {
                        ArgumentReader.addAll(f.agents(), surface.missingSubject(v, host, rule.relation(), used));
                    }
                } else if (!ownArgs(pos).isEmpty() && !hasAgentPosition(pos, rule)
                        && (attend && !words.has("negating-verb", h.lem()) && relToHost.equals("obj")
                            || relToHost.startsWith("obl") && !relToHost.equals("obl:on"))) {
                    // "he attended a summit with Macron", "Following a meeting with Kamau, Okello said":
                    // the clause's subject took part
                    for (int s : hostPos.getOrDefault("subj", List.of())) {
                        pos.computeIfAbsent("host-subj", k -> new ArrayList<>()).add(s);
                    }
                } else if (rule.relation() == Relation.MET_WITH && ownArgs(pos).isEmpty()
                        && (relToHost.equals("obl:in") || relToHost.equals("obl:at") || relToHost.equals("obl:during"))) {
                    // "In a meeting that day he was told by the minister of ...": who spoke to whom there met
                    for (Map.Entry<String, List<Integer>> e : hostPos.entrySet()) {
                        if (e.getKey().equals("subj") || e.getKey().equals("pass") || e.getKey().equals("agent")
                                || e.getKey().equals("obj")) {
                            for (int d : e.getValue()) {
                                if (v.mention(d) != null && v.mention(d).type() == ActorType.Person) {
                                    pos.computeIfAbsent("host-subj", k -> new ArrayList<>()).add(d);
                                }
                            }
                        }
                    }
                }
            }
        }
        for (Map.Entry<String, List<Integer>> e : pos.entrySet()) {
            String key = e.getKey();
            Role role = key.equals("host-subj") ? Role.agent : rule.role(key);
            if (key.equals("compound") && role == Role.agent && rule.relation() == Relation.STRUCK) {
                role = placeCompound(v, e.getValue()) ? Role.target : role; // "the metro attack", "the Kabul airport bombing"
            }
            if (key.equals("on_behalf_of") || key.equals("for") && rule.relation() == Relation.SIGNED
                    || key.equals("representing")) {
                for (int d : e.getValue()) {
                    Mention m = v.mention(d);
                    if (m != null && m.has(Mention.Flag.DISTRIBUTIVE)) {
                        distributive = true;
                    } else {
                        for (Entity p : args.entities(v, d, Role.agent, rule.relation(), used)) {
                            f.actingFor().put(null, p); // the subject is filled in below
                        }
                    }
                }
                continue;
            }
            if (role == null) {
                continue;
            }
            List<Integer> deps = new ArrayList<>();
            for (int d : e.getValue()) {
                if (key.equals("with") && absolute(v, d)) {
                    continue; // "have signed on, with Eritrea the only state unsigned": a comment, not a party
                }
                if (key.equals("acl") && v.tok(d).verb()) {
                    // "strikes targeting X in Y": the participle's object and its places
                    for (DepGraph.Edge ae : v.g.children(d)) {
                        if (ae.rel().equals("obj") || ae.rel().equals("obl:in") || ae.rel().equals("obl:at")
                                || ae.rel().equals("obl:across") || ae.rel().equals("obl:on")) {
                            deps.add(ae.dep());
                        }
                    }
                } else {
                    deps.add(d);
                }
            }
            for (int d : deps) {
                for (int c : v.withConjuncts(d)) {
                    switch (role) {
                        case agent -> ArgumentReader.addAll(f.agents(), args.entities(v, c, role, rule.relation(), used));
                        case target -> ArgumentReader.addAll(f.targets(), args.entities(v, c, role, rule.relation(), used));
                        case site -> ArgumentReader.addAll(f.targets(), args.siteLocation(v, c, used));
                        case place -> args.placeOf(v, c, f);
                        case document -> {
                            document = c;
                            List<DepGraph.Edge> docDeps = new ArrayList<>(v.g.children(c));
                            for (DepGraph.Edge de : v.g.children(c)) {
                                if (de.rel().equals("nmod:of")) {
                                    docDeps.addAll(v.g.children(de.dep())); // "a memorandum of understanding between ..."
                                }
                            }
                            for (DepGraph.Edge de : docDeps) {
                                if (de.rel().equals("nmod:between")) {
                                    for (int b : v.withConjuncts(de.dep())) {
                                        ArgumentReader.addAll(f.agents(), args.entities(v, b, Role.agent, rule.relation(), used));
                                    }
                                } else if (de.rel().equals("nmod:with")) {
                                    ArgumentReader.addAll(f.targets(), args.entities(v, de.dep(), Role.target, rule.relation(), used));
                                }
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
        }
        // a relative clause's antecedent is its subject ("Okello, who did not attend the meeting")
        if (!rule.noun() && f.agents().isEmpty() && rule.role("subj") == Role.agent) {
            for (int p : v.g.parents(i, "acl:relcl")) {
                ArgumentReader.addAll(f.agents(), args.entities(v, p, Role.agent, rule.relation(), used));
            }
            if (f.agents().isEmpty() && !v.g.hasChild(i, "nsubj:pass")) {
                ArgumentReader.addAll(f.agents(), surface.missingSubject(v, i, rule.relation(), used));
            }
        }
        surface.prepositionsAfter(v, i, rule, f, used);
        if (!rule.noun() && rule.role("obj") == Role.target && pos.get("obj") == null && f.targets().isEmpty()) {
            surface.objectAfter(v, i, rule, f, used);
        }
        surface.ledBy(v, i, f);
        surface.includedPeople(v, i, rule, f, used);
        if (f.relation().symmetric() && !rule.noun() && pos.containsKey("subj")) {
            surface.listedBefore(v, pos.get("subj"), rule.relation(), f, used);
        }
        if (f.relation().symmetric() && f.agents().size() == 1 && f.targets().isEmpty() && !rule.noun()) {
            surface.coordinatedBefore(v, i, rule.relation(), f, used);
        }
        // the acting-for party belongs to the frame's person agents
        boolean hasFor = f.actingFor().containsKey(null);
        Entity forParty = f.actingFor().remove(null);
        if (hasFor && forParty != null) {
            for (Entity a : f.agents()) {
                if (a.type() == ActorType.Person) {
                    f.actingFor().put(a, forParty);
                }
            }
        }
        f.targets().removeAll(f.agents());
        if (f.relation() == Relation.STRUCK && !rule.noun() && (nonMilitary(v, i) || v.g.hasChild(i, "compound:prt"))) {
            return null; // "targeted X with sanctions", "hit back at X": not force
        }
        if (f.relation() == Relation.STRUCK && words.has("figurative-attack", v.tok(i))
                && f.agents().stream().allMatch(e -> e.type() == ActorType.Person)
                && !f.targets().isEmpty() && f.targets().stream().allMatch(e -> e.type() == ActorType.Person)) {
            return null; // one person "attacking" another is words, not force; "stabbed" is not
        }
        if (f.place() == null && rule.role("in") == Role.place) {
            for (Map.Entry<String, List<Integer>> e : pos.entrySet()) {
                if (rule.role(e.getKey()) == Role.agent || rule.role(e.getKey()) == Role.target) {
                    for (int d : e.getValue()) {
                        for (int in : v.g.children(d, "nmod:in")) {
                            args.placeOf(v, in, f);
                        }
                    }
                }
            }
        }
        if (rule.noun() && f.relation() == Relation.VISITED && f.agents().isEmpty() && !f.targets().isEmpty()) {
            ArgumentReader.addAll(f.agents(), visitorAbove(v, i, used));
        }
        clean(f);
        if (!attendance && !complete(f, document, v)) {
            if (f.relation() == Relation.STRUCK && f.agents().isEmpty() != f.targets().isEmpty()) {
                f.partial(true); // one side here, perhaps the other in a claim or a later sentence
                return new Built(f, document, false, distributive);
            }
            return null;
        }
        if (attendance && f.agents().isEmpty()) {
            return null;
        }
        everyoneMetEveryone(v, i, f);
        return new Built(f, document, attendance, distributive);
    }

    /**
     * "Johnson said in a statement released in conjunction with a visit to Ireland": a visit that
     * names no visitor is the person's whose clause it hangs from, through modifiers only (never a
     * reported clause).
     */
    private List<Entity> visitorAbove(SentenceView v, int noun, Set<Integer> used) {
        int t = noun;
        for (int step = 0; step < 5; step++) {
            int h = v.g.head(t);
            String rel = v.g.headRel(t);
            if (h < 0 || rel == null || !(rel.startsWith("nmod") || rel.startsWith("obl") || rel.startsWith("acl"))
                    || rel.startsWith("acl:relcl")) {
                return List.of();
            }
            if (v.tok(h).verb()) {
                List<Entity> people = new ArrayList<>();
                for (int s : v.g.children(h, "nsubj")) {
                    for (Entity e : args.entities(v, s, Role.agent, Relation.VISITED, used)) {
                        if (e.type() == ActorType.Person) {
                            people.add(e);
                        }
                    }
                }
                if (!people.isEmpty() || !rel.startsWith("acl") && !v.tok(h).tag().equals("VBN")) {
                    return people;
                }
            }
            t = h;
        }
        return List.of();
    }

    /** "a visit to Ireland with Taoiseach X": the visitor met the person the visit was with. */
    private Built visitWith(SentenceView v, int trigger, Frame visit) {
        if (visit.relation() != Relation.VISITED || !visit.nominal() || visit.agents().isEmpty()) {
            return null;
        }
        Frame met = new Frame(Relation.MET_WITH, v.s.index(), trigger, true);
        Set<Integer> used = new LinkedHashSet<>();
        for (int w : v.g.children(trigger, "nmod:with")) {
            for (Entity e : args.entities(v, w, Role.target, Relation.MET_WITH, used)) {
                if (e.type() == ActorType.Person && !visit.agents().contains(e)) {
                    met.targets().add(e);
                }
            }
        }
        if (met.targets().isEmpty()) {
            return null;
        }
        met.agents().addAll(visit.agents());
        met.confidence(visit.confidence());
        return new Built(met, -1, false, false);
    }

    /** "a trilateral meeting with A and B": A and B met each other too, so every party is on a side of its own. */
    private void everyoneMetEveryone(SentenceView v, int trigger, Frame f) {
        if (f.relation() == Relation.MET_WITH && multilateral(v, trigger)) {
            f.agents().addAll(f.targets());
            f.targets().clear();
        }
    }

    /** "trilateral meeting", "Trilateral Meeting with": a meeting of every party with every other. */
    private boolean multilateral(SentenceView v, int trigger) {
        for (DepGraph.Edge e : v.g.children(trigger)) {
            if ((e.rel().equals("amod") || e.rel().equals("compound")) && words.has("multilateral-word", v.tok(e.dep()).lower())) {
                return true;
            }
        }
        return trigger > 0 && words.has("multilateral-word", v.tok(trigger - 1).lower());
    }

    /** Whether the word or the verb it hangs from says "by phone", "by video link", "via videoconference". */
    private boolean remote(SentenceView v, int i) {
        List<Integer> look = new ArrayList<>(List.of(i));
        int h = v.g.head(i);
        if (h >= 0) {
            look.add(h);
        }
        for (int x : look) {
            for (DepGraph.Edge e : v.g.children(x)) {
                if ((e.rel().equals("obl:by") || e.rel().equals("obl:via") || e.rel().equals("obl:over") || e.rel().equals("nmod:by")
                        || e.rel().equals("nmod:via")) && v.tok(e.dep()).lem().matches(
                                "phone|telephone|video|videolink|link|videoconference|teleconference|call|zoom")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasAgentPosition(Map<String, List<Integer>> pos, RelationRule rule) {
        for (String key : pos.keySet()) {
            if (rule.role(key) == Role.agent && !key.equals("between")) {
                return true;
            }
        }
        return false;
    }

    /** Dependents that carry the event's own sides (not just its date or manner). */
    private static Map<String, List<Integer>> ownArgs(Map<String, List<Integer>> pos) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : pos.entrySet()) {
            if (Set.of("poss", "with", "between", "to", "on", "against", "agent", "by").contains(e.getKey())) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private boolean complete(Frame f, int document, SentenceView v) {
        if (f.relation().symmetric()) {
            int n = f.agents().size() + f.targets().size();
            boolean signing = f.relation() == Relation.SIGNED
                    && (document >= 0 && isDefinite(v, document) || !f.actingFor().isEmpty());
            return n >= 2 || n >= 1 && signing || n >= 1 && !f.participants().isEmpty();
        }
        return !f.agents().isEmpty() && !f.targets().isEmpty();
    }

    private static boolean isDefinite(SentenceView v, int noun) {
        for (DepGraph.Edge e : v.g.children(noun)) {
            if ((e.rel().equals("det") && v.tok(e.dep()).is("the", "this", "that", "these", "those"))
                    || e.rel().equals("nmod:poss")) {
                return true;
            }
        }
        return false;
    }

    /** "with X the only one unsigned", "with X absent": an absolute phrase that says something of X. */
    private static boolean absolute(SentenceView v, int d) {
        for (DepGraph.Edge c : v.g.children(d)) {
            String tag = v.tok(c.dep()).tag();
            if ((c.rel().equals("dep") || c.rel().equals("acl")) && (tag.equals("JJ") || tag.equals("VBN")) && c.dep() > d) {
                return true;
            }
        }
        return false;
    }

    private static boolean placeCompound(SentenceView v, List<Integer> deps) {
        for (int d : deps) {
            Mention m = v.mention(d);
            if (m == null || m.type() != ActorType.Place) {
                return false;
            }
        }
        return !deps.isEmpty();
    }

    /** The verb a nominal trigger hangs from, climbing over quantity nouns ("hundreds of airstrikes"). */
    private int hostOf(SentenceView v, int noun) {
        int n = noun;
        for (int guard = 0; guard < 3; guard++) {
            int h = v.g.head(n);
            if (h < 0) {
                return -1;
            }
            String rel = v.g.headRel(n);
            if (v.tok(h).verb() || v.tok(h).tag().equals("JJ") && v.g.hasChild(h, "cop")) {
                return h;
            }
            if (rel.equals("nmod:of") && (words.has("quantity-noun", v.tok(h).lower()) || v.tok(h).tag().equals("CD"))
                    || rel.equals("nmod:for") && words.has("claim-noun", v.tok(h).lower())
                    || rel.equals("nmod:such_as") && v.tok(h).noun()) { // "attacks, such as the metro bombing"
                n = h;
                continue;
            }
            if (rel.startsWith("obl") || rel.startsWith("nsubj") || rel.equals("obj")) {
                return h;
            }
            return -1;
        }
        return -1;
    }

    private static String relBetween(SentenceView v, int gov, int dep) {
        int n = dep;
        for (int guard = 0; guard < 3; guard++) {
            int h = v.g.head(n);
            if (h == gov) {
                return v.g.headRel(n);
            }
            if (h < 0) {
                break;
            }
            n = h;
        }
        return "";
    }

    /** "targeted Iran's oil sector with sanctions": the means are not military. */
    private boolean nonMilitary(SentenceView v, int verb) {
        for (DepGraph.Edge e : v.g.children(verb)) {
            if ((e.rel().equals("obl:with") || e.rel().equals("obl:through") || e.rel().equals("obl:by")
                    || e.rel().equals("obl:over")) && words.has("non-military-means", v.tok(e.dep()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A frame's sides must be actors of a sensible kind; a place is never a party to a meeting,
     * unless the text named it as a government ("the government of Jujuy province").
     */
    private static void clean(Frame f) {
        if (f.relation() != Relation.VISITED && f.relation() != Relation.STRUCK) {
            f.agents().removeIf(e -> e.type() == ActorType.Place && !e.isParty());
            f.targets().removeIf(e -> e.type() == ActorType.Place && !e.isParty());
        }
        if (f.relation() == Relation.STRUCK) {
            f.agents().removeIf(e -> e.type() == ActorType.Firm && !e.armed()); // "struck by a Volvo": a carmaker's car, not the carmaker
        }
    }
}
