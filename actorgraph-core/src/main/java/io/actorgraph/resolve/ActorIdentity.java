package io.actorgraph.resolve;

import io.actorgraph.model.ActorType;
import io.actorgraph.statement.ActorStatement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who an actor statement stands for, before looking at the graph: its type, its canonical
 * name, the normalised forms of all its names, and the key it gets when the graph has no such
 * actor yet. States named in the world lexicon always get the same key, whatever spelling the
 * article used, so "U.S." and "United States" meet even in two articles loaded in any order.
 */
public record ActorIdentity(
        ActorType type,
        String name,
        String nameKey,
        Set<String> names,
        List<String> writtenNames,
        String proposedKey,
        boolean fixedKey) {

    public static ActorIdentity of(ActorStatement actor, Countries countries) {
        ActorType type = actor.type();
        String name = actor.name().trim();
        Optional<Country> country = Optional.empty();
        if (type == ActorType.State || type == ActorType.Place || type == ActorType.Organisation) {
            country = countries.byName(name);
            if (country.isEmpty() && type == ActorType.State) {
                country = countries.byAnyName(name);
                for (String alias : actor.aliases()) {
                    if (country.isPresent()) {
                        break;
                    }
                    country = countries.byAnyName(alias);
                }
            }
        }
        LinkedHashSet<String> written = new LinkedHashSet<>();
        written.add(name);
        actor.aliases().stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(written::add);
        if (country.isPresent()) {
            Country c = country.get();
            written.remove(c.name());
            LinkedHashSet<String> all = new LinkedHashSet<>();
            all.add(c.name());
            all.addAll(written);
            return build(ActorType.State, c.name(), all, c.actorKey(), true);
        }
        return build(type, name, written, prefix(type) + Names.normalize(name), false);
    }

    private static ActorIdentity build(ActorType type, String name, Set<String> written, String key, boolean fixed) {
        Set<String> names = new LinkedHashSet<>();
        for (String w : written) {
            String n = Names.normalize(w);
            if (!n.isEmpty()) {
                names.add(n);
            }
        }
        return new ActorIdentity(type, name, Names.normalize(name), names, List.copyOf(written), key, fixed);
    }

    /** Firms and organisations share a prefix because articles disagree on which one a body is. */
    public static String prefix(ActorType type) {
        return switch (type) {
            case Person -> "person:";
            case State -> "state:";
            case Firm, Organisation -> "org:";
            case Place -> "place:";
        };
    }

    /**
     * Whether an actor already in the graph, with this canonical name and these names, is the
     * same as this one. Sharing a short alias is not enough ("Haddad" is shared by two people):
     * one's canonical name must be among the other's names.
     */
    public boolean sameAs(ActorType otherType, String otherNameKey, Set<String> otherNames) {
        if (!type.compatibleWith(otherType)) {
            return false;
        }
        return names.contains(otherNameKey) || otherNames.contains(nameKey);
    }

    /** The fuller of two names for one person: "Wanjiru Kamau" over "Kamau". */
    public static String fuller(String a, String b) {
        int ta = a.trim().split("\\s+").length;
        int tb = b.trim().split("\\s+").length;
        if (tb > ta && Names.normalize(b).contains(Names.normalize(a).toLowerCase(Locale.ROOT))) {
            return b;
        }
        return a;
    }
}
