package io.actorgraph.extract.event;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.lexicon.Lexicons;
import io.actorgraph.extract.nlp.DepGraph;
import io.actorgraph.extract.nlp.Sentence;
import io.actorgraph.extract.office.OfficeClaim;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.extract.pipeline.Layer;
import io.actorgraph.extract.pipeline.Stage;
import io.actorgraph.model.ActorType;
import io.actorgraph.model.Polarity;
import io.actorgraph.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the relation frames of every sentence, reads their context, drops what is only planned,
 * and links frames that speak of an earlier event: "did not attend the meeting" refers to the
 * meeting told before; "signed the accord on behalf of her government" adds signatories to the
 * accord signed before.
 */
public final class EventStage implements Stage {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EventStage.class);

    private final FrameBuilder builder;
    private final ContextReader context;
    private final Gatherings gatherings;

    public EventStage(Lexicons lex) {
        this.builder = new FrameBuilder(lex);
        this.context = new ContextReader(lex.words());
        this.gatherings = new Gatherings(lex.words());
    }

    @Override
    public String name() {
        return "relations";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.DEPENDENCIES, Layer.ENTITIES, Layer.OFFICES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.FRAMES);
    }

    @Override
    public void process(Doc doc) {
        List<Frame> done = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            try {
                sentence(doc, s, done);
            } catch (RuntimeException e) {
                LOG.debug("relations failed on sentence {} of {}", s.index(), doc.article().id(), e);
            }
        }
        joinPartialAttacks(doc, done);
        done.removeIf(Frame::partial);
        done.addAll(gatherings.meetings(doc, done));
        doc.frames().addAll(done);
    }

    /**
     * An attack told in halves: "the airport was hit by drones" then "X claimed responsibility for
     * the attack" (or "carried out the attack"), or in one sentence "an attack by X that struck the
     * airport". A half that names only attackers, told by a noun ("the attack", "responsibility
     * for the attacks"; a verb's subject may be a thing read through its owner), takes the targets of the nearest earlier half that
     * names only targets, in the same sentence or, when it speaks of "the attack", up to
     * {@value #PARTIAL_REACH} sentences before.
     */
    private static void joinPartialAttacks(Doc doc, List<Frame> done) {
        List<Frame> joined = new ArrayList<>();
        for (int i = 0; i < done.size(); i++) {
            Frame attackers = done.get(i);
            if (!attackers.partial() || !attackers.nominal() || attackers.agents().isEmpty()
                    || attackers.polarity() != Polarity.asserted) {
                continue;
            }
            int reach = reach(doc, attackers);
            for (int j = done.size() - 1; j >= 0; j--) {
                Frame victims = done.get(j);
                if (j == i || !victims.partial() || !victims.agents().isEmpty() || victims.polarity() != Polarity.asserted
                        || victims.sentence() > attackers.sentence()
                        || attackers.sentence() - victims.sentence() > reach
                        || victims.sentence() == attackers.sentence()
                            && !linked(doc.sentence(victims.sentence()).deps(), victims.trigger(), attackers.trigger())) {
                    continue;
                }
                Frame f = new Frame(Relation.STRUCK, victims.sentence(), victims.trigger(), victims.nominal());
                f.agents().addAll(attackers.agents());
                f.targets().addAll(victims.targets());
                f.targets().removeAll(f.agents());
                if (f.targets().isEmpty()) {
                    break;
                }
                Frame dated = victims.date() != null ? victims : attackers;
                f.date(dated.date(), dated.datePrecision());
                f.place(victims.place());
                f.confidence(Math.min(attackers.confidence(), victims.confidence()) - 0.05);
                f.attribution(reach == PARTIAL_REACH ? attackers.attribution()
                        : String.join(", ", attackers.agents().stream().map(Entity::name).toList())); // the claimant says so
                joined.add(f);
                break;
            }
        }
        done.addAll(joined);
    }

    private static final int PARTIAL_REACH = 12;

    /** A bare "claimed responsibility" names no attack: it speaks of the one the article is about, however far back. */
    private static int reach(Doc doc, Frame attackers) {
        Sentence s = doc.sentence(attackers.sentence());
        boolean bare = io.actorgraph.extract.lexicon.WordLists.shared().has("claim-noun", s.token(attackers.trigger()).lower())
                && !s.deps().hasChild(attackers.trigger(), "nmod:for");
        return bare ? Integer.MAX_VALUE : PARTIAL_REACH;
    }

    /** Whether one word governs the other within three steps ("the attack by X that struck Y"). */
    private static boolean linked(DepGraph g, int a, int b) {
        for (int[] pair : new int[][] {{a, b}, {b, a}}) {
            int t = pair[0];
            for (int step = 0; step < 3 && t >= 0; step++) {
                t = g.head(t);
                if (t == pair[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    private void sentence(Doc doc, Sentence s, List<Frame> done) {
        SentenceView v = new SentenceView(doc, s);
        List<FrameBuilder.Built> built = builder.build(v);
        Frame previousSigning = null;
        for (FrameBuilder.Built b : built) {
            Frame f = b.frame();
            context.read(v, f, doc.date());
            if (!f.asserted()) {
                continue;
            }
            if (b.distributiveFor()) {
                for (Entity a : f.agents()) {
                    Entity own = ownState(doc, a);
                    if (own != null) {
                        f.actingFor().put(a, own);
                    }
                }
            }
            if (b.attendance()) {
                Frame before = antecedent(done, f.relation(), -1, v);
                if (before == null) {
                    continue;
                }
                f.antecedent(before);
                f.attendance(true);
            } else if (f.relation() == Relation.SIGNED) {
                boolean onlyOneSide = f.targets().isEmpty() && f.agents().size() < 2;
                if (b.document() >= 0 && (onlyOneSide || !hasBetween(f))) {
                    Frame before = antecedent(done, Relation.SIGNED, b.document(), v);
                    if (before != null && definite(v, b.document())) {
                        f.antecedent(before);
                    }
                }
                if (f.antecedent() == null && previousSigning != null && f.targets().isEmpty()
                        && previousSigning.targets().isEmpty()) {
                    // "A signed the accord for X, while B signed for the company": one signing
                    f.antecedent(previousSigning.antecedent() != null ? previousSigning.antecedent() : previousSigning);
                }
                previousSigning = f;
            }
            if (duplicate(done, f)) {
                continue;
            }
            done.add(f);
        }
    }

    private static boolean hasBetween(Frame f) {
        return f.agents().size() >= 2 && f.agents().stream().noneMatch(e -> e.type() == ActorType.Person);
    }

    private static boolean definite(SentenceView v, int noun) {
        return v.g.children(noun).stream().anyMatch(e -> e.rel().equals("det") && v.tok(e.dep()).is("the", "this", "that")
                || e.rel().equals("nmod:poss"));
    }

    /** The latest complete frame of the relation, preferring one whose document is the same word ("the agreement"). */
    private static Frame antecedent(List<Frame> done, Relation relation, int document, SentenceView v) {
        Frame latest = null;
        for (int i = done.size() - 1; i >= 0; i--) {
            Frame f = done.get(i);
            if (f.relation() != relation || f.antecedent() != null) {
                continue;
            }
            int sides = f.agents().size() + f.targets().size() + f.participants().size();
            if (sides < 2) {
                continue;
            }
            if (latest == null) {
                latest = f;
            }
            if (document >= 0 && f.nominal() == false && sameDocumentWord(v, f, document)) {
                return f;
            }
        }
        return latest;
    }

    private static boolean sameDocumentWord(SentenceView v, Frame f, int document) {
        Sentence s = v.doc.sentence(f.sentence());
        String word = v.tok(document).lem();
        for (int i = f.trigger(); i < s.size() && i < f.trigger() + 8; i++) {
            if (s.token(i).lem().equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean duplicate(List<Frame> done, Frame f) {
        for (Frame o : done) {
            if (o.relation() == f.relation() && o.sentence() == f.sentence() && o.agents().equals(f.agents())
                    && o.targets().equals(f.targets()) && o.polarity() == f.polarity() && o.antecedent() == f.antecedent()) {
                return true;
            }
        }
        return false;
    }

    /** The state a person holds office in (their own government), if exactly one. */
    static Entity ownState(Doc doc, Entity person) {
        if (person.isState()) {
            return person;
        }
        Entity found = null;
        for (OfficeClaim c : doc.offices()) {
            if (c.person() == person && c.current() && c.owner().isState()) {
                if (found != null && found != c.owner()) {
                    return null;
                }
                found = c.owner();
            }
        }
        return found;
    }
}
