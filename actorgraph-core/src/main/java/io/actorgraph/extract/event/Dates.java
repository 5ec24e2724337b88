package io.actorgraph.extract.event;

import io.actorgraph.extract.nlp.DepGraph;
import io.actorgraph.extract.nlp.Sentence;
import java.time.LocalDate;

/** The date expression attached to a word in the parse ("met ... on Thursday", "resigned in March"). */
public final class Dates {

    private Dates() {
    }

    /** The first resolvable date among the word's temporal dependents, or null. */
    public static DateResolver.Resolved attached(Sentence s, int head, LocalDate articleDate) {
        DepGraph g = s.deps();
        for (DepGraph.Edge e : g.children(head)) {
            String rel = e.rel();
            if (!(rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advmod")) || rel.endsWith(":since")
                    || rel.endsWith(":until") || rel.endsWith(":before") || rel.endsWith(":after")) {
                continue; // "since 2013" is a period, not the event's date
            }
            int d = e.dep();
            if (DateResolver.dateWord(s.token(d))) {
                DateResolver.Resolved r = DateResolver.around(s.tokens(), d, articleDate);
                if (r != null) {
                    return r;
                }
            }
            for (DepGraph.Edge e2 : g.children(d)) {
                boolean nested = e2.rel().equals("nmod:in") || e2.rel().equals("nmod:on") || e2.rel().equals("nmod:tmod");
                if (DateResolver.dateWord(s.token(e2.dep())) && (rel.startsWith("obl:in") || rel.equals("obl:npmod")
                        || rel.equals("obl:tmod") || rel.equals("advmod") || nested)) {
                    DateResolver.Resolved r = DateResolver.around(s.tokens(), e2.dep(), articleDate);
                    if (r != null) {
                        return r;
                    }
                }
            }
        }
        return null;
    }
}
