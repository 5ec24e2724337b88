package io.actorgraph.extract.party;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.nlp.DepGraph;
import io.actorgraph.extract.nlp.Sentence;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.model.ActorType;
import io.actorgraph.model.Polarity;
import io.actorgraph.model.Relation;
import java.util.ArrayList;
import java.util.List;

/**
 * People on someone else's trip visit where that person visits: "Defence Secretary X is
 * travelling with the president", "the president, accompanied by X, arrived in Tokyo", "X
 * accompanied him". Said only, never negated ("did not accompany him") or planned ("will
 * travel with"), and only where the article states the principal's visit.
 */
final class Companions {

    private static final double FACTOR = 0.8;

    /** One person travelling with another, as a sentence states it. */
    record Pair(Entity companion, Entity principal, int sentence) {
    }

    static List<Pair> find(Doc doc) {
        List<Pair> pairs = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            DepGraph g = s.deps();
            for (int v = 0; v < s.size(); v++) {
                String lemma = s.token(v).lem();
                if (!s.token(v).verb() || !lemma.equals("accompany") && !lemma.equals("travel") || negatedOrPlanned(s, g, v)) {
                    continue;
                }
                List<Integer> companions = new ArrayList<>();
                List<Integer> principals = new ArrayList<>();
                if (lemma.equals("travel")) {
                    companions.addAll(g.children(v, "nsubj"));
                    principals.addAll(g.children(v, "obl:with"));
                } else if (g.hasChild(v, "aux:pass") || !g.children(v, "nsubj:pass").isEmpty() || s.token(v).tag().equals("VBN")) {
                    companions.addAll(g.children(v, "obl:agent"));
                    companions.addAll(g.children(v, "obl:by"));
                    principals.addAll(g.children(v, "nsubj:pass"));
                    for (DepGraph.Edge e : g.parents(v)) {
                        if (e.rel().equals("acl")) {
                            principals.add(e.gov()); // "the president, accompanied by X, ..."
                        }
                    }
                } else {
                    companions.addAll(g.children(v, "nsubj"));
                    principals.addAll(g.children(v, "obj"));
                }
                for (int c : companions) {
                    for (int p : principals) {
                        for (Entity companion : people(doc, s, c)) {
                            for (Entity principal : people(doc, s, p)) {
                                if (companion != principal) {
                                    pairs.add(new Pair(companion, principal, s.index()));
                                }
                            }
                        }
                    }
                }
            }
        }
        return pairs;
    }

    /** The companion's visits: the principal's asserted visits, with the companion's sentence as evidence. */
    static List<FactDraft> visits(List<Pair> pairs, List<FactDraft> facts) {
        List<FactDraft> out = new ArrayList<>();
        for (Pair pair : pairs) {
            for (FactDraft f : facts) {
                if (f.relation() == Relation.VISITED && f.polarity() == Polarity.asserted && f.subject() == pair.principal()) {
                    out.add(new FactDraft(Relation.VISITED, pair.companion(), f.object(), Polarity.asserted, null,
                            pair.sentence(), f.attribution(), f.hedges(), f.date(), f.datePrecision(), null, null,
                            f.confidence() * FACTOR));
                }
            }
        }
        return out;
    }

    /** Negated ("did not accompany"), planned ("will travel with", "is expected to accompany") or a condition. */
    private static boolean negatedOrPlanned(Sentence s, DepGraph g, int v) {
        for (DepGraph.Edge e : g.children(v)) {
            if ((e.rel().equals("advmod") || e.rel().equals("neg")) && s.token(e.dep()).is("not", "n't", "never")
                    || e.rel().equals("aux") && s.token(e.dep()).is("will", "would", "could", "may", "might", "to", "'ll")
                    || e.rel().equals("mark") && s.token(e.dep()).is("if", "unless")) {
                return true;
            }
        }
        return false;
    }

    private static List<Entity> people(Doc doc, Sentence s, int token) {
        return doc.referentsAt(s.index(), token).stream().filter(e -> e.type() == ActorType.Person).toList();
    }
}
