package io.actorgraph.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of actor the graph holds; each is a Neo4j label beside {@code Actor}. */
public enum ActorType {
    Person, State, Firm, Organisation, Place;

    /** Accepts the contract's spelling and the common US one ("Organization"). */
    public static Optional<ActorType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ActorType type : values()) {
            if (type.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(type);
            }
        }
        return t.equals("organization") ? Optional.of(Organisation) : Optional.empty();
    }

    /** Firms and organisations are told apart unreliably by text, so the resolver lets them meet. */
    public boolean compatibleWith(ActorType other) {
        if (this == other) {
            return true;
        }
        return (this == Firm || this == Organisation) && (other == Firm || other == Organisation);
    }

    /** Whether this type stands for a party (who can sign, strike, be met) rather than a person or a place. */
    public boolean isParty() {
        return this == State || this == Firm || this == Organisation;
    }
}
