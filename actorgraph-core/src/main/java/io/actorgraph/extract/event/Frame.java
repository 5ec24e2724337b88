package io.actorgraph.extract.event;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.model.DatePrecision;
import io.actorgraph.model.Polarity;
import io.actorgraph.model.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One statement of a relation in a sentence, before it becomes facts: the trigger word, the two
 * sides (for symmetric relations two groups of participants; else agents and targets), and what
 * the text says about it: polarity, hedges, who says so, when, where, how sure we are.
 */
public final class Frame {

    private final Relation relation;
    private final int sentence;
    private final int trigger;
    private final boolean nominal;
    private final Set<Entity> agents = new LinkedHashSet<>();
    private final Set<Entity> targets = new LinkedHashSet<>();
    /** Participants whose side is set by the party they act for ("talks led by A and B"). */
    private final Set<Entity> participants = new LinkedHashSet<>();
    /** Parties a participant explicitly acts for ("on behalf of her government", "for the company"). */
    private final Map<Entity, Entity> actingFor = new LinkedHashMap<>();
    private Polarity polarity = Polarity.asserted;
    private boolean asserted = true;
    private final List<String> hedges = new ArrayList<>();
    private String attribution;
    private String date;
    private DatePrecision datePrecision;
    private Entity place;
    private double confidence = 0.8;
    /** An earlier frame this one refers to ("the meeting", "the deal"), or null. */
    private Frame antecedent;
    /** Whether the frame only says who was (or was not) at the antecedent event ("did not attend the meeting"). */
    private boolean attendance;
    /** Whether the frame only says someone was somewhere ("X, who was in Santiago"): a visit if they came from abroad. */
    private boolean presence;
    /** An attack told with one side only ("the airport was hit", "X claimed the attack"), waiting for the other. */
    private boolean partial;

    public Frame(Relation relation, int sentence, int trigger, boolean nominal) {
        this.relation = relation;
        this.sentence = sentence;
        this.trigger = trigger;
        this.nominal = nominal;
    }

    public Relation relation() {
        return relation;
    }

    public int sentence() {
        return sentence;
    }

    public int trigger() {
        return trigger;
    }

    public boolean nominal() {
        return nominal;
    }

    public Set<Entity> agents() {
        return agents;
    }

    public Set<Entity> targets() {
        return targets;
    }

    public Set<Entity> participants() {
        return participants;
    }

    public Map<Entity, Entity> actingFor() {
        return actingFor;
    }

    public Polarity polarity() {
        return polarity;
    }

    public void polarity(Polarity p) {
        this.polarity = p;
    }

    /** False when the text only plans, expects or hopes for it ("is expected to sign"). */
    public boolean asserted() {
        return asserted;
    }

    public void asserted(boolean a) {
        this.asserted = a;
    }

    public List<String> hedges() {
        return hedges;
    }

    public String attribution() {
        return attribution;
    }

    public void attribution(String a) {
        this.attribution = a;
    }

    public String date() {
        return date;
    }

    public DatePrecision datePrecision() {
        return datePrecision;
    }

    public void date(String d, DatePrecision p) {
        this.date = d;
        this.datePrecision = p;
    }

    public Entity place() {
        return place;
    }

    public void place(Entity p) {
        this.place = p;
    }

    public double confidence() {
        return confidence;
    }

    public void confidence(double c) {
        this.confidence = Math.max(0.05, Math.min(1.0, c));
    }

    public boolean partial() {
        return partial;
    }

    public void partial(boolean p) {
        this.partial = p;
    }

    public boolean presence() {
        return presence;
    }

    public void presence(boolean p) {
        this.presence = p;
    }

    public boolean attendance() {
        return attendance;
    }

    public void attendance(boolean a) {
        this.attendance = a;
    }

    public Frame antecedent() {
        return antecedent;
    }

    public void antecedent(Frame f) {
        this.antecedent = f;
    }

    @Override
    public String toString() {
        return relation + (polarity == Polarity.negated ? "(neg)" : "") + (asserted ? "" : "(plan)") + "@" + sentence
                + ":" + trigger + " " + agents + " -> " + targets
                + (participants.isEmpty() ? "" : " +" + participants) + (actingFor.isEmpty() ? "" : " for" + actingFor);
    }
}
