package io.actorgraph.extract.party;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.coref.States;
import io.actorgraph.extract.event.Frame;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.office.OfficeClaim;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.extract.pipeline.Layer;
import io.actorgraph.extract.pipeline.Stage;
import io.actorgraph.model.ActorType;
import io.actorgraph.model.Polarity;
import io.actorgraph.model.Relation;
import io.actorgraph.resolve.Country;
import io.actorgraph.statement.Office;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns frames and offices into facts and events. Symmetric relations are built per event: its
 * frames (an accord, then the people who signed it "on behalf of" their governments) put every
 * participant on a side by the party it acts for, and every pair across sides is a fact:
 * signatory-for-P with counterparty Q gives SIGNED(signatory, Q) and SIGNED(P, Q), never a
 * pair inside one side. Directed relations pair agents with targets and add the parties people
 * act for. A place the lexicon locates in a state gives LOCATED_IN.
 */
public final class FactStage implements Stage {

    private static final double PARTY_FACTOR = 0.9;

    @Override
    public String name() {
        return "facts";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.FRAMES, Layer.OFFICES, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.FACTS);
    }

    @Override
    public void process(Doc doc) {
        Parties parties = new Parties(doc);
        Sink sink = new Sink();
        for (OfficeClaim c : doc.offices()) {
            sink.add(new FactDraft(Relation.HOLDS_OFFICE, c.person(), c.owner(), Polarity.asserted, null, c.sentence(), null,
                    List.of(), null, null, null, new Office(c.title(), c.since(), c.until(), c.ended() ? Boolean.TRUE : null),
                    c.confidence()));
        }
        Map<Frame, List<Frame>> clusters = new LinkedHashMap<>();
        List<Frame> attendances = new ArrayList<>();
        for (Frame f : doc.frames()) {
            if (f.presence()) {
                continue; // handled with the implied visits: only people from abroad visit
            } else if (!f.relation().symmetric()) {
                directed(doc, parties, sink, f);
            } else if (f.attendance()) {
                if (f.relation() != Relation.SIGNED) {
                    attendances.add(f); // being at a signing is not signing
                }
            } else if (f.antecedent() != null && f.polarity() != f.antecedent().polarity()) {
                attendances.add(f); // "Tanzania has not signed the accord" 
            } else {
                clusters.computeIfAbsent(root(f), k -> new ArrayList<>()).add(f);
            }
        }
        Map<Frame, Sides> built = new HashMap<>();
        for (Map.Entry<Frame, List<Frame>> e : clusters.entrySet()) {
            Sides sides = new Sides(parties);
            for (Frame f : e.getValue()) {
                sides.add(f);
            }
            built.put(e.getKey(), sides);
            EventDraft event = sides.event(e.getKey());
            if (event != null && e.getKey().polarity() == Polarity.asserted) {
                doc.events().add(event);
            }
            sides.facts(sink, event);
            for (Frame f : e.getValue()) {
                colleaguesMet(parties, sink, f);
            }
        }
        for (Frame f : attendances) {
            Sides sides = built.get(root(f));
            if (sides != null) {
                sides.attend(f, sink);
            }
        }
        for (Frame f : doc.frames()) {
            visitsImplied(doc, parties, sink, f);
        }
        Companions.visits(Companions.find(doc), sink.facts()).forEach(sink::add);
        locatedIn(doc, sink);
        doc.facts().addAll(sink.facts());
    }

    /**
     * "In a meeting he was told by the Emergencies Minister": two people of one government who met
     * stand on one side of the event (they speak for the same state), yet they met each other.
     */
    private static void colleaguesMet(Parties parties, Sink sink, Frame f) {
        if (f.relation() != Relation.MET_WITH && f.relation() != Relation.IN_CONTACT_WITH || !f.targets().isEmpty()
                || f.polarity() != Polarity.asserted) {
            return;
        }
        List<Entity> people = f.agents().stream().filter(a -> a.type() == ActorType.Person).toList();
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                Set<Entity> shared = new LinkedHashSet<>(parties.of(people.get(i), f));
                shared.retainAll(parties.of(people.get(j), f));
                if (!shared.isEmpty()) {
                    sink.add(fact(f, people.get(i), people.get(j), f.confidence()));
                }
            }
        }
    }

    private static Frame root(Frame f) {
        Frame r = f;
        for (int guard = 0; r.antecedent() != null && guard < 20; guard++) {
            r = r.antecedent();
        }
        return r;
    }

    private void directed(Doc doc, Parties parties, Sink sink, Frame f) {
        EventDraft event = null;
        if (f.polarity() == Polarity.asserted && !f.agents().isEmpty() && !f.targets().isEmpty()) {
            List<EventDraft.Participant> ps = new ArrayList<>();
            String[] roles = roles(f.relation());
            for (Entity a : f.agents()) {
                ps.add(new EventDraft.Participant(a, roles[0], first(parties.of(a, f))));
            }
            for (Entity t : f.targets()) {
                ps.add(new EventDraft.Participant(t, roles[1], first(parties.of(t, f))));
            }
            event = new EventDraft(f.relation(), eventName(doc, f), f.date(), f.datePrecision(), f.place(), ps);
            doc.events().add(event);
        }
        for (Entity a : f.agents()) {
            for (Entity t : f.targets()) {
                if (a == t) {
                    continue;
                }
                sink.add(fact(f, a, t, f.confidence(), event));
                if (f.relation() == Relation.STRUCK && t.type() == ActorType.Place && t.country() != null
                        && (a.country() == null || !a.country().code().equals(t.country().code()))
                        && a.type() != ActorType.Person) {
                    // a strike on a city abroad is a strike on the state it lies in
                    Entity st = States.of(doc, t.country());
                    if (st != a && !f.targets().contains(st)) {
                        sink.add(fact(f, a, st, f.confidence() * 0.8, event));
                    }
                }
                Set<Entity> aParties = parties.of(a, f);
                Set<Entity> tParties = parties.of(t, f);
                for (Entity p : aParties) {
                    if (p != t && !tParties.contains(p) && !(f.relation() == Relation.VISITED && inOwnState(p, t))) {
                        sink.add(fact(f, p, t, f.confidence() * PARTY_FACTOR, event));
                    }
                }
                if (f.relation() != Relation.VISITED) {
                    for (Entity q : tParties) {
                        if (q != a && !aParties.contains(q)) {
                            sink.add(fact(f, a, q, f.confidence() * PARTY_FACTOR, event));
                            for (Entity p : aParties) {
                                if (p != q) {
                                    sink.add(fact(f, p, q, f.confidence() * PARTY_FACTOR * PARTY_FACTOR, event));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * "X met Y in Nairobi": a participant from abroad (an official of another state or of an
     * international body) was in Nairobi, so visited it. Hosts and people whose state is unknown
     * are left out.
     */
    private static void visitsImplied(Doc doc, Parties parties, Sink sink, Frame f) {
        Entity place = f.presence() && !f.targets().isEmpty() ? f.targets().iterator().next() : f.place();
        if (place == null && !f.presence()) {
            place = root(f).place() != null ? root(f).place() : toldBefore(doc, f);
        }
        if (f.polarity() != Polarity.asserted || place == null || f.relation() == Relation.IN_CONTACT_WITH
                || !f.relation().symmetric() && !f.presence()) {
            return;
        }
        Country where = place.isState() ? place.country() : place.country();
        if (where == null) {
            return;
        }
        Set<Entity> people = new LinkedHashSet<>();
        people.addAll(f.agents());
        people.addAll(f.targets());
        people.addAll(f.participants());
        for (Entity p : people) {
            if (p.type() != ActorType.Person) {
                continue;
            }
            Set<Entity> own = parties.of(p, f);
            if (own.isEmpty()) {
                continue;
            }
            Set<String> home = new LinkedHashSet<>();
            for (Entity o : own) {
                if (o.country() != null) {
                    home.add(o.country().code());
                }
            }
            if (home.contains(where.code())) {
                continue;
            }
            FactDraft base = fact(f, p, place, f.confidence() * 0.7);
            sink.add(new FactDraft(Relation.VISITED, p, place, Polarity.asserted, null, f.sentence(), f.attribution(),
                    base.hedges(), f.date(), f.datePrecision(), null, null, base.confidence()));
            for (Entity o : own) {
                if (o.isState()) {
                    sink.add(new FactDraft(Relation.VISITED, o, place, Polarity.asserted, null, f.sentence(), f.attribution(),
                            base.hedges(), f.date(), f.datePrecision(), null, null, base.confidence() * PARTY_FACTOR));
                }
            }
        }
    }

    /**
     * "The meeting, hosted by Togo, brought together A, B and C": a verb whose subject is "the
     * meeting" (or summit, talks) took place where the meeting told just before did.
     */
    private static Entity toldBefore(Doc doc, Frame f) {
        io.actorgraph.extract.nlp.Sentence s = doc.sentence(f.sentence());
        boolean definiteEvent = s.deps().children(f.trigger(), "nsubj").stream().anyMatch(n ->
                s.token(n).is("meeting", "summit", "talks", "conference", "visit")
                        && s.deps().children(n, "det").stream().anyMatch(d -> s.token(d).is("the", "The")));
        if (!definiteEvent || f.nominal()) {
            return null;
        }
        Entity place = null;
        for (Frame o : doc.frames()) {
            if (o != f && o.relation() == f.relation() && o.place() != null && o.sentence() < f.sentence()
                    && o.sentence() >= f.sentence() - 2 && o.polarity() == Polarity.asserted) {
                place = o.place();
            }
        }
        return place;
    }

    private static boolean inOwnState(Entity party, Entity place) {
        if (!party.isState() || party.country() == null) {
            return false;
        }
        if (place == party) {
            return true;
        }
        return place.type() == ActorType.Place && place.country() != null && place.country().code().equals(party.country().code());
    }

    static String[] roles(Relation r) {
        return switch (r) {
            case STRUCK -> new String[] {"attacker", "target"};
            case VISITED -> new String[] {"visitor", "destination"};
            case DENOUNCED -> new String[] {"critic", "criticised"};
            case CALLED_FOR -> new String[] {"caller", "addressee"};
            case SUPPORTED -> new String[] {"supporter", "supported"};
            case SIGNED -> new String[] {"signatory", "signatory"};
            default -> new String[] {"participant", "participant"};
        };
    }

    static String eventName(Doc doc, Frame f) {
        return doc.sentence(f.sentence()).token(f.trigger()).word().toLowerCase(java.util.Locale.ROOT);
    }

    static Entity first(Set<Entity> set) {
        return set.isEmpty() ? null : set.iterator().next();
    }

    static FactDraft fact(Frame f, Entity s, Entity o, double confidence) {
        return fact(f, s, o, confidence, null);
    }

    static FactDraft fact(Frame f, Entity s, Entity o, double confidence, EventDraft event) {
        return new FactDraft(f.relation(), s, o, f.polarity(), event, f.sentence(), f.attribution(), List.copyOf(f.hedges()),
                f.date(), f.datePrecision(), f.place(), null, confidence);
    }

    /** Every place the lexicon or the text puts in a state lies in it. */
    private static void locatedIn(Doc doc, Sink sink) {
        for (Entity e : new ArrayList<>(doc.entities())) {
            if (e.type() != ActorType.Place || e.country() == null) {
                continue;
            }
            int sentence = -1;
            for (Mention m : e.mentions()) {
                if (sentence < 0 || m.sentence() < sentence) {
                    sentence = m.sentence();
                }
            }
            if (sentence < 0) {
                continue;
            }
            Entity state = States.of(doc, e.country());
            sink.add(new FactDraft(Relation.LOCATED_IN, e, state, Polarity.asserted, null, sentence, null, List.of(), null,
                    null, null, null, 0.9));
        }
    }

    /** Collects facts, keeping one per relation, actors, polarity and sentence (the most confident). */
    static final class Sink {
        private final Map<String, FactDraft> facts = new LinkedHashMap<>();

        void add(FactDraft f) {
            if (f.subject() == f.object()) {
                return;
            }
            Entity s = f.subject();
            Entity o = f.object();
            if (f.relation().symmetric() && s.id() > o.id()) {
                Entity x = s;
                s = o;
                o = x;
            }
            String key = f.relation() + "|" + s.id() + "|" + o.id() + "|" + f.polarity() + "|" + f.sentence()
                    + (f.office() != null ? "|" + f.office().title() : "");
            FactDraft prev = facts.get(key);
            if (prev == null || prev.confidence() < f.confidence()) {
                facts.put(key, f);
            }
        }

        List<FactDraft> facts() {
            // an asserted and a negated reading of one pair in one sentence: the negation wins
            Set<String> negated = new LinkedHashSet<>();
            for (FactDraft f : facts.values()) {
                if (f.polarity() == Polarity.negated) {
                    negated.add(pairKey(f));
                }
            }
            List<FactDraft> out = new ArrayList<>();
            for (FactDraft f : facts.values()) {
                if (f.polarity() == Polarity.asserted && negated.contains(pairKey(f))) {
                    continue;
                }
                out.add(f);
            }
            return out;
        }

        private static String pairKey(FactDraft f) {
            int a = Math.min(f.subject().id(), f.object().id());
            int b = Math.max(f.subject().id(), f.object().id());
            return f.relation() + "|" + a + "|" + b + "|" + f.sentence();
        }
    }
}
