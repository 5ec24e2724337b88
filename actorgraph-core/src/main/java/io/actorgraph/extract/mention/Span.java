package io.actorgraph.extract.mention;

import io.actorgraph.extract.lexicon.WorldEntry;
import io.actorgraph.model.ActorType;
import io.actorgraph.resolve.Country;

/**
 * A candidate name in a sentence before mentions are built: tokens [start, end), its name part
 * [nameStart, nameEnd) (a descriptor such as "the Dutch shipbuilder" may stand before it), what
 * it is, and where the decision came from.
 */
record Span(int start, int end, int nameStart, int nameEnd, ActorType type, Mention.Kind kind, WorldEntry entry,
        Country country, boolean armed, String source) {

    static Span name(int start, int end, ActorType type, String source) {
        return new Span(start, end, start, end, type, Mention.Kind.NAME, null, null, false, source);
    }

    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }

    boolean covers(int token) {
        return token >= start && token < end;
    }

    Span widen(int newStart, int newEnd) {
        return new Span(newStart, newEnd, nameStart, nameEnd, type, kind, entry, country, armed, source);
    }


    Span typed(ActorType t) {
        return new Span(start, end, nameStart, nameEnd, t, kind, entry, country, armed, source);
    }

    Span armed(boolean a) {
        return new Span(start, end, nameStart, nameEnd, type, kind, entry, country, a, source);
    }

    Span country(Country c) {
        return new Span(start, end, nameStart, nameEnd, type, kind, entry, c, armed, source);
    }
}
