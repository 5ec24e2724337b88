package io.actorgraph.extract.coref;

import io.actorgraph.extract.lexicon.WordLists;
import io.actorgraph.extract.lexicon.Fold;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How people's names relate: whether a short form can name the same person as a full name
 * ("Mensah" and "Kojo Asante Mensah"; "Le" and "Le Thi Hoa", where the family name comes first;
 * "van der Holst" and "Pieter van der Holst"), and which short forms to offer as aliases.
 */
final class PersonNames {

    private static final Set<String> PARTICLES = WordLists.shared().category("name-particle-coref");

    private PersonNames() {
    }

    /** The name's words, folded ("al-Harthy" is two words, "al" and "harthy"). */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.split("[\\s\u00A0]+")) {
            for (String part : w.split("[-\u2010\u2011]")) {
                String f = Fold.phrase(part);
                if (!f.isEmpty()) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code shortName} is part of {@code fullName}: its end ("Mensah"), its start where the
     * family name comes first ("Le" for "Le Thi Hoa"), or its middle where a second family name
     * follows ("Echeverría" for "Tomás Echeverría Lagos").
     */
    static boolean shortFormOf(String shortName, String fullName) {
        List<String> s = words(shortName);
        List<String> f = words(fullName);
        if (s.isEmpty() || s.size() >= f.size()) {
            return false;
        }
        if (s.size() == 1 && PARTICLES.contains(s.get(0)) && !Character.isUpperCase(shortName.trim().charAt(0))) {
            return false;
        }
        return java.util.Collections.indexOfSubList(f, s) >= 0;
    }

    static boolean same(String a, String b) {
        return words(a).equals(words(b));
    }

    /** Short forms a reader may use for the person: the family name, with and without "al-", the last names. */
    static Set<String> derivedAliases(String name) {
        Set<String> out = new LinkedHashSet<>();
        String[] parts = name.trim().split("\\s+");
        if (parts.length < 2) {
            return out;
        }
        String last = parts[parts.length - 1];
        out.add(last);
        int dash = last.indexOf('-');
        if (dash > 0 && PARTICLES.contains(Fold.phrase(last.substring(0, dash)))) {
            out.add(last.substring(dash + 1));
        }
        for (int i = 1; i < parts.length - 1; i++) {
            if (PARTICLES.contains(Fold.phrase(parts[i]))) {
                out.add(String.join(" ", java.util.Arrays.copyOfRange(parts, i, parts.length)));
                break;
            }
        }
        if (parts.length >= 3) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(parts, 1, parts.length)));
        }
        out.remove(name);
        return out;
    }
}
