package io.actorgraph.extract.event;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.nlp.DepGraph;
import io.actorgraph.extract.nlp.Sentence;
import io.actorgraph.extract.nlp.Token;
import io.actorgraph.extract.pipeline.Doc;
import java.util.ArrayList;
import java.util.List;

/** One sentence with its mentions indexed by the token that stands for them in the parse. */
final class SentenceView {

    final Doc doc;
    final Sentence s;
    final DepGraph g;
    final List<Token> t;
    private final Mention[] atHead;
    private final Mention[] covering;

    SentenceView(Doc doc, Sentence s) {
        this.doc = doc;
        this.s = s;
        this.g = s.deps();
        this.t = s.tokens();
        this.atHead = new Mention[s.size()];
        this.covering = new Mention[s.size()];
        for (Mention m : doc.mentionsIn(s.index())) {
            if (atHead[m.head()] == null || atHead[m.head()].length() < m.length()) {
                atHead[m.head()] = m;
            }
            for (int i = m.start(); i < m.end(); i++) {
                if (covering[i] == null || covering[i].length() < m.length()) {
                    covering[i] = m;
                }
            }
        }
    }

    /** The (largest) mention the parse represents by this token, or null. */
    Mention mention(int token) {
        return token >= 0 && token < atHead.length ? atHead[token] : null;
    }

    /** The largest mention covering this token, or null. */
    Mention covering(int token) {
        return token >= 0 && token < covering.length ? covering[token] : null;
    }

    List<Entity> entities(int token) {
        Mention m = mention(token);
        return m == null ? List.of() : doc.referents(m);
    }

    Token tok(int i) {
        return t.get(i);
    }

    int size() {
        return t.size();
    }

    /** The token and its conjuncts ("A and B" → A, B). */
    List<Integer> withConjuncts(int token) {
        List<Integer> out = new ArrayList<>();
        out.add(token);
        for (DepGraph.Edge e : g.children(token)) {
            if (e.rel().startsWith("conj") && !out.contains(e.dep())) {
                out.add(e.dep());
            }
        }
        return out;
    }

    boolean negatedAt(int token) {
        for (DepGraph.Edge e : g.children(token)) {
            if ((e.rel().equals("advmod") || e.rel().equals("neg") || e.rel().equals("det") || e.rel().startsWith("cc:preconj"))
                    && t.get(e.dep()).is("not", "n't", "never", "no", "nor", "neither")) {
                return true;
            }
        }
        return false;
    }

    /** The text of the subtree under a token (the contiguous span it dominates in the basic tree), as written. */
    String subtreeText(int token) {
        int lo = token;
        int hi = token;
        for (int x = 0; x < t.size(); x++) {
            if (x != token && g.dominates(token, x) && !t.get(x).word().matches("[,.;:\"\u201C\u201D]")) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
            Mention m = mention(x);
            if (m != null && (x == token || g.dominates(token, x))) {
                lo = Math.min(lo, m.start());
                hi = Math.max(hi, m.end() - 1);
            }
        }
        return s.span(doc.text(), lo, hi + 1);
    }
}
