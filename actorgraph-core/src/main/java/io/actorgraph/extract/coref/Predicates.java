package io.actorgraph.extract.coref;

import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.nlp.DepGraph;
import io.actorgraph.extract.nlp.Sentence;

/**
 * A description said of someone rather than referring to them: "X was appointed budget
 * minister", "X became foreign minister", "X resigned as finance minister", "appointed X as
 * foreign minister". Its clause is the subject's, not its own.
 */
public final class Predicates {

    private Predicates() {
    }

    public static boolean isPredicate(Sentence s, Mention m) {
        DepGraph g = s.deps();
        int h = m.head();
        return g.hasChild(h, "cop") || copular(s, g, h)
                || g.parents(h).stream().anyMatch(e -> (e.rel().equals("obl:as") || e.rel().equals("xcomp"))
                        && s.token(e.gov()).verb());
    }

    /** The parser's reading of "X was appointed minister": the title is the root, "appointed" its modifier. */
    static boolean copular(Sentence s, DepGraph g, int head) {
        return g.children(head, "amod").stream().anyMatch(a -> s.token(a).tag().equals("VBN"))
                && !g.children(head, "nsubj").isEmpty();
    }
}
