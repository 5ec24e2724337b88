package io.actorgraph.extract.event;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.lexicon.WordLists;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.nlp.DepGraph;
import io.actorgraph.extract.nlp.Token;
import io.actorgraph.model.Polarity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the text says about a frame beyond its sides: negated ("did not attend", "denied
 * meeting", "No talks were held"), only planned or expected ("is expected to sign", "plans to
 * visit", "will meet"), hedged ("reportedly", "is said to"), attributed ("..., a source close to
 * the talks said", "according to officials"), when ("on Saturday") and where ("in Nairobi").
 */
final class ContextReader {

    private final WordLists words;

    ContextReader(WordLists words) {
        this.words = words;
    }

    void read(SentenceView v, Frame f, LocalDate articleDate) {
        int trigger = f.trigger();
        int clause = f.nominal() ? clauseVerb(v, trigger) : trigger;
        polarity(v, f, trigger, clause);
        modality(v, f, trigger, f.nominal() && before(v, trigger, clause) ? -1 : clause);
        hedges(v, f, trigger, clause);
        f.attribution(attribution(v, clause >= 0 ? clause : trigger));
        date(v, f, trigger, clause, articleDate);
        double c = f.nominal() ? 0.75 : 0.85;
        c -= 0.15 * f.hedges().size();
        if (f.attribution() != null && f.attribution().toLowerCase(java.util.Locale.ROOT).contains("source")) {
            c -= 0.05;
        }
        f.confidence(c);
    }

    /** The verb whose clause a nominal stands in (its host, climbing over nouns), or -1. */
    static int clauseVerb(SentenceView v, int token) {
        int t = token;
        for (int guard = 0; guard < 6; guard++) {
            int h = v.g.head(t);
            if (h < 0) {
                return v.tok(t).verb() ? t : -1;
            }
            if (v.tok(h).verb() || v.g.hasChild(h, "cop")) {
                return h;
            }
            t = h;
        }
        return -1;
    }

    /**
     * "will travel to X, following two days of meetings in Y": the nominal happened before its
     * clause's event ("after", "following"), so the clause's future or plan is not its own.
     */
    private static boolean before(SentenceView v, int trigger, int clause) {
        int t = trigger;
        for (int guard = 0; guard < 6 && t >= 0 && t != clause; guard++) {
            int h = v.g.head(t);
            String rel = v.g.headRel(t);
            if (h == clause && (rel.equals("obl:following") || rel.equals("obl:after"))) {
                return true;
            }
            t = h;
        }
        return false;
    }

    private void polarity(SentenceView v, Frame f, int trigger, int clause) {
        boolean negated = v.negatedAt(trigger) || clause >= 0 && v.negatedAt(clause);
        if (!negated) {
            for (DepGraph.Edge e : v.g.children(f.nominal() ? Math.max(clause, 0) : trigger)) {
                if (e.rel().equals("mark") && v.tok(e.dep()).is("without")) {
                    negated = true;
                }
            }
        }
        if (!negated && f.nominal() && clause >= 0 && words.has("negating-verb", v.tok(clause).lem())) {
            negated = true; // "cancelled his trip", "denied any meeting"
        }
        int t = clause >= 0 ? clause : trigger;
        for (int guard = 0; !negated && guard < 4; guard++) {
            int h = v.g.head(t);
            if (h < 0) {
                break;
            }
            String rel = v.g.headRel(t);
            if (!(rel.startsWith("xcomp") || rel.startsWith("ccomp") || rel.equals("obj") || rel.startsWith("advcl") || rel.equals("dep"))) {
                break;
            }
            Token ht = v.tok(h);
            if (words.has("negating-verb", ht.lem()) || ht.lem().equals("call") && hasParticle(v, h, "off")) {
                negated = true;
            } else if (rel.startsWith("xcomp") && v.negatedAt(h)) {
                negated = true; // "did not try to meet"
            }
            if (words.has("speech-verb", ht.lem())) {
                break;
            }
            t = h;
        }
        if (negated) {
            f.polarity(Polarity.negated);
        }
    }

    private static boolean hasParticle(SentenceView v, int verb, String particle) {
        return v.g.children(verb, "compound:prt").stream().anyMatch(p -> v.tok(p).is(particle));
    }

    private void modality(SentenceView v, Frame f, int trigger, int clause) {
        int t = clause >= 0 ? clause : trigger;
        if (f.nominal()) {
            for (DepGraph.Edge e : v.g.children(trigger)) {
                if ((e.rel().equals("amod") || e.rel().equals("compound")) && words.has("unreal-modifier", v.tok(e.dep()).lower())) {
                    f.asserted(false);
                    return;
                }
            }
        }
        for (int guard = 0; guard < 5 && t >= 0; guard++) {
            for (DepGraph.Edge e : v.g.children(t)) {
                if ((e.rel().equals("aux") || e.rel().equals("aux:pass")) && words.has("future-aux", v.tok(e.dep()).lower())) {
                    f.asserted(false);
                    return;
                }
                if (e.rel().equals("mark") && v.tok(e.dep()).is("if", "whether", "unless", "once")) {
                    f.asserted(false);
                    return;
                }
            }
            int h = v.g.head(t);
            if (h < 0) {
                return;
            }
            String rel = v.g.headRel(t);
            Token ht = v.tok(h);
            if (rel.startsWith("xcomp") || rel.startsWith("ccomp") && ht.tag().equals("JJ")) {
                if (words.has("planning-verb", ht.lem()) || words.has("planning-verb", ht.lower())) {
                    f.asserted(false);
                    return;
                }
            } else if ((rel.startsWith("advcl") || rel.startsWith("acl")) && hasInfinitiveMark(v, t)
                    && !(rel.startsWith("acl") && SurfaceRules.ordinal(v, h))) {
                f.asserted(false); // "travelled to Oslo to sign": a purpose, not yet a fact
                return;
            } else if (!(rel.startsWith("conj"))) {
                return;
            }
            t = h;
        }
    }

    private static boolean hasInfinitiveMark(SentenceView v, int verb) {
        return v.g.children(verb, "mark").stream().anyMatch(m -> v.tok(m).is("to"))
                && !v.g.hasChild(verb, "aux:pass") && v.tok(verb).tag().equals("VB");
    }

    private void hedges(SentenceView v, Frame f, int trigger, int clause) {
        List<Integer> look = new ArrayList<>();
        look.add(trigger);
        if (clause >= 0 && clause != trigger) {
            look.add(clause);
        }
        for (int x : look) {
            for (DepGraph.Edge e : v.g.children(x)) {
                Token d = v.tok(e.dep());
                if (e.rel().equals("advmod") && words.has("hedge", d.lower()) && !f.hedges().contains(d.lower())) {
                    f.hedges().add(d.lower());
                }
            }
        }
        int t = clause >= 0 ? clause : trigger;
        for (int guard = 0; guard < 3; guard++) {
            int h = v.g.head(t);
            if (h < 0 || !v.g.headRel(t).startsWith("xcomp")) {
                break;
            }
            Token ht = v.tok(h);
            boolean passive = v.g.hasChild(h, "aux:pass");
            if (words.has("hedge-verb", ht.lem()) && (passive || ht.lem().equals("appear") || ht.lem().equals("seem"))) {
                String hedge = ht.lower() + " to";
                if (!f.hedges().contains(hedge)) {
                    f.hedges().add(hedge);
                }
            }
            for (DepGraph.Edge e : v.g.children(h)) {
                if (e.rel().equals("advmod") && words.has("hedge", v.tok(e.dep()).lower())) {
                    f.hedges().add(v.tok(e.dep()).lower());
                }
            }
            t = h;
        }
    }

    /** Who the sentence says this comes from, or null; only a short phrase naming a source counts. */
    private String attribution(SentenceView v, int start) {
        String a = rawAttribution(v, start);
        if (a == null) {
            return null;
        }
        int comma = a.lastIndexOf(", ");
        if (comma >= 0) {
            a = a.substring(comma + 2); // the phrase before "said", not a clause the parse hung on it
        }
        String[] words = a.trim().split("\\s+");
        return a.isBlank() || words.length > 12 ? null : a.trim();
    }

    private String rawAttribution(SentenceView v, int start) {
        // "according to X"
        for (int i = 0; i + 2 < v.size(); i++) {
            if (v.tok(i).is("according") && v.tok(i + 1).is("to")) {
                return speaker(v, i + 2);
            }
        }
        int t = start;
        for (int guard = 0; guard < 8 && t >= 0; guard++) {
            for (DepGraph.Edge e : v.g.children(t)) {
                if ((e.rel().equals("parataxis") || e.rel().startsWith("advcl") || e.rel().equals("dep")
                        || e.rel().equals("discourse")) && v.tok(e.dep()).verb() && words.has("speech-verb", v.tok(e.dep()).lem())) {
                    String s = subjectText(v, e.dep());
                    if (s != null) {
                        return s;
                    }
                }
            }
            int h = v.g.head(t);
            if (h < 0) {
                break;
            }
            String rel = v.g.headRel(t);
            if (v.tok(h).verb() && words.has("speech-verb", v.tok(h).lem()) && !rel.startsWith("nsubj")) {
                String s = subjectText(v, h);
                if (s != null) {
                    return s;
                }
            }
            t = h;
        }
        return surfaceSpeaker(v);
    }

    private String subjectText(SentenceView v, int verb) {
        for (DepGraph.Edge e : v.g.children(verb)) {
            if (e.rel().equals("nsubj") || e.rel().equals("obl:agent")) {
                return speakerAt(v, e.dep());
            }
        }
        return null;
    }

    private String speakerAt(SentenceView v, int token) {
        Mention m = v.mention(token);
        if (m != null && m.kind() != Mention.Kind.PRONOUN) {
            return v.s.span(v.doc.text(), m.start(), m.end()).replaceFirst("^(?i)the ", "the ");
        }
        if (m != null) {
            List<Entity> r = v.doc.referents(m);
            return r.isEmpty() ? m.text() : r.get(0).name();
        }
        return v.subtreeText(token);
    }

    private String speaker(SentenceView v, int from) {
        Mention m = v.covering(from);
        if (m != null) {
            return v.s.span(v.doc.text(), m.start(), m.end());
        }
        int end = from;
        while (end < v.size() && !v.tok(end).word().matches("[,.;:]")) {
            end++;
        }
        return end > from ? v.s.span(v.doc.text(), from, end) : null;
    }

    /** "..., a source close to the talks said." / "..., said X." at the end of a sentence. */
    private String surfaceSpeaker(SentenceView v) {
        int n = v.size();
        int last = n - 1;
        while (last > 0 && v.tok(last).word().matches("[.\u201D\"']")) {
            last--;
        }
        for (int i = last; i > 0 && i > last - 14; i--) {
            Token t = v.tok(i);
            if (t.verb() && words.has("speech-verb", t.lem()) && t.tag().equals("VBD")) {
                int comma = i - 1;
                while (comma > 0 && !v.tok(comma).word().equals(",")) {
                    comma--;
                }
                if (comma > 0 && comma < i - 1 && i - comma <= 10) {
                    for (int k = comma + 1; k < i; k++) {
                        if (v.tok(k).verb() || v.tok(k).is("but", "and")) {
                            return null; // a clause, not a source
                        }
                    }
                    return v.s.span(v.doc.text(), comma + 1, i);
                }
                if (v.tok(i - 1).word().equals(",") && i + 1 <= last && last - i <= 12) {
                    for (int k = i + 1; k <= last; k++) {
                        if (v.tok(k).verb()) {
                            return null;
                        }
                    }
                    return v.s.span(v.doc.text(), i + 1, last + 1); // ", said X."
                }
                return null;
            }
        }
        return null;
    }

    private void date(SentenceView v, Frame f, int trigger, int clause, LocalDate articleDate) {
        DateResolver.Resolved r = Dates.attached(v.s, trigger, articleDate);
        if (r == null && clause >= 0 && clause != trigger) {
            r = Dates.attached(v.s, clause, articleDate);
        }
        if (r != null) {
            f.date(r.iso(), r.precision());
        }
    }

}
