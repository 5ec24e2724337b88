package io.actorgraph.extract.coref;

import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.nlp.DepGraph;
import io.actorgraph.extract.nlp.Sentence;
import io.actorgraph.extract.pipeline.Doc;

/** Grammatical facts about a mention that make it a likely antecedent: subject, main-clause subject, clause mates. */
final class Salience {

    private Salience() {
    }

    static boolean subject(Doc doc, Mention m) {
        DepGraph g = doc.sentence(m.sentence()).deps();
        return g.parents(m.head()).stream().anyMatch(e -> e.rel().startsWith("nsubj"));
    }

    /** Subject of the root verb (or of a verb coordinated with it). */
    static boolean mainSubject(Doc doc, Mention m) {
        Sentence s = doc.sentence(m.sentence());
        DepGraph g = s.deps();
        for (DepGraph.Edge e : g.parents(m.head())) {
            if (!e.rel().startsWith("nsubj")) {
                continue;
            }
            int verb = e.gov();
            if (g.roots().contains(verb)) {
                return true;
            }
            int h = g.head(verb);
            if (h >= 0 && g.roots().contains(h) && g.headRel(verb).startsWith("conj")) {
                return true;
            }
        }
        return false;
    }

    /** The verbs a mention is a direct argument of. */
    static java.util.Set<Integer> governors(Doc doc, Mention m) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        DepGraph g = doc.sentence(m.sentence()).deps();
        for (DepGraph.Edge e : g.parents(m.head())) {
            if (e.rel().startsWith("nsubj") || e.rel().startsWith("obj") || e.rel().startsWith("obl")
                    || e.rel().startsWith("iobj")) {
                out.add(e.gov());
            }
        }
        return out;
    }

    /** The clause verb above a token: the nearest ancestor that has a subject, or the root. */
    static int clause(DepGraph g, int token) {
        int t = token;
        for (int guard = 0; t >= 0 && guard < g.size(); guard++) {
            if (t != token && g.hasChild(t, "nsubj")) {
                return t;
            }
            int h = g.head(t);
            if (h < 0) {
                return t;
            }
            t = h;
        }
        return t;
    }
}
