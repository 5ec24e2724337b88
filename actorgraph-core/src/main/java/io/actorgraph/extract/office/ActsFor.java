package io.actorgraph.extract.office;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.lexicon.Lexicons;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.nlp.DepGraph;
import io.actorgraph.extract.nlp.Sentence;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.model.Relation;

/**
 * "Undersecretary of Energy X signed for the Philippines", "X signed the accords on behalf of the
 * Kingdom": the state a titled person acts for is the state of a
 * title that names none.
 */
final class ActsFor {

    private ActsFor() {
    }

    /** The state the person a mention names acts for in its sentence, or null. */
    static Entity stateOf(Doc doc, Lexicons lex, Mention m) {
        Sentence s = doc.sentence(m.sentence());
        DepGraph g = s.deps();
        for (DepGraph.Edge e : g.parents(m.head())) {
            if (!e.is("nsubj")) {
                continue;
            }
            int verb = e.gov();
            boolean signs = lex.relations().verbRules(s.token(verb).lem()).stream()
                    .anyMatch(r -> r.relation() == Relation.SIGNED && !r.noun());
            for (DepGraph.Edge c : g.children(verb)) {
                String marker = c.marker();
                if (!(c.is("obl") || c.is("advcl") || c.is("xcomp")) || !(marker.equals("on_behalf_of")
                        || signs && marker.equals("for"))) {
                    continue;
                }
                for (Entity party : doc.referentsAt(s.index(), c.dep())) {
                    if (party.isState()) {
                        return party;
                    }
                }
            }
        }
        return null;
    }
}
