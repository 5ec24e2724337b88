package io.actorgraph.extract.event;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.lexicon.WordLists;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.nlp.DepGraph;
import io.actorgraph.extract.nlp.Sentence;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.model.ActorType;
import io.actorgraph.model.Polarity;
import io.actorgraph.model.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A summit or conference told across sentences: "leaders met in Niamey for a summit where A and B
 * signed the agreement" and later "at the opening of the summit, C said". The people the text puts
 * at one gathering (acting in a clause about it, or speaking "at" it) met there, and those from
 * abroad visited its place. A gathering is one word of the {@code gathering-noun} list; a later
 * mention of the same word refers to it only when the article names one gathering by that word.
 */
final class Gatherings {

    private final WordLists words;

    Gatherings(WordLists words) {
        this.words = words;
    }

    private record Gathering(int sentence, int token, String word) {
    }

    /** Meetings among the people placed at each gathering, with its place. */
    List<Frame> meetings(Doc doc, List<Frame> frames) {
        Map<String, List<Gathering>> byWord = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            for (int i = s.firstContentToken(); i < s.tokens().size(); i++) {
                String w = s.token(i).lower();
                if (words.has("gathering-noun", w) && s.token(i).noun()) {
                    byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(new Gathering(s.index(), i, w));
                }
            }
        }
        List<Frame> out = new ArrayList<>();
        for (List<Gathering> mentions : byWord.values()) {
            if (!oneGathering(doc, mentions)) {
                continue;
            }
            Set<Entity> people = new LinkedHashSet<>();
            Entity place = null;
            Gathering first = mentions.get(0);
            for (Gathering g : mentions) {
                SentenceView v = new SentenceView(doc, doc.sentence(g.sentence()));
                if (place == null) {
                    place = placeOf(v, g.token());
                }
                for (Frame f : frames) {
                    if (f.sentence() == g.sentence() && f.polarity() == Polarity.asserted && inClauseAbout(v.g, f.trigger(), g.token())) {
                        addPeople(people, f.agents());
                        addPeople(people, f.targets());
                        addPeople(people, f.participants());
                    }
                }
                people.addAll(speakersAt(v, g.token()));
            }
            if (people.size() < 2 || place == null) {
                continue;
            }
            Frame m = new Frame(Relation.MET_WITH, first.sentence(), first.token(), true);
            m.agents().addAll(people);
            m.place(place);
            m.confidence(0.65);
            out.add(m);
        }
        return out;
    }

    /** One gathering: the first mention brings it in, every later one is definite ("the summit"). */
    private static boolean oneGathering(Doc doc, List<Gathering> mentions) {
        for (int k = 1; k < mentions.size(); k++) {
            Gathering g = mentions.get(k);
            Sentence s = doc.sentence(g.sentence());
            int d = g.token() - 1;
            while (d >= 0 && (s.token(d).capitalized() || s.token(d).noun() || s.token(d).tag().equals("JJ"))) {
                d--; // "the AU summit", "the annual leaders' summit"
            }
            if (d < 0 || !s.token(d).is("the", "this", "that")) {
                return false;
            }
        }
        return true;
    }

    private static void addPeople(Set<Entity> people, Set<Entity> from) {
        for (Entity e : from) {
            if (e.type() == ActorType.Person) {
                people.add(e);
            }
        }
    }

    /** "met in Niamey for a summit", "a summit in Niamey": the place named on the gathering or on the verb it serves. */
    private static Entity placeOf(SentenceView v, int token) {
        List<Integer> candidates = new ArrayList<>();
        for (DepGraph.Edge e : v.g.children(token)) {
            if (e.rel().equals("nmod:in") || e.rel().equals("nmod:at")) {
                candidates.add(e.dep());
            }
        }
        int head = v.g.head(token);
        if (head >= 0 && v.g.headRel(token).startsWith("obl") && v.tok(head).verb()) {
            for (DepGraph.Edge e : v.g.children(head)) {
                if (e.rel().equals("obl:in") || e.rel().equals("obl:at")) {
                    candidates.add(e.dep());
                }
            }
        }
        for (int c : candidates) {
            Mention m = v.mention(c);
            if (m == null) {
                continue;
            }
            for (Entity e : v.doc.referents(m)) {
                if (e.type() == ActorType.Place || e.isState()) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Whether the trigger sits in a clause that describes the gathering: "a summit where A and B signed". */
    private static boolean inClauseAbout(DepGraph g, int trigger, int gathering) {
        int t = trigger;
        for (int step = 0; step < 3 && t >= 0; step++) {
            int h = g.head(t);
            if (h == gathering) {
                return g.headRel(t).startsWith("acl");
            }
            t = h;
        }
        return false;
    }

    /** "At the opening of the summit, C said": the subjects of a verb placed at the gathering. */
    private static Set<Entity> speakersAt(SentenceView v, int token) {
        Set<Entity> out = new LinkedHashSet<>();
        int at = token;
        int h = v.g.head(at);
        if (h >= 0 && v.g.headRel(at).equals("nmod:of") && v.tok(h).noun()) {
            at = h; // "the opening of the summit", "the sidelines of the conference"
        }
        h = v.g.head(at);
        if (h < 0 || !v.g.headRel(at).equals("obl:at") || !v.tok(h).verb()) {
            return out;
        }
        for (int s : v.g.children(h, "nsubj")) {
            Mention m = v.mention(s);
            if (m == null) {
                m = v.covering(s);
            }
            if (m != null) {
                for (Entity e : v.doc.referents(m)) {
                    if (e.type() == ActorType.Person) {
                        out.add(e);
                    }
                }
            }
        }
        return out;
    }
}
