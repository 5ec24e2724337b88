package io.actorgraph.extract.event;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.coref.States;
import io.actorgraph.extract.lexicon.Fold;
import io.actorgraph.extract.lexicon.RelationRule.Role;
import io.actorgraph.extract.lexicon.WordLists;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.nlp.DepGraph;
import io.actorgraph.extract.nlp.Token;
import io.actorgraph.model.ActorType;
import io.actorgraph.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * From a dependent of a trigger to the actors it stands for in a role: a mention's actors, or
 * a thing read through its owner ("executives of X", "a camp of X", "X positions", "Goma's
 * airport", "a school ... in Gaza City"), or a noun in apposition to a named actor. Reporters of
 * the event are never its sides.
 */
final class ArgumentReader {

    private final WordLists words;

    ArgumentReader(WordLists words) {
        this.words = words;
    }

    /** The actors a dependent stands for in a role, reading things through their owners. */
    List<Entity> entities(SentenceView v, int token, Role role, Relation relation, Set<Integer> used) {
        used.add(token);
        if (v.tok(token).is("who", "which", "that") && (v.tok(token).tag().startsWith("W") || v.tok(token).tag().equals("IN"))) {
            int verb = v.g.head(token);
            int antecedent = verb >= 0 ? v.g.head(verb) : -1;
            for (DepGraph.Edge e : v.g.parents(token)) {
                if (e.rel().equals("ref")) {
                    antecedent = e.gov();
                }
            }
            if (antecedent >= 0 && antecedent != token) {
                return entities(v, antecedent, role, relation, used);
            }
        }
        Mention m = v.mention(token);
        List<Entity> out = new ArrayList<>();
        if (m != null && speaker(v, m)) {
            return out;
        }
        if (m != null) {
            for (Entity e : v.doc.referents(m)) {
                Entity actor = metonym(v, e, role, relation);
                if (fits(actor, role, relation)) {
                    out.add(actor);
                }
            }
            if (!out.isEmpty() || m.kind() != Mention.Kind.DESCRIPTION) {
                return out;
            }
        }
        Token t = v.tok(token);
        if (m == null && words.has("delegation-noun", t.lower()) && role == Role.agent) {
            int lead = v.g.head(token);
            if (lead >= 0 && v.g.headRel(token).equals("obj") && words.has("lead-verb", v.tok(lead).lem())) {
                List<Entity> leaders = new ArrayList<>();
                for (int s : v.g.children(lead, "nsubj")) {
                    leaders.addAll(entities(v, s, role, relation, used)); // "X led a delegation to continue talks with Y": X took part
                }
                if (!leaders.isEmpty()) {
                    return leaders;
                }
            }
        }
        boolean member = words.has("member-noun", t);
        boolean thing = relation == Relation.STRUCK || relation == Relation.SUPPORTED || relation == Relation.DENOUNCED
                || relation == Relation.CALLED_FOR || relation == Relation.VISITED;
        if (!member && !thing) {
            return appositive(v, token, role, relation, used);
        }
        if (relation == Relation.VISITED) {
            return role == Role.agent ? List.of() : siteLocation(v, token, used);
        }
        for (DepGraph.Edge e : v.g.children(token)) {
            String rel = e.rel();
            boolean owner = rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("nmod:of")
                    || rel.equals("nmod:from") || rel.equals("amod") && v.mention(e.dep()) != null;
            if (member && rel.equals("amod") && !officialsOfState(v, token)) {
                owner = false; // "Ecuadorean business leaders" are not the state
            }
            boolean place = thing && relation == Relation.STRUCK && role == Role.target
                    && (rel.equals("nmod:in") || rel.equals("nmod:at") || rel.equals("nmod:near"));
            if (rel.equals("acl") && words.has("owning-verb", v.tok(e.dep()))) {
                // "depots belonging to X", "a plant owned by X", "bases used by the group"
                for (DepGraph.Edge by : v.g.children(e.dep())) {
                    if (by.rel().equals("obl:to") || by.rel().equals("obl:by") || by.rel().equals("obl:agent")) {
                        out.addAll(entities(v, by.dep(), role, relation, used));
                    }
                }
                continue;
            }
            if (owner) {
                Mention om = v.mention(e.dep());
                if (om != null) {
                    for (int c : v.withConjuncts(e.dep())) { // "the leaders of Armenia and Azerbaijan"
                        Mention cm = v.mention(c);
                        for (Entity oe : cm == null ? List.<Entity>of() : v.doc.referents(cm)) {
                            if (fits(oe, role, relation) && (oe.type() != ActorType.Place || relation == Relation.STRUCK || oe.isParty())) {
                                out.add(oe);
                            }
                        }
                    }
                } else if (rel.equals("nmod:of") && !member) {
                    out.addAll(entities(v, e.dep(), role, relation, used)); // "a camp of the group"
                }
            } else if (place) {
                Mention pm = v.mention(e.dep());
                if (pm != null) {
                    for (Entity pe : v.doc.referents(pm)) {
                        if (pe.type() == ActorType.Place || pe.isState()) {
                            out.add(pe);
                        }
                    }
                }
            }
        }
        if (out.isEmpty() && relation == Relation.STRUCK && role == Role.target) {
            out.addAll(placeBelow(v, token, 0));
        }
        if (out.isEmpty() && member && token + 2 < v.size() && v.tok(token + 1).is("of", "from")) {
            // "executives of X" where the parse hung "of X" elsewhere
            int k = v.tok(token + 2).is("the") ? token + 3 : token + 2;
            Mention om = v.covering(k);
            if (om != null && om.end() < v.size() && v.tok(om.end()).possessiveMarker()) {
                om = v.covering(om.end() + 1);
            }
            if (om != null) {
                for (Entity oe : v.doc.referents(om)) {
                    if (fits(oe, role, relation)) {
                        out.add(oe);
                    }
                }
            }
        }
        if (out.isEmpty()) {
            return appositive(v, token, role, relation, used);
        }
        return out;
    }

    /**
     * "Moscow denied", "talks between Washington and Beijing": a capital in an actor's place stands
     * for its government (not where something happens or what is struck or visited).
     */
    private Entity metonym(SentenceView v, Entity e, Role role, Relation relation) {
        if (e.type() != ActorType.Place || e.country() == null || role == Role.place || role == Role.site
                || role == Role.target && (relation == Relation.STRUCK || relation == Relation.VISITED)) {
            return e;
        }
        if (words.has("non-metonym-capital", e.name().toLowerCase(java.util.Locale.ROOT))) {
            return e;
        }
        var c = e.country();
        boolean capital = Fold.phrase(c.capital()).equals(Fold.phrase(e.name()))
                || c.capitalVariants().stream().anyMatch(x -> Fold.phrase(x).equals(Fold.phrase(e.name())));
        return capital ? States.of(v.doc, c) : e;
    }

    /** "Omani officials", "the Peruvian delegation": people who act for their state, unlike "business leaders". */
    boolean officialsOfState(SentenceView v, int noun) {
        if (!words.has("official-noun", v.tok(noun))) {
            return false;
        }
        for (DepGraph.Edge e : v.g.children(noun)) {
            if (e.rel().equals("compound") && v.mention(e.dep()) == null) {
                return false;
            }
        }
        return true;
    }

    /** "..., said X, the minister." / "..., X said.": whoever reports the event is not part of it. */
    boolean speaker(SentenceView v, Mention m) {
        int before = m.start() - 1;
        if (before >= 1 && words.has("speech-verb", v.tok(before).lem()) && v.tok(before).tag().equals("VBD")
                && v.tok(before - 1).word().equals(",")) {
            return true;
        }
        int after = m.end();
        return after + 1 < v.size() && m.start() >= 1 && v.tok(m.start() - 1).word().equals(",")
                && words.has("speech-verb", v.tok(after).lem()) && v.tok(after).tag().equals("VBD")
                && v.tok(after + 1).word().matches("[.,;]");
    }

    /** The places named under a struck thing ("a school sheltering displaced families in Gaza City"). */
    List<Entity> placeBelow(SentenceView v, int token, int depth) {
        List<Entity> out = new ArrayList<>();
        if (depth > 3) {
            return out;
        }
        for (DepGraph.Edge e : v.g.children(token)) {
            if (v.g.head(e.dep()) != token || e.rel().equals("punct") || e.rel().startsWith("acl:relcl")) {
                continue;
            }
            Mention m = v.mention(e.dep());
            if (m != null && (e.rel().endsWith(":in") || e.rel().endsWith(":at") || e.rel().endsWith(":near"))) {
                for (Entity x : v.doc.referents(m)) {
                    if (x.type() == ActorType.Place || x.isState()) {
                        out.add(x);
                    }
                }
            } else if (m == null) {
                out.addAll(placeBelow(v, e.dep(), depth + 1));
            }
        }
        return out;
    }

    /** "..., an ethnic armed group that attacked ...": a noun in apposition to a named actor stands for it. */
    List<Entity> appositive(SentenceView v, int token, Role role, Relation relation, Set<Integer> used) {
        List<Entity> out = new ArrayList<>();
        for (DepGraph.Edge e : v.g.parents(token)) {
            if (e.rel().equals("appos")) {
                Mention m = v.mention(e.gov());
                if (m != null) {
                    for (Entity x : v.doc.referents(m)) {
                        if (fits(x, role, relation)) {
                            out.add(x);
                        }
                    }
                }
            }
        }
        if (out.isEmpty()) {
            // "Ethiopia's minister of water and energy, Tesfaye Gebremedhin, hosted ...": the parser makes the
            // title the subject and the name its apposition
            for (int a : v.g.children(token, "appos")) {
                Mention m = v.mention(a);
                if (m != null && m.kind() == Mention.Kind.NAME) {
                    for (Entity x : v.doc.referents(m)) {
                        if (x.type() == ActorType.Person && fits(x, role, relation)) {
                            out.add(x);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Where a visited or toured thing is: the thing itself if a place, else its "in"/"at" or owning place. */
    List<Entity> siteLocation(SentenceView v, int token, Set<Integer> used) {
        List<Entity> out = new ArrayList<>();
        Mention m = v.mention(token);
        if (m != null) {
            for (Entity e : v.doc.referents(m)) {
                if (e.type() == ActorType.Place || e.isState()) {
                    out.add(e);
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        for (DepGraph.Edge e : v.g.children(token)) {
            String rel = e.rel();
            if (rel.equals("nmod:in") || rel.equals("nmod:at") || rel.equals("compound") || rel.equals("nmod:of")
                    || rel.equals("nmod:near")) {
                Mention pm = v.mention(e.dep());
                if (pm != null) {
                    for (Entity pe : v.doc.referents(pm)) {
                        if (pe.type() == ActorType.Place || pe.isState() && !rel.equals("compound")) {
                            out.add(pe);
                        }
                    }
                } else if (rel.equals("nmod:in") || rel.equals("nmod:at") || rel.equals("nmod:near")) {
                    out.addAll(siteLocation(v, e.dep(), used));
                }
            }
        }
        return out;
    }

    void placeOf(SentenceView v, int token, Frame f) {
        Mention m = v.mention(token);
        if (m == null && f.place() == null && v.tok(token).noun()) {
            // "at the presidential residence in Yerevan", "at his office in Putrajaya": the place of the building
            for (int in : v.g.children(token, "nmod:in")) {
                placeOf(v, in, f);
            }
            return;
        }
        if (m == null || f.place() != null) {
            return;
        }
        for (Entity e : v.doc.referents(m)) {
            if (e.type() == ActorType.Place || e.isState()) {
                f.place(e);
                return;
            }
        }
    }
    static boolean fits(Entity e, Role role, Relation relation) {
        if (e.type() == null) {
            return false;
        }
        return switch (relation) {
            case VISITED -> role == Role.agent ? e.type() != ActorType.Place : e.type() == ActorType.Place || e.isState();
            case STRUCK -> role == Role.agent ? e.type() != ActorType.Place : true;
            default -> e.type() != ActorType.Place || e.isParty();
        };
    }

    static void addAll(Set<Entity> into, List<Entity> entities) {
        into.addAll(entities);
    }

}
