package io.actorgraph.extract.party;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.event.Frame;
import io.actorgraph.model.ActorType;
import io.actorgraph.model.Polarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sides of one symmetric event (a meeting, an agreement, a call): each side holds the
 * parties and the people acting for them. A person joins the side of a party they act for.
 */
final class Sides {

    private final Parties parties;
    private final List<Set<Entity>> sides = new ArrayList<>();
    /** The frame that brought each member in (for the evidence sentence and context). */
    private final Map<Entity, Frame> introducedBy = new HashMap<>();
    private final Map<Entity, Entity> actsFor = new HashMap<>();

    Sides(Parties parties) {
        this.parties = parties;
    }

    void add(Frame f) {
        if (!f.targets().isEmpty()) {
            Set<Entity> a = sideFor(f.agents(), f);
            addAll(a, f.agents(), f);
            Set<Entity> b = sideFor(f.targets(), f);
            if (b == a) {
                b = new LinkedHashSet<>();
                sides.add(b);
            }
            addAll(b, f.targets(), f);
        } else {
            for (Entity e : f.agents()) {
                Set<Entity> side = sideFor(List.of(e), f);
                addAll(side, List.of(e), f);
            }
        }
        for (Entity e : f.participants()) {
            Set<Entity> side = sideFor(List.of(e), f);
            addAll(side, List.of(e), f);
        }
    }

    /** The side one of these actors (or a party one of them acts for) is on; a new side when none. */
    private Set<Entity> sideFor(Iterable<Entity> actors, Frame f) {
        for (Entity e : actors) {
            Set<Entity> keys = new LinkedHashSet<>();
            keys.add(e);
            keys.addAll(parties.of(e, f));
            for (Set<Entity> side : sides) {
                for (Entity k : keys) {
                    if (side.contains(k)) {
                        return side;
                    }
                }
            }
        }
        Set<Entity> side = new LinkedHashSet<>();
        sides.add(side);
        return side;
    }

    private void addAll(Set<Entity> side, Iterable<Entity> actors, Frame f) {
        for (Entity e : actors) {
            if (inOtherSide(e, side)) {
                continue;
            }
            side.add(e);
            introducedBy.putIfAbsent(e, f);
            for (Entity p : parties.of(e, f)) {
                if (!inOtherSide(p, side)) {
                    side.add(p);
                    introducedBy.putIfAbsent(p, f);
                    actsFor.putIfAbsent(e, p);
                }
            }
        }
    }

    private boolean inOtherSide(Entity e, Set<Entity> side) {
        for (Set<Entity> s : sides) {
            if (s != side && s.contains(e)) {
                return true;
            }
        }
        return false;
    }

    /** Every pair across two sides. */
    void facts(FactStage.Sink sink, EventDraft event) {
        for (int i = 0; i < sides.size(); i++) {
            for (int j = i + 1; j < sides.size(); j++) {
                for (Entity x : sides.get(i)) {
                    for (Entity y : sides.get(j)) {
                        Frame fx = introducedBy.get(x);
                        Frame fy = introducedBy.get(y);
                        Frame later = fx.sentence() >= fy.sentence() ? fx : fy;
                        boolean direct = fx == fy && (fx.agents().contains(x) || fx.targets().contains(x)
                                || fx.participants().contains(x)) && (fy.agents().contains(y) || fy.targets().contains(y)
                                || fy.participants().contains(y));
                        double c = Math.min(fx.confidence(), fy.confidence()) * (direct ? 1.0 : 0.9);
                        FactDraft f = FactStage.fact(later, x, y, c);
                        sink.add(new FactDraft(f.relation(), x, y, later.polarity(), event, f.sentence(), f.attribution(),
                                f.hedges(), f.date() != null ? f.date() : rootDate(later), f.date() != null ? f.datePrecision()
                                        : rootPrecision(later), f.place() != null ? f.place() : rootPlace(later), null, c));
                    }
                }
            }
        }
    }

    private static Frame rootOf(Frame f) {
        Frame r = f;
        while (r.antecedent() != null) {
            r = r.antecedent();
        }
        return r;
    }

    private static String rootDate(Frame f) {
        return rootOf(f).date();
    }

    private static io.actorgraph.model.DatePrecision rootPrecision(Frame f) {
        return rootOf(f).datePrecision();
    }

    private static Entity rootPlace(Frame f) {
        return rootOf(f).place();
    }

    /** "X did not attend the meeting": X with every participant, as the frame says (usually negated). */
    void attend(Frame f, FactStage.Sink sink) {
        for (Entity a : f.agents()) {
            Set<Entity> own = new LinkedHashSet<>(parties.of(a, f));
            own.add(a);
            for (Set<Entity> side : sides) {
                if (side.stream().anyMatch(own::contains)) {
                    continue; // the side one belongs to is not whom one meets
                }
                for (Entity y : side) {
                    if (y.type() == ActorType.Place) {
                        continue;
                    }
                    sink.add(FactStage.fact(f, a, y, f.confidence()));
                    if (f.polarity() == Polarity.asserted) {
                        for (Entity p : parties.of(a, f)) {
                            sink.add(FactStage.fact(f, p, y, f.confidence() * 0.9));
                        }
                    }
                }
            }
        }
    }

    EventDraft event(Frame root) {
        if (sides.size() < 2) {
            return null;
        }
        String[] roles = FactStage.roles(root.relation());
        List<EventDraft.Participant> ps = new ArrayList<>();
        for (Set<Entity> side : sides) {
            for (Entity e : side) {
                String role = root.relation() == io.actorgraph.model.Relation.SIGNED && e.type() != ActorType.Person
                        ? "party" : roles[0];
                ps.add(new EventDraft.Participant(e, role, actsFor.get(e)));
            }
        }
        return new EventDraft(root.relation(), null, root.date(), root.datePrecision(), root.place(), ps);
    }
}
