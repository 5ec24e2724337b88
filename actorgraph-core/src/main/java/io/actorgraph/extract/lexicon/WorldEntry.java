package io.actorgraph.extract.lexicon;

import io.actorgraph.resolve.Country;

/** What a world-lexicon phrase names: a state (by name, demonym or institution), a city, or an organisation. */
public record WorldEntry(Kind kind, Country country, OrgEntry org) {

    public enum Kind {
        /** The state's name or a variant ("Türkiye", "U.S."). */
        COUNTRY,
        /** A demonym ("Malian", "Azeris"). */
        DEMONYM,
        /** A name that stands for the state's institutions ("Kremlin", "IDF"). */
        GOVERNMENT,
        /** The capital city. */
        CAPITAL,
        /** Another city or region of the state. */
        CITY,
        /** An organisation or firm. */
        ORG
    }

    public boolean isPlace() {
        return kind == Kind.CAPITAL || kind == Kind.CITY;
    }
}
