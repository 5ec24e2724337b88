package io.actorgraph.extract.coref;

import io.actorgraph.extract.lexicon.WordLists;
import io.actorgraph.extract.mention.TitleClaim;
import io.actorgraph.extract.lexicon.Fold;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.nlp.Token;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.model.ActorType;
import io.actorgraph.resolve.Country;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the mentions that name an actor: a state by its lexicon code whatever the spelling or
 * phrase, a place by its name, an organisation by its full name, first words or acronym, a
 * person by a full name and the short forms of it.
 */
final class NamedLinker {

    private final Doc doc;
    private final Map<String, Entity> byKey = new HashMap<>();

    NamedLinker(Doc doc) {
        this.doc = doc;
    }

    void link() {
        for (Mention m : doc.mentions()) {
            switch (m.kind()) {
                case STATE, DEMONYM -> state(m, m.country(), m.kind() == Mention.Kind.STATE ? m.text() : null);
                case STATE_PHRASE -> {
                    if (m.country() != null) {
                        boolean alias = !m.has(Mention.Flag.OFFICIAL) && !m.has(Mention.Flag.MEDIA);
                        state(m, m.country(), alias ? m.text() : null);
                    }
                }
                case CAPITAL -> place(m, m.text(), m.country());
                case NAME -> {
                    if (m.type() == ActorType.Place) {
                        place(m, m.text(), m.country());
                    } else if (m.type() == ActorType.Person) {
                        person(m);
                    } else if (m.type() != null) {
                        org(m);
                    }
                }
                case DESCRIPTION -> {
                    // unnamed officials of a named state act for it ("a Peruvian diplomat")
                    if (m.has(Mention.Flag.OFFICIAL) && m.country() != null) {
                        state(m, m.country(), null);
                    }
                }
                default -> {
                }
            }
        }
    }

    Entity stateEntity(Country c) {
        return byKey.computeIfAbsent("state:" + c.code(), k -> States.of(doc, c));
    }

    private void state(Mention m, Country c, String alias) {
        if (c == null) {
            return;
        }
        Entity e = stateEntity(c);
        if (alias != null && !Fold.phrase(alias).equals(Fold.phrase(c.name()))) {
            e.aliases().add(alias);
        }
        doc.link(m, e);
    }

    private void place(Mention m, String name, Country c) {
        Entity e = byKey.computeIfAbsent("place:" + Fold.phrase(name), k -> newEntity(ActorType.Place, name, c));
        if (e.country() == null && c != null) {
            e.country(c);
        }
        doc.link(m, e);
    }

    private void org(Mention m) {
        String name = m.org() != null ? m.org().name() : m.text();
        String key = "org:" + Fold.phrase(name);
        Entity e = byKey.get(key);
        if (e == null) {
            // a short form or acronym of an organisation named before
            for (Entity other : doc.entities()) {
                if (other.isParty() && !other.isState() && shortOrgForm(m.text(), other)) {
                    e = other;
                    break;
                }
            }
        }
        if (e == null) {
            e = newEntity(m.type(), name, m.country());
            e.org(m.org());
            byKey.put(key, e);
        }
        if (e.country() == null) {
            Country home = possessiveState(m);
            if (home != null) {
                e.country(home); // "Portugal's Lusatlântica Energia", "Mozambique's state-owned energy company, X"
            }
        }
        String bare = withoutLegalForm(e.name());
        if (bare != null) {
            e.aliases().add(bare); // "Carpatica Energie SA" is asked about as "Carpatica Energie"
        }
        String acronym = acronymAfter(m);
        if (acronym != null && !acronym.equals(e.name())) {
            e.aliases().add(acronym); // "Central Bank of West African States (BCEAO)": later "BCEAO" is this one
        }
        if (m.has(Mention.Flag.ARMED)) {
            e.armed(true);
        }
        if (e.country() == null && m.country() != null) {
            e.country(m.country());
        }
        if (m.text().length() > e.name().length() && m.org() == null && e.org() == null
                && Fold.phrase(m.text()).startsWith(Fold.phrase(e.name()))) {
            e.aliases().add(e.name());
            e.name(m.text());
        } else if (!Fold.phrase(m.text()).equals(Fold.phrase(e.name()))) {
            e.aliases().add(m.text());
        }
        doc.link(m, e);
    }

    private static boolean shortOrgForm(String text, Entity org) {
        List<String> s = PersonNames.words(text);
        List<String> f = PersonNames.words(org.name());
        if (s.isEmpty()) {
            return false;
        }
        if (s.size() < f.size() && f.subList(0, s.size()).equals(s)) {
            return true;
        }
        String folded = Fold.phrase(text);
        for (String alias : org.aliases()) {
            if (Fold.phrase(alias).equals(folded)) {
                return true;
            }
        }
        if (org.org() != null) {
            for (String alias : org.org().aliases()) {
                if (Fold.phrase(alias).equals(folded)) {
                    return true;
                }
            }
        }
        // an acronym of the full name: "KRM" for "Kivu Renewal Movement"
        if (s.size() == 1 && text.matches("[A-Z]{2,8}") && f.size() >= 2) {
            StringBuilder initials = new StringBuilder();
            for (String w : org.name().split("[\\s-]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    initials.append(w.charAt(0));
                }
            }
            return initials.toString().equals(text);
        }
        return false;
    }

    private static final java.util.Set<String> LEGAL_FORMS = WordLists.shared().category("legal-form");
    private static final java.util.Set<String> STYLES = WordLists.shared().category("style-title");

    /** A firm's name without its legal form ("Havelstrom AG" -> "Havelstrom"), or null when it has none. */
    static String withoutLegalForm(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 2) {
            return null;
        }
        String last = words[words.length - 1].replace(".", "").replace(",", "").toLowerCase(java.util.Locale.ROOT);
        if (!LEGAL_FORMS.contains(last)) {
            return null;
        }
        String bare = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)).replaceAll(",$", "");
        return bare.length() >= 3 ? bare : null;
    }

    /** The state whose possessive stands right before the name, or before a description of it and a comma. */
    private Country possessiveState(Mention m) {
        List<Token> t = doc.sentence(m.sentence()).tokens();
        int k = m.start() - 1;
        if (k >= 0 && t.get(k).word().equals(",")) {
            k--;
            int words = 0;
            while (k >= 0 && !t.get(k).capitalized() && !t.get(k).possessiveMarker() && words < 5) {
                k--;
                words++;
            }
            if (words == 0) {
                return null;
            }
        }
        if (k < 1 || !t.get(k).possessiveMarker()) {
            return null;
        }
        for (Mention o : doc.mentionsIn(m.sentence())) {
            if (o.end() == k && o.kind() == Mention.Kind.STATE && o.country() != null) {
                return o.country();
            }
        }
        return null;
    }

    /** The acronym in brackets that closes an organisation's mention, or null. */
    private String acronymAfter(Mention m) {
        List<Token> t = doc.sentence(m.sentence()).tokens();
        int e = m.end();
        if (e >= 3 && t.get(e - 3).word().matches("-LRB-|\\(") && t.get(e - 1).word().matches("-RRB-|\\)")
                && t.get(e - 2).word().matches("[A-Z][A-Z0-9.&-]{1,9}")) {
            return t.get(e - 2).word();
        }
        if (e + 2 < t.size() && t.get(e).word().equals(",") && t.get(e + 1).is("or")
                && t.get(e + 2).word().matches("[A-Z][A-Z0-9.&-]{1,9}")) {
            return t.get(e + 2).word(); // "the Movement for the Defence of the Liptako, or MDL,"
        }
        return null;
    }

    private void person(Mention m) {
        Entity found = null;
        for (int i = doc.entities().size() - 1; i >= 0 && found == null; i--) {
            Entity e = doc.entities().get(i);
            if (e.type() != ActorType.Person) {
                continue;
            }
            if (PersonNames.same(m.text(), e.name()) || PersonNames.shortFormOf(m.text(), e.name())) {
                found = e;
            } else if (PersonNames.shortFormOf(e.name(), m.text())) {
                // the short form came first; the full name now
                e.aliases().add(e.name());
                e.name(m.text());
                found = e;
            }
            if (found == null) {
                for (String alias : e.aliases()) {
                    if (PersonNames.same(alias, m.text())) {
                        found = e;
                        break;
                    }
                }
            }
        }
        if (found == null) {
            found = newEntity(ActorType.Person, m.text(), null);
        } else if (!PersonNames.same(m.text(), found.name())) {
            found.aliases().add(m.text());
        }
        for (TitleClaim c : m.titles()) {
            // "Pope Francis", "King Abdullah II" (also from "His Majesty King"): the style is how they are named
            String last = c.title().substring(c.title().lastIndexOf(' ') + 1);
            String style = STYLES.contains(c.title().toLowerCase(java.util.Locale.ROOT)) ? c.title()
                    : STYLES.contains(last.toLowerCase(java.util.Locale.ROOT)) ? last : null;
            if (style != null) {
                found.aliases().add(style + " " + m.text());
            }
        }
        doc.link(m, found);
    }

    private Entity newEntity(ActorType type, String name, Country c) {
        Entity e = new Entity(doc.entities().size(), type, name, c, null);
        doc.entities().add(e);
        return e;
    }
}
