package io.actorgraph.extract.office;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.nlp.Sentence;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.model.ActorType;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists of titled people read on the surface, where long chains of titles and names defeat the
 * parser: "met with President A, Foreign Minister B, and Ambassador C"; a state in brackets after
 * a list ("Foreign Minister A and Minister B (Colombia)") or before it ("top UAE officials
 * including A, B and C", "the Ukrainian leaders: A, B") is the state of everyone in it.
 */
final class Lists {

    private Lists() {
    }

    /** The people named in a sentence, in order. */
    static List<Mention> people(Doc doc, int sentence) {
        List<Mention> people = new ArrayList<>();
        for (Mention o : doc.mentionsIn(sentence)) {
            Entity e = doc.entityOf(o);
            if (e != null && e.type() == ActorType.Person && o.kind() != Mention.Kind.PRONOUN) {
                people.add(o);
            }
        }
        return people;
    }

    /** The first person of the list a mention stands in (the mention itself when it stands alone). */
    static Mention start(Doc doc, Mention m) {
        Sentence s = doc.sentence(m.sentence());
        List<Mention> people = people(doc, m.sentence());
        Mention cur = m;
        for (int i = people.indexOf(m) - 1; i >= 0; i--) {
            Mention prev = people.get(i);
            if (prev.end() > cur.start() || !gap(s, prev.end(), cur.start())) {
                break;
            }
            cur = prev;
        }
        return cur;
    }

    /** The state a list names for a person in it, in brackets after it or before it; null when none. */
    static Entity stateOf(Doc doc, Mention m) {
        Sentence s = doc.sentence(m.sentence());
        List<Mention> people = people(doc, m.sentence());
        // forward to a bracketed state: "A and B (Colombia)"
        Mention cur = m;
        for (int i = people.indexOf(m); i >= 0 && i < people.size(); i++) {
            Mention item = people.get(i);
            if (item != cur && (item.start() < cur.end() || !gap(s, cur.end(), item.start()))) {
                break;
            }
            cur = item;
            Entity bracketed = bracketedState(doc, s, cur.end());
            if (bracketed != null) {
                return bracketed;
            }
        }
        // back to the officials the list spells out: "top UAE officials including A, B"
        Mention first = start(doc, m);
        int k = first.start() - 1;
        while (k >= 0 && (s.token(k).word().equals(",") || s.token(k).word().equals(":") || s.token(k).is("including", "such", "as",
                "namely"))) {
            k--;
        }
        if (k < 0 || k == first.start() - 1) {
            return null;
        }
        for (Mention o : doc.mentionsIn(m.sentence())) {
            Entity e = doc.entityOf(o);
            if (o.end() == k + 1 && o.kind() == Mention.Kind.STATE_PHRASE && o.has(Mention.Flag.OFFICIAL)
                    && o.has(Mention.Flag.PLURAL) && e != null && e.isState()) {
                return e;
            }
        }
        return null;
    }

    private static Entity bracketedState(Doc doc, Sentence s, int at) {
        if (at + 2 >= s.size() || !open(s.token(at).word())) {
            return null;
        }
        for (Mention o : doc.mentionsIn(s.index())) {
            Entity e = doc.entityOf(o);
            int start = s.token(o.start()).is("the") ? o.start() + 1 : o.start();
            if ((o.start() == at + 1 || start == at + 1) && o.end() < s.size() && close(s.token(o.end()).word())
                    && e != null && e.isState() && o.kind() == Mention.Kind.STATE) {
                return e;
            }
        }
        return null;
    }

    private static boolean open(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    private static boolean close(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }

    /** Tokens between two items of a list: commas, "and", "as well as". */
    static boolean gap(Sentence s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!s.token(i).word().equals(",") && !s.token(i).is("and", "as", "well")) {
                return false;
            }
        }
        return true;
    }
}
