package io.actorgraph.extract.coref;

import io.actorgraph.extract.lexicon.Lexicons;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.mention.TitleClaim;
import io.actorgraph.extract.nlp.DepGraph;
import io.actorgraph.extract.nlp.Sentence;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.model.ActorType;
import io.actorgraph.resolve.Country;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Light coreference for what names do not settle: pronouns (recency, subjecthood, clause mates,
 * a possessive before the subject it refers to), descriptions ("the group" is the last armed
 * group, "the corporation" the last firm with that word in its name, "the Malian leader" the last
 * person holding office in Mali, "the two countries" the last two states), and state organs
 * without a state ("the army", "government negotiators").
 */
final class ReferenceResolver {

    private final Doc doc;
    private final Lexicons lex;
    private final NamedLinker named;
    private final Map<Entity, Set<Country>> officeStates;
    private final Map<Entity, Set<Entity>> officeOrgs = new HashMap<>();
    private final Map<Entity, String> gender = new HashMap<>();
    private final DefaultStates defaults;

    ReferenceResolver(Doc doc, Lexicons lex, NamedLinker named) {
        this.doc = doc;
        this.lex = lex;
        this.named = named;
        this.officeStates = officeStates(doc);
        this.defaults = new DefaultStates(doc, named);
    }

    void resolve() {
        for (Mention m : doc.mentions()) {
            if (!doc.referents(m).isEmpty()) {
                continue;
            }
            switch (m.kind()) {
                case PRONOUN -> pronoun(m);
                case DESCRIPTION, STATE_PHRASE -> description(m);
                default -> {
                }
            }
        }
    }

    // ---------------------------------------------------------------- pronouns

    private void pronoun(Mention m) {
        if (m.has(Mention.Flag.SELF)) {
            Entity e = self(m);
            if (e != null) {
                doc.link(m, e);
            }
            return;
        }
        if (m.has(Mention.Flag.SPEAKER)) {
            Entity e = speakerSide(m);
            if (e != null) {
                doc.link(m, e);
            }
            return;
        }
        if (m.type() == ActorType.Person) {
            Entity e = cataphor(m);
            if (e == null) {
                e = bestPerson(m);
            }
            if (e != null) {
                doc.link(m, e);
                gender.putIfAbsent(e, genderOf(m.text()));
            }
        } else if (!m.has(Mention.Flag.PLURAL)) {
            Entity e = bestParty(m);
            if (e != null) {
                doc.link(m, e);
            }
        } else {
            List<Entity> group = reportingSubjects(m);
            if (group.size() >= 2) {
                doc.linkGroup(m, group);
            }
        }
    }

    /**
     * "A and B announced that they have signed ...": "they" in a reported clause is the
     * coordinated subject of the verb that reports it.
     */
    private List<Entity> reportingSubjects(Mention m) {
        DepGraph g = doc.sentence(m.sentence()).deps();
        List<Entity> out = new ArrayList<>();
        for (DepGraph.Edge subj : g.parents(m.head())) {
            if (!subj.rel().startsWith("nsubj")) {
                continue;
            }
            for (DepGraph.Edge report : g.parents(subj.gov())) {
                if (!report.rel().equals("ccomp")) {
                    continue;
                }
                for (int s : g.children(report.gov(), "nsubj")) {
                    List<Integer> heads = new ArrayList<>(List.of(s));
                    g.children(s).stream().filter(c -> c.rel().startsWith("conj")).forEach(c -> heads.add(c.dep()));
                    for (int h : heads) {
                        Entity e = personOrParty(m.sentence(), h);
                        if (e != null && !out.contains(e)) {
                            out.add(e);
                        }
                    }
                }
            }
        }
        return out;
    }

    private Entity personOrParty(int sentence, int token) {
        List<Entity> refs = doc.referentsAt(sentence, token);
        Entity e = refs.size() == 1 ? refs.get(0) : null;
        return e != null && (e.type() == ActorType.Person || e.isParty()) ? e : null;
    }

    /**
     * "“We signed with Kenya today,” the Ugandan minister said": "we" is the speaker's side, the
     * state the speaker serves (or the speaker's organisation), found in this sentence or the next.
     */
    /**
     * "I" in a quote: the person who says it, the subject of a speech verb in the same sentence
     * ("'I met him twice,' X said") or of the sentence that opens the quote with a colon
     * ("Foreign Secretary X said:" and the paragraphs after it), never further than a few sentences back.
     */
    private Entity self(Mention m) {
        for (int si = m.sentence(); si >= 0 && si >= m.sentence() - 6; si--) {
            Sentence s = doc.sentence(si);
            boolean opensQuote = s.size() > 0 && s.token(s.size() - 1).word().equals(":");
            if (si != m.sentence() && !opensQuote) {
                continue;
            }
            for (Mention o : speechSubjects(si, m)) {
                if (o.type() == ActorType.Person && o.kind() == Mention.Kind.NAME) {
                    return doc.entityOf(o);
                }
            }
            if (opensQuote) {
                return null;
            }
        }
        return null;
    }

    private Entity speakerSide(Mention m) {
        for (int si = m.sentence(); si <= m.sentence() + 1 && si < doc.sentences().size(); si++) {
            for (Mention o : speechSubjects(si, m)) {
                Entity e = doc.entityOf(o);
                if (e == null) {
                    continue;
                }
                if (e.type() == ActorType.Person) {
                    Set<Country> states = officeStates.getOrDefault(e, Set.of());
                    Set<Entity> orgs = officeOrgs.getOrDefault(e, Set.of());
                    if (states.size() == 1 && orgs.isEmpty()) {
                        return named.stateEntity(states.iterator().next());
                    }
                    if (orgs.size() == 1 && states.isEmpty()) {
                        return orgs.iterator().next();
                    }
                    return null;
                }
                return e.isParty() ? e : null;
            }
        }
        return null;
    }

    /** The mentions (other than {@code m}) that are subjects of a speech verb in sentence {@code si}, in text order of the verbs. */
    private List<Mention> speechSubjects(int si, Mention m) {
        Sentence s = doc.sentence(si);
        DepGraph g = s.deps();
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.token(i).verb() || !lex.words().has("speech-verb", s.token(i).lem())) {
                continue;
            }
            for (int subj : g.children(i, "nsubj")) {
                for (Mention o : doc.mentionsIn(si)) {
                    if (o.head() == subj && o != m) {
                        out.add(o);
                    }
                }
            }
        }
        return out;
    }

    /** "During his Lima visit, President Berg met ...": a possessive before the first comma refers forward. */
    private Entity cataphor(Mention m) {
        if (!m.has(Mention.Flag.POSSESSIVE)) {
            return null;
        }
        Sentence s = doc.sentence(m.sentence());
        int comma = -1;
        for (int i = m.end(); i < s.size(); i++) {
            if (s.token(i).word().equals(",")) {
                comma = i;
                break;
            }
        }
        if (comma < 0) {
            return null;
        }
        int possessed = s.deps().head(m.head());
        final int firstComma = comma;
        if (possessed >= 0 && s.deps().children(possessed, "appos").stream().anyMatch(a -> a > firstComma)) {
            return null; // "his successor, X": X is the successor, not the one "his" stands for
        }
        for (Mention o : doc.mentionsIn(m.sentence())) {
            if (o.start() < m.start() && o.type() == ActorType.Person && o.kind() == Mention.Kind.NAME) {
                return null;
            }
        }
        for (Mention o : doc.mentionsIn(m.sentence())) {
            if (o.start() > comma && o.kind() == Mention.Kind.NAME) {
                if (o.type() == ActorType.Person && o.start() <= comma + 2) {
                    return doc.entityOf(o);
                }
                return null;
            }
        }
        return null;
    }

    private Entity bestPerson(Mention m) {
        String g = genderOf(m.text());
        Set<Integer> mGov = Salience.governors(doc, m);
        Entity best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Mention c : doc.mentions()) {
            if (c.sentence() < m.sentence() - 3 || c.sentence() > m.sentence()
                    || c.sentence() == m.sentence() && c.start() >= m.start()) {
                continue;
            }
            Entity e = doc.entityOf(c);
            if (e == null || e.type() != ActorType.Person) {
                continue;
            }
            double score = 10 - 3 * (m.sentence() - c.sentence()) + c.start() * 0.01;
            if (Salience.mainSubject(doc, c)) {
                score += 3;
            } else if (Salience.subject(doc, c)) {
                score += 1.5;
            }
            if (c.sentence() == m.sentence()) {
                score += 2;
                if (!m.has(Mention.Flag.POSSESSIVE) && !m.text().toLowerCase(Locale.ROOT).endsWith("self")) {
                    Set<Integer> cGov = Salience.governors(doc, c);
                    cGov.retainAll(mGov);
                    if (!cGov.isEmpty()) {
                        score -= 20; // "X co-signed the deal with him": him is not X
                    }
                } else if (m.has(Mention.Flag.POSSESSIVE) && sameClauseSubject(c, m)) {
                    score += 4;
                }
            }
            String known = gender.get(e);
            if (known != null && g != null && !known.equals(g)) {
                score -= 20;
            }
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return bestScore > -5 ? best : null;
    }

    private boolean sameClauseSubject(Mention subject, Mention possessive) {
        DepGraph g = doc.sentence(possessive.sentence()).deps();
        int clause = Salience.clause(g, possessive.head());
        return g.children(clause, "nsubj").contains(subject.head()) || g.children(clause, "nsubj:pass").contains(subject.head());
    }

    private Entity bestParty(Mention m) {
        Entity best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Mention c : doc.mentions()) {
            if (c.sentence() < m.sentence() - 2 || c.sentence() > m.sentence()
                    || c.sentence() == m.sentence() && c.start() >= m.start()) {
                continue;
            }
            Entity e = doc.entityOf(c);
            if (e == null || !e.isParty() || c.kind() == Mention.Kind.DEMONYM) {
                continue;
            }
            double score = 10 - 3 * (m.sentence() - c.sentence()) + c.start() * 0.01;
            if (Salience.subject(doc, c)) {
                score += 3;
            }
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best;
    }

    private static String genderOf(String pronoun) {
        String p = pronoun.toLowerCase(Locale.ROOT);
        if (p.startsWith("he") && !p.equals("her") && !p.equals("hers") && !p.equals("herself") || p.startsWith("hi")) {
            return "m";
        }
        if (p.startsWith("she") || p.startsWith("her")) {
            return "f";
        }
        return null;
    }

    // ---------------------------------------------------------------- descriptions

    private void description(Mention m) {
        if (m.has(Mention.Flag.DISTRIBUTIVE)) {
            return; // "their governments": each participant's own, settled with the event
        }
        if (m.type() == ActorType.Person && m.owner() >= 0 && !m.has(Mention.Flag.PLURAL)) {
            Entity e = predicated(m); // "Ethiopia's minister of water and energy, Tesfaye Gebremedhin,"
            if (e != null) {
                doc.link(m, e);
                return;
            }
        }
        if (m.owner() >= 0) {
            owned(m);
            return;
        }
        if (m.has(Mention.Flag.PAIR)) {
            List<Entity> pair = m.type() == ActorType.Person ? lastTwoPeople(m) : lastTwoStates(m);
            if (pair.size() == 2) {
                doc.linkGroup(m, pair);
            }
            return;
        }
        if (m.has(Mention.Flag.OFFICIAL) && m.country() == null) {
            return; // an official of an organisation: linked through its owner above when known
        }
        if (m.type() == ActorType.Person) {
            if (m.has(Mention.Flag.PLURAL)) {
                return; // "the leaders" without "two" or "both": whoever they are, not one person
            }
            Entity e = predicated(m);
            if (e == null && Predicates.isPredicate(doc.sentence(m.sentence()), m)) {
                return; // "X was appointed budget minister" with X unknown: not whoever held a title before
            }
            if (e == null) {
                e = titledPerson(m);
            }
            if (e == null && m.country() != null) {
                e = named.stateEntity(m.country());
            }
            if (e != null) {
                doc.link(m, e);
            }
            return;
        }
        if (m.type() == ActorType.State) {
            Entity local = localGovernment(m);
            if (local != null) {
                doc.link(m, local);
                return;
            }
            Country c = placedState(m);
            if (c == null) {
                c = defaults.forOrgan(m);
            }
            if (c != null) {
                doc.link(m, named.stateEntity(c));
            }
            return;
        }
        Entity org = lastOrg(m);
        if (org != null) {
            doc.link(m, org);
        }
    }

    /** "her government", "his ministry", "his fighters", "the corporation's", "whose". */
    private void owned(Mention m) {
        Mention ownerMention = doc.mentions().get(m.owner());
        List<Entity> owners = doc.referents(ownerMention);
        if (owners.isEmpty() && ownerMention.kind() == Mention.Kind.PRONOUN) {
            pronoun(ownerMention);
            owners = doc.referents(ownerMention);
        }
        if (owners.size() != 1) {
            return;
        }
        Entity owner = owners.get(0);
        if (m.type() == ActorType.State) {
            if (owner.isState()) {
                doc.link(m, owner);
            } else if (owner.type() == ActorType.Person) {
                Set<Country> states = officeStates.getOrDefault(owner, Set.of());
                if (states.size() == 1) {
                    doc.link(m, named.stateEntity(states.iterator().next()));
                }
            }
        } else if (m.type() == ActorType.Organisation || m.type() == ActorType.Firm) {
            if (owner.type() == ActorType.Person) {
                Set<Entity> orgs = officeOrgs.getOrDefault(owner, Set.of());
                if (orgs.size() == 1) {
                    doc.link(m, orgs.iterator().next());
                }
            } else if (owner.isParty()) {
                doc.link(m, owner);
            }
        }
    }

    /** Resolves the owner descriptions of titles ("the corporation's managing director") so offices can use them. */
    void resolveOwners() {
        for (Mention m : doc.mentions()) {
            if (m.kind() == Mention.Kind.DESCRIPTION && m.has(Mention.Flag.POSSESSIVE) && doc.referents(m).isEmpty()) {
                if (m.text().equalsIgnoreCase("whose")) {
                    Entity e = beforeWhose(m);
                    if (e != null) {
                        doc.link(m, e);
                    }
                }
            }
        }
        // which organisations people lead, for "his fighters"
        for (Mention m : doc.mentions()) {
            Entity person = doc.entityOf(m);
            if (person == null || person.type() != ActorType.Person) {
                continue;
            }
            for (TitleClaim c : m.titles()) {
                if (c.ownerMention() >= 0 && !c.ended()) {
                    Mention o = doc.mentions().get(c.ownerMention());
                    Entity oe = doc.entityOf(o);
                    if (oe == null && o.kind() == Mention.Kind.DESCRIPTION) {
                        description(o);
                        oe = doc.entityOf(o);
                    }
                    if (oe != null && !oe.isState() && oe.isParty()) {
                        officeOrgs.computeIfAbsent(person, k -> new LinkedHashSet<>()).add(oe);
                    }
                }
            }
        }
    }

    private Entity beforeWhose(Mention whose) {
        Entity found = null;
        for (Mention c : doc.mentionsIn(whose.sentence())) {
            if (c.end() <= whose.start() && doc.entityOf(c) != null && c.kind() != Mention.Kind.DEMONYM) {
                found = doc.entityOf(c);
            }
        }
        return found;
    }

    /**
     * The government of a place the lexicon does not place in a state, a province or region:
     * "the government of Jujuy province" is Jujuy's; "the provincial government" the last such
     * place named shortly before. Not the state the article is about.
     */
    private Entity localGovernment(Mention m) {
        Sentence s = doc.sentence(m.sentence());
        if (m.end() + 1 < s.size() && s.token(m.end()).is("of", "in")) {
            for (Mention o : doc.mentionsIn(m.sentence())) {
                if (o.start() == m.end() + 1 || o.start() == m.end() + 2 && s.token(m.end() + 1).is("the")) {
                    Entity e = doc.entityOf(o);
                    return e != null && e.type() == ActorType.Place && o.country() == null && e.country() == null ? e : null;
                }
            }
        }
        boolean local = false;
        for (int i = m.start(); i < m.head(); i++) {
            local = local || s.token(i).is("provincial", "regional", "local", "municipal", "city", "state");
        }
        if (!local || !s.token(m.head()).is("government", "authorities", "administration")) {
            return null;
        }
        for (int i = doc.position(m) - 1; i >= 0; i--) {
            Mention o = doc.ordered().get(i);
            if (o.sentence() < m.sentence() - 2) {
                break;
            }
            Entity e = doc.entityOf(o);
            if (e != null && e.type() == ActorType.Place && e.country() == null && o.kind() == Mention.Kind.NAME) {
                return e;
            }
        }
        return null;
    }

    /** "the government in Kinshasa", "the government of Ghana". */
    private Country placedState(Mention m) {
        Sentence s = doc.sentence(m.sentence());
        if (m.end() + 1 < s.size() && s.token(m.end()).is("in", "of")) {
            for (Mention o : doc.mentionsIn(m.sentence())) {
                if (o.start() == m.end() + 1 || o.start() == m.end() + 2 && s.token(m.end() + 1).is("the")) {
                    return o.country();
                }
            }
        }
        return null;
    }

    /**
     * A title said of someone in the same clause is that person's: "X was appointed budget
     * minister", "X became foreign minister", "X resigned as finance minister", "her predecessor,
     * X, resigned as ...". Not a reference to whoever held a title before.
     */
    private Entity predicated(Mention m) {
        Sentence s = doc.sentence(m.sentence());
        DepGraph g = s.deps();
        int h = m.head();
        for (int a : g.children(h, "appos")) { // "Ethiopia's minister of water and energy, Tesfaye Gebremedhin,"
            Entity person = personAt(m.sentence(), a);
            if (person != null) {
                return person;
            }
        }
        List<Integer> subjects = new ArrayList<>();
        if (g.hasChild(h, "cop") || Predicates.copular(s, g, h)) {
            subjects.addAll(g.children(h, "nsubj"));
            subjects.addAll(g.children(h, "nsubj:pass"));
        }
        for (DepGraph.Edge e : g.parents(h)) {
            if ((e.rel().equals("obl:as") || e.rel().equals("xcomp")) && s.token(e.gov()).verb()) {
                List<Integer> objects = g.children(e.gov(), "obj"); // "appointed X as minister", "named X minister"
                if (!objects.isEmpty()) {
                    subjects.addAll(objects);
                } else {
                    subjects.addAll(g.children(e.gov(), "nsubj"));
                    subjects.addAll(g.children(e.gov(), "nsubj:pass"));
                }
            }
        }
        for (int subject : subjects) {
            List<Integer> candidates = new ArrayList<>(List.of(subject));
            candidates.addAll(g.children(subject, "appos")); // "her predecessor, X, resigned as ..."
            for (int c : candidates) {
                Entity person = personAt(m.sentence(), c);
                if (person != null) {
                    return person;
                }
            }
        }
        return null;
    }

    private Entity personAt(int sentence, int token) {
        for (Mention o : doc.mentionsIn(sentence)) {
            if (o.head() == token && o.kind() != Mention.Kind.DESCRIPTION) {
                Entity e = doc.entityOf(o);
                if (e != null && e.type() == ActorType.Person) {
                    return e;
                }
            }
        }
        return null;
    }

    private Entity titledPerson(Mention m) {
        Country c = m.country();
        String head = doc.sentence(m.sentence()).token(m.head()).lower();
        List<String> words = titleWords(m);
        for (int i = doc.position(m) - 1; i >= 0; i--) {
            Mention o = doc.ordered().get(i);
            Entity e = doc.entityOf(o);
            if (e == null || e.type() != ActorType.Person || o.kind() == Mention.Kind.PRONOUN) {
                continue;
            }
            if (c != null && !officeStates.getOrDefault(e, Set.of()).contains(c)) {
                continue;
            }
            if (!head.equals("leader") && !head.equals("leaders") && !hasTitle(e, head, words)) {
                continue;
            }
            return e;
        }
        return null;
    }

    /** The words of the description's title before its head: "budget" of "the budget minister". */
    private static List<String> titleWords(Mention m) {
        if (m.titles().isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>(List.of(m.titles().get(0).title().toLowerCase(Locale.ROOT).split("[\\s-]+")));
        if (!words.isEmpty()) {
            words.remove(words.size() - 1);
        }
        words.removeIf(w -> w.isEmpty() || w.equals("former") || w.equals("then") || w.equals("new"));
        return words;
    }

    /** A title with that head and every one of those words: "the finance minister" is not the prime minister. */
    private static boolean hasTitle(Entity person, String head, List<String> words) {
        for (Mention o : person.mentions()) {
            for (TitleClaim c : o.titles()) {
                String title = c.title().toLowerCase(Locale.ROOT);
                if (title.endsWith(head) && List.of(title.split("[\\s-]+")).containsAll(words)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Entity> lastTwoPeople(Mention m) {
        List<Entity> out = new ArrayList<>();
        for (int i = doc.position(m) - 1; i >= 0 && out.size() < 2; i--) {
            Mention o = doc.ordered().get(i);
            Entity e = doc.entityOf(o);
            if (e != null && e.type() == ActorType.Person && o.kind() == Mention.Kind.NAME && !out.contains(e)
                    && o.sentence() >= m.sentence() - 3) {
                out.add(e);
            }
        }
        return out;
    }

    /** The two states of the nearest coordination ("Chile and Peru"), else the two nearest states. */
    private List<Entity> lastTwoStates(Mention m) {
        for (int si = m.sentence(); si >= 0 && si >= m.sentence() - 2; si--) {
            List<Mention> ms = doc.mentionsIn(si);
            for (int k = ms.size() - 1; k > 0; k--) {
                Mention b = ms.get(k);
                if (si == m.sentence() && b.start() >= m.start()) {
                    continue;
                }
                Mention a = ms.get(k - 1);
                Entity ea = stateOf(a);
                Entity eb = stateOf(b);
                if (ea != null && eb != null && ea != eb && b.start() == a.end() + 1
                        && doc.sentence(si).token(a.end()).is("and")) {
                    return List.of(ea, eb);
                }
            }
        }
        List<Entity> out = new ArrayList<>();
        for (int i = doc.position(m) - 1; i >= 0 && out.size() < 2; i--) {
            Mention o = doc.ordered().get(i);
            if (o.sentence() < m.sentence() - 3) {
                break;
            }
            Entity e = stateOf(o);
            if (e != null && !out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The state a mention stands for: a state mention, or the state a titled person serves. */
    private Entity stateOf(Mention o) {
        Entity e = doc.entityOf(o);
        if (e == null) {
            return null;
        }
        if (e.isState() && o.kind() != Mention.Kind.DEMONYM) {
            return e;
        }
        if (e.type() == ActorType.Person && o.kind() == Mention.Kind.NAME) {
            Set<Country> states = officeStates.getOrDefault(e, Set.of());
            if (states.size() == 1) {
                return named.stateEntity(states.iterator().next());
            }
        }
        return null;
    }

    /** "the group", "the rebels", "the company", "the corporation". */
    private Entity lastOrg(Mention m) {
        String head = doc.sentence(m.sentence()).token(m.head()).lower();
        boolean firmNoun = lex.words().has("firm-noun", head) && !head.equals("group");
        Entity best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = doc.position(m) - 1; i >= 0; i--) {
            Mention o = doc.ordered().get(i);
            Entity e = doc.entityOf(o);
            if (e == null || !e.isParty() || e.isState() || o.kind() == Mention.Kind.PRONOUN) {
                continue;
            }
            double score = -0.5 * (m.sentence() - o.sentence());
            if (e.name().toLowerCase(Locale.ROOT).contains(head.replaceAll("s$", ""))) {
                score += 4;
            }
            if (m.has(Mention.Flag.ARMED) == e.armed()) {
                score += 2;
            } else if (m.has(Mention.Flag.ARMED)) {
                score -= 3;
            }
            if (firmNoun && e.type() == ActorType.Firm) {
                score += 2;
            }
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best;
    }

    static Map<Entity, Set<Country>> officeStates(Doc doc) {
        Map<Entity, Set<Country>> out = new HashMap<>();
        for (Mention m : doc.mentions()) {
            Entity e = doc.entityOf(m);
            if (e == null || e.type() != ActorType.Person) {
                continue;
            }
            for (TitleClaim c : m.titles()) {
                if (c.country() != null && !c.ended()) {
                    out.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(c.country());
                }
            }
        }
        return out;
    }

    Map<Entity, Set<Country>> officeStates() {
        return officeStates;
    }

}
