package io.actorgraph.extract.office;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.coref.MainState;
import io.actorgraph.extract.coref.States;
import io.actorgraph.extract.lexicon.Lexicons;
import io.actorgraph.extract.lexicon.RelationRule;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.nlp.DepGraph;
import io.actorgraph.extract.nlp.Sentence;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.model.ActorType;
import io.actorgraph.model.Relation;
import io.actorgraph.resolve.Country;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Hosts are the host state's: "In Tunisia, the Under Secretary met with Prime Minister X" or
 * "While in Kyiv, A met with President X" (in a story about Ukraine) makes X an office holder of
 * the state the meeting took place in, when X's title names no state and the people who met X
 * serve another one. The visitor gets nothing from the place: only the people they met do.
 */
final class Hosts {

    private static final int MAX_HOPS = 8;

    private final Doc doc;
    private final Lexicons lex;
    private final MainState mainState;
    private final Function<Entity, Entity> stateOf;

    /** {@code stateOf} gives the state a person serves as far as the text shows, or null. */
    Hosts(Doc doc, Lexicons lex, MainState mainState, Function<Entity, Entity> stateOf) {
        this.doc = doc;
        this.lex = lex;
        this.mainState = mainState;
        this.stateOf = stateOf;
    }

    /** The host state of the person a mention names, or null when the sentence does not make them a host. */
    Entity hostOf(Mention m) {
        Entity person = doc.entityOf(m);
        Entity host = climb(m, person);
        Mention first = Lists.start(doc, m);
        return host != null || first == m ? host : climb(first, person);
    }

    /** From a mention up its list (conjuncts, appositions) to a meeting verb that takes it as counterpart. */
    private Entity climb(Mention m, Entity person) {
        Sentence s = doc.sentence(m.sentence());
        DepGraph g = s.deps();
        int cur = m.head();
        for (int hop = 0; hop < MAX_HOPS && cur >= 0; hop++) {
            int next = -1;
            for (DepGraph.Edge e : g.parents(cur)) {
                String position = e.rel().equals("obj") ? "obj" : e.is("obl") || e.is("nmod") ? e.marker() : null;
                if (position != null && meeting(s, e.gov(), position)) {
                    Entity host = host(s, e.gov(), person);
                    if (host != null) {
                        return host;
                    }
                }
                if (e.is("conj") || e.rel().equals("appos")) {
                    next = e.gov(); // "met with A, B and C": C hangs on A
                }
            }
            cur = next;
        }
        return null;
    }

    /** Whether the token is a meeting verb ("met", "hosted") that takes its counterpart at this position. */
    private boolean meeting(Sentence s, int verb, String position) {
        if (!s.token(verb).verb()) {
            return false;
        }
        for (RelationRule r : lex.relations().verbRules(s.token(verb).lem())) {
            if ((r.relation() == Relation.MET_WITH || r.relation() == Relation.IN_CONTACT_WITH) && !r.conditional()
                    && r.role(position) == RelationRule.Role.target) {
                return true;
            }
        }
        return false;
    }

    /** The state the meeting at this verb took place in, when its subjects all serve other states. */
    private Entity host(Sentence s, int verb, Entity met) {
        DepGraph g = s.deps();
        List<Entity> subjects = new ArrayList<>();
        for (int subj : g.children(verb, "nsubj")) {
            subjects.addAll(doc.referentsAt(s.index(), subj));
            for (int c : g.children(subj, "conj")) {
                subjects.addAll(doc.referentsAt(s.index(), c));
            }
        }
        if (subjects.isEmpty()) {
            // "While in Kyiv, A and B met with X": the parser left the verb without subject; the people before it
            for (Mention p : doc.mentionsIn(s.index())) {
                Entity e = doc.entityOf(p);
                if (p.end() <= verb && e != null && e.type() == ActorType.Person && p.kind() != Mention.Kind.PRONOUN) {
                    subjects.add(e);
                }
            }
        }
        if (subjects.isEmpty() || subjects.contains(met)) {
            return null;
        }
        Country place = place(s, verb);
        if (place == null) {
            return null;
        }
        for (Entity subj : subjects) {
            Entity serves = subj.type() == ActorType.Person ? stateOf.apply(subj) : subj.isState() ? subj : null;
            if (serves == null || !serves.isState() || serves.country() == null || serves.country().code().equals(place.code())) {
                return null;
            }
        }
        return States.of(doc, place);
    }

    /**
     * Where the sentence sets the meeting: a state or city introduced by "in" before the verb
     * ("In the United Arab Emirates, X met"), one state only; or any "in" place of the state the
     * article is about ("met ... in Kyiv" in a story about Ukraine).
     */
    private Country place(Sentence s, int verb) {
        Set<Country> fronted = new LinkedHashSet<>();
        Country main = mainState.dominant() ? mainState.main() : null;
        boolean inMain = false;
        for (Mention p : doc.mentionsIn(s.index())) {
            Entity e = doc.entityOf(p);
            if (e == null || e.country() == null || !(e.isState() && p.kind() == Mention.Kind.STATE || e.type() == ActorType.Place)) {
                continue;
            }
            int before = p.start() - 1;
            if (before > 0 && s.token(before).is("the")) {
                before--; // "in the Philippines"
            }
            if (before < 0 || !s.token(before).is("in")) {
                continue;
            }
            if (p.start() < verb) {
                fronted.add(e.country());
            }
            inMain |= main != null && e.country().code().equals(main.code());
        }
        if (fronted.size() == 1) {
            return fronted.iterator().next();
        }
        return fronted.isEmpty() && inMain ? main : null;
    }
}
