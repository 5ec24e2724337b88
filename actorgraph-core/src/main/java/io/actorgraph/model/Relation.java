package io.actorgraph.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The relationship types between actors. Each event type names its CAMEO code and PLOVER
 * category, which the loader writes onto every edge so that analysts can join with event
 * datasets. Symmetric relations are stored once, in key order, and queried undirected.
 */
public enum Relation {
    MET_WITH("040", "Consult", "CONSULT", true, "met face to face"),
    SIGNED("057", "Sign formal agreement", "AGREE", true, "signed an agreement with"),
    STRUCK("190", "Use conventional military force", "ASSAULT", false, "attacked (subject) the object"),
    VISITED("042", "Make a visit", "CONSULT", false, "visited a place or state"),
    HOLDS_OFFICE(null, null, null, false, "holds (or held) an office in a state or organisation"),
    DENOUNCED("111", "Criticize or denounce", "ACCUSE", false, "criticised or condemned"),
    CALLED_FOR("020", "Make an appeal or request", "REQUEST", false, "called on or for"),
    AGREED_WITH("050", "Engage in diplomatic cooperation", "AGREE", true, "reached an agreement with"),
    IN_CONTACT_WITH("041", "Discuss by telephone", "CONSULT", true, "was in (direct or indirect) contact with"),
    SUPPORTED("051", "Praise or endorse", "SUPPORT", false, "backed or pledged support for"),
    LOCATED_IN(null, null, null, false, "a place lies in a state (structure, not an event)");

    private final String cameo;
    private final String cameoLabel;
    private final String plover;
    private final boolean symmetric;
    private final String meaning;

    Relation(String cameo, String cameoLabel, String plover, boolean symmetric, String meaning) {
        this.cameo = cameo;
        this.cameoLabel = cameoLabel;
        this.plover = plover;
        this.symmetric = symmetric;
        this.meaning = meaning;
    }

    public Optional<String> cameo() {
        return Optional.ofNullable(cameo);
    }

    public Optional<String> cameoLabel() {
        return Optional.ofNullable(cameoLabel);
    }

    public Optional<String> plover() {
        return Optional.ofNullable(plover);
    }

    public boolean symmetric() {
        return symmetric;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<Relation> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }
}
