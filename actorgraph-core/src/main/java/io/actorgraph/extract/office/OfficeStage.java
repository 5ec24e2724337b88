package io.actorgraph.extract.office;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.coref.Predicates;
import io.actorgraph.extract.coref.MainState;
import io.actorgraph.extract.coref.States;
import io.actorgraph.extract.event.DateResolver;
import io.actorgraph.extract.event.Dates;
import io.actorgraph.extract.lexicon.Fold;
import io.actorgraph.extract.lexicon.Lexicons;
import io.actorgraph.extract.lexicon.TitleLexicon;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.mention.TitleClaim;
import io.actorgraph.extract.nlp.DepGraph;
import io.actorgraph.extract.nlp.Sentence;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.extract.pipeline.Layer;
import io.actorgraph.extract.pipeline.Stage;
import io.actorgraph.model.ActorType;
import io.actorgraph.resolve.Country;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the titles found with people into offices: whose office it is (the title's owner, or the
 * owner the person's other titles name: "President Mensah" after "Ghanaian President Kojo
 * Mensah"), whether it is over ("former", "the late", "was ousted", "the ouster of",
 * "resigned", "her predecessor, X", "replaced X") and since or until when ("assumed office in
 * January", "left office in 2021"). "The group is led by X" gives X the group's leadership.
 */
public final class OfficeStage implements Stage {

    private final Lexicons lex;

    public OfficeStage(Lexicons lex) {
        this.lex = lex;
    }

    @Override
    public String name() {
        return "offices";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.ENTITIES, Layer.DEPENDENCIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.OFFICES);
    }

    /** A title claim with its owner; {@code inferred} when no word of the text names the owner. */
    private record Raw(Entity person, Entity owner, TitleClaim claim, double confidence, boolean inferred, Mention mention) {
        Raw(Entity person, Entity owner, TitleClaim claim, double confidence) {
            this(person, owner, claim, confidence, false, null);
        }

        Raw owned(Entity by, double conf, boolean guessed) {
            return new Raw(person, by, claim, conf, guessed, mention);
        }
    }

    @Override
    public void process(Doc doc) {
        List<Raw> raw = new ArrayList<>();
        for (Mention m : doc.ordered()) {
            Entity person = doc.entityOf(m);
            if (person == null || person.type() != ActorType.Person || m.kind() == Mention.Kind.PRONOUN) {
                continue;
            }
            for (TitleClaim c : m.titles()) {
                if (c.title().toLowerCase(java.util.Locale.ROOT).matches(".*(-elect|designate|nominee|candidate).*")) {
                    continue; // a president-elect does not hold the office yet
                }
                Entity owner = owner(doc, c);
                if (owner == null) {
                    owner = pronounOwner(doc, c);
                }
                if (owner != null && "organisation".equals(c.officeOf()) && owner.isState()) {
                    continue; // "Kenyan CEO X": a nationality, not an office of the state
                }
                raw.add(new Raw(person, owner, c, owner != null ? 0.9 : 0.75, false, m));
            }
        }
        raw.addAll(ledBy(doc));
        raw.addAll(appointed(doc));
        // a title without an owner takes the owner the person's other titles name
        Map<Entity, Set<Entity>> owners = new HashMap<>();
        for (Raw r : raw) {
            if (r.owner() != null) {
                owners.computeIfAbsent(r.person(), k -> new LinkedHashSet<>()).add(r.owner());
            }
        }
        MainState mainState = MainState.of(doc, lex.world().countries());
        StateInference infer = new StateInference(doc, lex, mainState, HomeState.of(doc.article(), lex));
        // a title only some states use names the state of the person's other titles ("Secretary of State X ... Secretary X")
        Map<Entity, Entity> peculiar = new HashMap<>();
        for (Raw r : raw) {
            if (r.owner() == null && !owners.containsKey(r.person())) {
                Entity st = infer.peculiarState(r.claim());
                if (st != null) {
                    peculiar.putIfAbsent(r.person(), st);
                }
            }
        }
        Hosts hosts = new Hosts(doc, lex, mainState, person -> {
            Set<Entity> known = owners.getOrDefault(person, Set.of());
            for (Entity o : known) {
                if (o.isState()) {
                    return o;
                }
            }
            if (peculiar.containsKey(person)) {
                return peculiar.get(person);
            }
            for (Raw r : raw) {
                if (r.person() == person && r.owner() == null && known.isEmpty()) {
                    Entity st = infer.owner(r.claim());
                    if (st != null) {
                        return st;
                    }
                }
            }
            return null;
        });
        List<Raw> owned = new ArrayList<>();
        Map<String, Set<Entity>> inferredHolders = new HashMap<>();
        for (Raw r : raw) {
            if (r.owner() != null) {
                owned.add(r);
                continue;
            }
            Set<Entity> known = owners.getOrDefault(r.person(), Set.of());
            Entity owner = sameTitleOwner(raw, r);
            if (owner == null && known.size() == 1) {
                owner = known.iterator().next();
            }
            if (owner != null) {
                owned.add(r.owned(owner, r.confidence(), false));
                continue;
            }
            if (!known.isEmpty()) {
                continue;
            }
            Entity actsFor = r.mention() != null && !infer.stateless(r.claim()) ? ActsFor.stateOf(doc, lex, r.mention()) : null;
            if (actsFor != null) {
                owned.add(r.owned(actsFor, 0.8, false)); // "Undersecretary of Energy X signed for the Philippines"
                continue;
            }
            Entity listed = r.mention() != null && !infer.stateless(r.claim()) ? Lists.stateOf(doc, r.mention()) : null;
            if (listed != null) {
                owned.add(r.owned(listed, 0.8, false)); // "Foreign Minister A and Minister B (Colombia)"
                continue;
            }
            Entity host = r.mention() != null && !infer.stateless(r.claim()) ? hosts.hostOf(r.mention()) : null;
            if (host != null) {
                owned.add(r.owned(host, 0.7, false)); // "In Kyiv, the Secretary met with President X": X serves the host
                continue;
            }
            owner = peculiar.containsKey(r.person()) ? peculiar.get(r.person()) : infer.owner(r.claim());
            if (owner != null) {
                Raw guessed = r.owned(owner, 0.6, true);
                if (infer.singleHolder(r.claim()) && !r.claim().ended()) {
                    inferredHolders.computeIfAbsent(owner.id() + "|" + infer.headTitle(r.claim()), k -> new HashSet<>())
                            .add(r.person());
                }
                owned.add(guessed);
            }
        }
        owned.addAll(successors(doc, owned));
        // a person the text places in an office (by a host, a list, a party) is not also guessed into the home state's
        Map<Entity, Set<String>> evidenced = new HashMap<>();
        for (Raw r : owned) {
            if (!r.inferred()) {
                evidenced.computeIfAbsent(r.person(), k -> new HashSet<>()).add(infer.headTitle(r.claim()));
            }
        }
        owned.removeIf(r -> r.inferred() && evidenced.getOrDefault(r.person(), Set.of()).contains(infer.headTitle(r.claim())));
        for (Set<Entity> holders : inferredHolders.values()) {
            holders.removeIf(p -> evidenced.containsKey(p));
        }
        Map<Entity, PersonStatus> status = new HashMap<>();
        Map<String, OfficeClaim> merged = new LinkedHashMap<>();
        for (Raw r : owned) {
            Entity owner = r.owner();
            if (r.inferred() && infer.singleHolder(r.claim())
                    && inferredHolders.getOrDefault(owner.id() + "|" + infer.headTitle(r.claim()), Set.of()).size() > 1) {
                continue; // "President A" and "President B" in one statement: a state has one president, so neither is inferred
            }
            PersonStatus ps = status.computeIfAbsent(r.person(), p -> personStatus(doc, p));
            boolean ended = r.claim().ended() || ps.ended;
            String until = ps.until;
            String since = ended ? null : ps.since;
            String title = counterpartTitle(doc, r);
            String key = r.person().id() + "|" + owner.id() + "|" + Fold.phrase(title);
            OfficeClaim prev = merged.get(key);
            if (prev == null) {
                merged.put(key, new OfficeClaim(r.person(), owner, title, ended, since, until,
                        r.claim().sentence(), r.confidence()));
            } else {
                merged.put(key, prev.with(prev.ended() || ended, prev.since() != null ? prev.since() : since,
                        prev.until() != null ? prev.until() : until));
            }
        }
        // the head of a national agency (an intelligence service, a military command) serves its state too
        for (OfficeClaim c : new ArrayList<>(merged.values())) {
            Entity org = c.owner();
            if (org.org() != null && (org.org().kind().equals("agency") || org.org().kind().equals("central-bank"))
                    && org.country() != null) {
                Entity st = States.of(doc, org.country());
                String key = c.person().id() + "|" + st.id() + "|" + Fold.phrase(c.title());
                merged.putIfAbsent(key, new OfficeClaim(c.person(), st, c.title(), c.ended(), c.since(), c.until(),
                        c.sentence(), 0.7));
            }
        }
        doc.offices().addAll(merged.values());
    }

    private static Entity owner(Doc doc, TitleClaim c) {
        return owner(doc, c, true);
    }

    private static Entity owner(Doc doc, TitleClaim c, boolean throughPerson) {
        if (c.ownerMention() >= 0) {
            List<Entity> refs = doc.referents(doc.mentions().get(c.ownerMention()));
            if (refs.size() == 1 && (refs.get(0).isParty() || refs.get(0).type() == ActorType.Place)) {
                return refs.get(0); // a place only for the titles that serve one: "Mayor of London"
            }
            if (refs.size() == 1 && refs.get(0).type() == ActorType.Person && throughPerson) {
                for (TitleClaim own : titlesOf(doc, refs.get(0))) { // "the chancellor's spokesperson" serves her state
                    Entity o = own.ended() ? null : owner(doc, own, false);
                    if (o != null) {
                        return o;
                    }
                }
                return null;
            }
        }
        if (c.country() != null) {
            return States.of(doc, c.country());
        }
        return null;
    }

    /** "his Malian counterpart, X": X holds the title of the person whose counterpart he is. */
    private static String counterpartTitle(Doc doc, Raw r) {
        String title = r.claim().title();
        if (!title.toLowerCase(java.util.Locale.ROOT).endsWith("counterpart")) {
            return title;
        }
        String found = null;
        for (Mention m : doc.mentionsIn(r.claim().sentence())) {
            if (m.start() >= r.claim().start()) {
                break;
            }
            Entity e = doc.entityOf(m);
            if (e == null || e == r.person() || e.type() != ActorType.Person) {
                continue;
            }
            for (TitleClaim c : titlesOf(doc, e)) {
                if (!c.title().toLowerCase(java.util.Locale.ROOT).endsWith("counterpart")) {
                    found = c.title();
                }
            }
        }
        return found != null ? found : title;
    }

    private static List<TitleClaim> titlesOf(Doc doc, Entity person) {
        List<TitleClaim> out = new ArrayList<>();
        for (Mention m : person.mentions()) {
            out.addAll(m.titles());
        }
        return out;
    }

    private static Entity sameTitleOwner(List<Raw> raw, Raw r) {
        String title = Fold.phrase(r.claim().title());
        for (Raw o : raw) {
            if (o.person() == r.person() && o.owner() != null && Fold.phrase(o.claim().title()).endsWith(title)) {
                return o.owner();
            }
        }
        return null;
    }

    /** What the text says about a person's tenure as a whole. */
    private static final class PersonStatus {
        boolean ended;
        String since;
        String until;
    }

    /** "his successor, X": X holds the office its holder held ("the Sultan of Oman ... his successor, X"). */
    private List<Raw> successors(Doc doc, List<Raw> raw) {
        List<Raw> out = new ArrayList<>();
        for (Mention m : doc.ordered()) {
            Entity person = doc.entityOf(m);
            if (person == null || person.type() != ActorType.Person || m.kind() != Mention.Kind.NAME) {
                continue;
            }
            DepGraph g = doc.sentence(m.sentence()).deps();
            for (DepGraph.Edge e : g.parents(m.head())) {
                if (!e.rel().equals("appos") || !doc.sentence(m.sentence()).token(e.gov()).is("successor")) {
                    continue;
                }
                for (int p : g.children(e.gov(), "nmod:poss")) {
                    List<Entity> refs = doc.referentsAt(m.sentence(), p);
                    Entity before = refs.size() == 1 ? refs.get(0) : null;
                    for (Raw r : raw) {
                        if (before != null && r.person() == before && r.owner() != null && before != person) {
                            TitleClaim c = r.claim();
                            out.add(new Raw(person, r.owner(), new TitleClaim(c.title(), c.country(), c.ownerMention(),
                                    c.officeOf(), false, m.sentence(), m.start(), m.end()), 0.7));
                        }
                    }
                }
            }
        }
        return out;
    }

    private PersonStatus personStatus(Doc doc, Entity person) {
        PersonStatus ps = new PersonStatus();
        for (Mention m : person.mentions()) {
            Sentence s = doc.sentence(m.sentence());
            if (m.kind() == Mention.Kind.DESCRIPTION && Predicates.isPredicate(s, m)) {
                continue; // "X was appointed minister, replacing Y, who resigned": the clause around the title is not X's
            }
            DepGraph g = s.deps();
            int h = m.head();
            List<DepGraph.Edge> roles = new ArrayList<>(g.parents(h));
            for (DepGraph.Edge e : g.parents(h)) {
                if (e.rel().equals("appos")) {
                    roles.addAll(g.parents(e.gov())); // "its chief executive, X, had resigned": the title is the subject
                }
            }
            for (DepGraph.Edge e : roles) {
                String lemma = s.token(e.gov()).lem();
                boolean passive = e.rel().startsWith("nsubj:pass");
                boolean subject = e.rel().equals("nsubj");
                if (passive && lex.words().has("ended-verb", lemma)
                        || subject && endsOwnTenure(s, e.gov(), lemma)) {
                    end(doc, ps, s, e.gov());
                } else if ((e.rel().equals("obj") && lex.words().has("ended-verb", lemma)) // "overthrowing his father, Sultan X"
                        || e.rel().equals("obl:from") && lemma.equals("take")) {
                    end(doc, ps, s, e.gov());
                } else if ((e.rel().equals("nmod:of") || e.rel().equals("nmod:poss") && !lemma.equals("predecessor"))
                        && lex.words().has("ended-noun", lemma)) {
                    ps.ended = true;
                } else if (e.rel().equals("appos") && lex.words().has("ended-noun", lemma)) {
                    ps.ended = true; // "her predecessor, X"
                } else if ((subject || passive) && startsTenure(s, e.gov(), lemma)) {
                    DateResolver.Resolved r = Dates.attached(s, e.gov(), doc.date());
                    if (r != null && ps.since == null) {
                        ps.since = r.iso();
                    }
                }
            }
            // "X, who resigned as minister in March": a relative clause whose subject is "who"
            for (DepGraph.Edge e : g.children(h)) {
                int verb = e.dep();
                if (!(e.rel().startsWith("acl:relcl") || e.rel().equals("dep")) || !s.token(verb).verb()
                        || g.children(verb).stream().noneMatch(c -> c.rel().startsWith("nsubj") && s.token(c.dep()).is("who"))) {
                    continue;
                }
                // "X, who had served as chief executive since 2019, stepped down": the conjoined verbs share "who"
                List<Integer> verbs = new ArrayList<>(List.of(verb));
                g.children(verb).stream().filter(c -> c.rel().startsWith("conj") && s.token(c.dep()).verb())
                        .forEach(c -> verbs.add(c.dep()));
                for (int v : verbs) {
                    String lemma = s.token(v).lem();
                    if (endsOwnTenure(s, v, lemma) || g.hasChild(v, "aux:pass") && lex.words().has("ended-verb", lemma)) {
                        end(doc, ps, s, v);
                    } else if (startsTenure(s, v, lemma)) {
                        DateResolver.Resolved r = Dates.attached(s, v, doc.date());
                        if (r != null && ps.since == null) {
                            ps.since = r.iso();
                        }
                    }
                }
            }
            // "X, ousted after a scandal": a participle on the name; "X, resigned in January": a verb the parser hung on it
            for (DepGraph.Edge e : g.children(h)) {
                if ((e.rel().equals("acl") || e.rel().equals("appos")) && (lex.words().has("ended-verb", s.token(e.dep()).lem())
                        && s.token(e.dep()).tag().equals("VBN") || endsOwnTenure(s, e.dep(), s.token(e.dep()).lem()))) {
                    end(doc, ps, s, e.dep());
                }
            }
            // "the board said its chief executive, X, had resigned": a subjectless verb beside X under "said"
            for (DepGraph.Edge e : g.parents(h)) {
                if (!e.rel().equals("obj")) {
                    continue;
                }
                for (DepGraph.Edge sib : g.children(e.gov())) {
                    int v = sib.dep();
                    if ((sib.rel().equals("dep") || sib.rel().equals("ccomp")) && v > h && s.token(v).verb()
                            && g.children(v).stream().noneMatch(c -> c.rel().startsWith("nsubj"))
                            && endsOwnTenure(s, v, s.token(v).lem())) {
                        end(doc, ps, s, v);
                    }
                }
            }
        }
        return ps;
    }

    private void end(Doc doc, PersonStatus ps, Sentence s, int verb) {
        ps.ended = true;
        DateResolver.Resolved r = Dates.attached(s, verb, doc.date());
        if (r != null && ps.until == null) {
            ps.until = r.iso();
        }
    }

    /** "resigned", "quit", "stepped down", "left office", "retired". */
    private boolean endsOwnTenure(Sentence s, int verb, String lemma) {
        if (lemma.equals("resign") || lemma.equals("quit") || lemma.equals("retire")) {
            return true;
        }
        DepGraph g = s.deps();
        if (lemma.equals("step")) {
            return g.children(verb, "compound:prt").stream().anyMatch(p -> s.token(p).is("down", "aside"))
                    || g.children(verb, "advmod").stream().anyMatch(p -> s.token(p).is("down", "aside"));
        }
        if (lemma.equals("leave")) {
            return g.children(verb, "obj").stream().anyMatch(o -> lex.words().has("start-noun", s.token(o).lower()));
        }
        return false;
    }

    /** "assumed office", "took over", "was sworn in", "was appointed", "took up the post". */
    private boolean startsTenure(Sentence s, int verb, String lemma) {
        if (!lex.words().has("start-verb", lemma)) {
            return false;
        }
        DepGraph g = s.deps();
        if (lemma.equals("take") || lemma.equals("assume")) {
            boolean office = g.children(verb, "obj").stream().anyMatch(o -> lex.words().has("start-noun", s.token(o).lower()));
            boolean over = g.children(verb, "compound:prt").stream().anyMatch(p -> s.token(p).is("over", "up"));
            return office || over;
        }
        if (lemma.equals("swear")) {
            return true;
        }
        return g.hasChild(verb, "aux:pass") || g.hasChild(verb, "nsubj:pass");
    }

    /**
     * "appointed X as foreign minister", "X was sworn in as president": the title after "as"
     * becomes X's office; its state is the one the title names, else the appointer's, else the
     * article's own.
     */
    private List<Raw> appointed(Doc doc) {
        List<Raw> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            DepGraph g = s.deps();
            for (int i = 0; i < s.size(); i++) {
                if (!s.token(i).verb() || !lex.words().has("start-verb", s.token(i).lem())) {
                    continue;
                }
                List<Integer> people = new ArrayList<>(g.children(i, "obj"));
                people.addAll(g.children(i, "nsubj:pass"));
                for (int as : g.children(i, "obl:as")) {
                    Mention title = null;
                    for (Mention m : doc.mentionsIn(s.index())) {
                        if (m.head() == as && !m.titles().isEmpty()) {
                            title = m;
                        }
                    }
                    if (title == null) {
                        continue;
                    }
                    for (int p : people) {
                        for (Entity person : doc.referentsAt(s.index(), p)) {
                            if (person.type() != ActorType.Person) {
                                continue;
                            }
                            TitleClaim c = title.titles().get(0);
                            Entity owner = owner(doc, c);
                            if (owner == null) {
                                for (int a : g.children(i, "nsubj")) {
                                    for (Entity appointer : doc.referentsAt(s.index(), a)) {
                                        owner = appointer.isState() ? appointer : ownerOfPerson(doc, appointer);
                                    }
                                }
                            }
                            out.add(new Raw(person, owner, c, owner != null ? 0.8 : 0.6));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * "its foreign minister, X" is the foreign minister of whatever "its" is; "his trade minister"
     * of the state "he" serves.
     */
    private static Entity pronounOwner(Doc doc, TitleClaim c) {
        int before = c.start() - 1;
        if (before < 0 || !doc.sentence(c.sentence()).token(before).tag().equals("PRP$")) {
            return null;
        }
        for (Mention m : doc.mentionsIn(c.sentence())) {
            if (m.kind() == Mention.Kind.PRONOUN && m.start() == before) {
                List<Entity> refs = doc.referents(m);
                if (refs.size() != 1) {
                    return null;
                }
                Entity who = refs.get(0);
                return who.isParty() ? who : who.type() == ActorType.Person ? ownerOfPerson(doc, who) : null;
            }
        }
        return null;
    }

    /** The state a titled person serves, from the titles the text gives them. */
    private static Entity ownerOfPerson(Doc doc, Entity person) {
        for (Mention m : person.mentions()) {
            for (TitleClaim c : m.titles()) {
                Entity o = owner(doc, c);
                if (o != null && o.isState()) {
                    return o;
                }
            }
        }
        return null;
    }

    /** "The group is led by X": X leads the group. */
    private List<Raw> ledBy(Doc doc) {
        List<Raw> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            DepGraph g = s.deps();
            for (int i = 0; i < s.size(); i++) {
                if (!s.token(i).lem().equals("lead") && !s.token(i).lem().equals("head")) {
                    continue;
                }
                List<Entity> leaders = new ArrayList<>();
                for (int a : g.children(i, "obl:agent")) {
                    leaders.addAll(doc.referentsAt(s.index(), a));
                }
                for (int a : g.children(i, "obl:by")) {
                    leaders.addAll(doc.referentsAt(s.index(), a));
                }
                List<Entity> bodies = new ArrayList<>();
                for (int p : g.children(i, "nsubj:pass")) {
                    bodies.addAll(doc.referentsAt(s.index(), p));
                }
                for (DepGraph.Edge e : g.parents(i)) {
                    if (e.rel().equals("acl")) {
                        bodies.addAll(doc.referentsAt(s.index(), e.gov()));
                    }
                }
                // "X, who heads the World Health Organization": an organisation's head
                for (int a : g.children(i, "nsubj")) {
                    for (int o : g.children(i, "obj")) {
                        for (Entity body : doc.referentsAt(s.index(), o)) {
                            if (!body.isState() && body.isParty()) {
                                for (Entity leader : doc.referentsAt(s.index(), a)) {
                                    if (leader.type() == ActorType.Person) {
                                        TitleClaim c = new TitleClaim(s.token(i).lem().equals("head") ? "head" : "leader", null,
                                                -1, "either", false, s.index(), i, i + 1);
                                        out.add(new Raw(leader, body, c, 0.7));
                                    }
                                }
                            }
                        }
                    }
                }
                for (Entity leader : leaders) {
                    for (Entity body : bodies) {
                        if (leader.type() == ActorType.Person && body.isParty() && !body.isState()) {
                            TitleClaim c = new TitleClaim("leader", null, -1, "either", false, s.index(), i, i + 1);
                            out.add(new Raw(leader, body, c, 0.8));
                        }
                    }
                }
            }
        }
        return out;
    }
}
