package io.actorgraph.extract.mention;

import io.actorgraph.extract.lexicon.Gazetteer;
import io.actorgraph.extract.lexicon.Lexicons;
import io.actorgraph.extract.lexicon.OrgEntry;
import io.actorgraph.extract.nlp.Sentence;
import io.actorgraph.extract.nlp.Token;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.model.ActorType;
import io.actorgraph.resolve.Country;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Builds the mentions of one sentence from its candidate names; see {@link MentionStage}. */
final class SentenceMentions {

    private final Doc doc;
    private final Sentence s;
    private final List<Token> t;
    private final int n;
    private final int from;
    private final Lexicons lex;
    private final TitleParser titles;
    private final List<Span> spans;
    private final SpanIndex idx;
    private final boolean[] used;

    SentenceMentions(Doc doc, Sentence s, Lexicons lex, TitleParser titles, List<Span> spans) {
        this.doc = doc;
        this.s = s;
        this.t = s.tokens();
        this.n = t.size();
        this.from = s.firstContentToken();
        this.lex = lex;
        this.titles = titles;
        this.spans = spans;
        this.idx = new SpanIndex(n, spans);
        this.used = new boolean[n];
    }

    void run() {
        people();
        otherNames();
        pronounsAndDescriptions();
    }

    // ---------------------------------------------------------------- people and titles

    private void people() {
        for (int i = from; i < n; i++) {
            if (used[i]) {
                continue;
            }
            Span at = idx.at(i);
            if (at != null && at.type() == ActorType.Person && at.start() == i) {
                i = person(i, at, List.of(), i) - 1;
                continue;
            }
            if (at != null && at.start() != i) {
                continue;
            }
            TitleParser.Complex c = titles.parse(t, i, idx, n);
            if (c == null) {
                continue;
            }
            int e = c.end();
            Span person = personAt(e);
            List<TitleParser.Item> items = c.items();
            if (person == null && e + 2 < n && t.get(e).is("of") && idx.at(e + 1) != null && idx.at(e + 1).start() == e + 1
                    && idx.at(e + 1).type() == ActorType.Place && idx.at(e + 1).end() < n && t.get(idx.at(e + 1).end()).word().equals(",")) {
                e = idx.at(e + 1).end(); // "the Crown Prince of Abu Dhabi, Sheikh X": the place is the title's
            }
            if (person == null && e + 1 < n && t.get(e).word().equals(",")) {
                person = personAt(e + 1);
                TitleParser.Complex style = person == null ? titles.parse(t, e + 1, idx, n) : null;
                if (style != null && personAt(style.end()) != null) {
                    // "the Crown Prince of Abu Dhabi, Sheikh Mohamed ...": the name comes after a comma and a style
                    person = personAt(style.end());
                    items = new ArrayList<>(c.items());
                    items.addAll(style.items());
                }
            }
            if (person != null) {
                int end = person(c.start(), person, items, i);
                boolean plural = e > 0 && titles.pluralHeadBeforeName(t, e - 1, idx, n);
                while (plural && end + 1 < n && t.get(end).is("and", ",")) {
                    int next = end + 1;
                    if (t.get(end).word().equals(",") && next + 1 < n && t.get(next).is("and")) {
                        next++; // ", and"
                    }
                    if (personAt(next) == null) {
                        break;
                    }
                    // "Presidents A of Nigeria and B of Benin", "Representatives A, B, and C"
                    end = person(next, personAt(next), items, next);
                }
                i = end - 1;
            } else {
                unnamed(c);
                i = c.end() - 1;
            }
        }
    }

    private Span personAt(int token) {
        Span sp = idx.at(token);
        return sp != null && sp.start() == token && sp.type() == ActorType.Person && !anyUsed(sp.start(), sp.end()) ? sp : null;
    }

    /** A person with the title items before the name and any appositive after it; returns where it ends. */
    private int person(int start, Span name, List<TitleParser.Item> items, int complexStart) {
        boolean endedBefore = precededBy(complexStart, "predecessor", "as") || precededBy(complexStart, "late")
                || complexStart - 1 >= from && lex.words().has("ended-modifier", t.get(complexStart - 1).lower())
                && !t.get(complexStart - 1).is("then"); // "retired general X"; "they then met President X" is no past office
        List<TitleClaim> claims = new ArrayList<>();
        boolean future = complexStart - 1 >= from && lex.words().has("future-modifier", t.get(complexStart - 1).lower());
        for (TitleParser.Item item : items) {
            if (!future) { // "incoming Executive Secretary X" does not hold the office yet
                claims.add(claim(item, endedBefore));
            }
        }
        int end = name.end();
        if (end + 1 < n && t.get(end).is("of") && !claims.isEmpty()) {
            int k = t.get(end + 1).is("the") ? end + 2 : end + 1;
            Span of = idx.at(k);
            if (of != null && of.start() == k && (of.kind() == Mention.Kind.STATE || of.type() == ActorType.Organisation
                    || of.type() == ActorType.Firm)) {
                Mention om = ownerMention(of);
                List<TitleClaim> owned = new ArrayList<>();
                for (TitleClaim c : claims) {
                    owned.add(c.country() == null && c.ownerMention() < 0
                            ? (of.kind() == Mention.Kind.STATE ? c.withCountry(of.country()).withOwner(om.id()) : c.withOwner(om.id()))
                            : c);
                }
                claims.clear();
                claims.addAll(owned);
                end = of.end();
            }
        }
        int apEnd = appositive(end, claims, endedBefore);
        if (apEnd > end) {
            end = apEnd;
        }
        mark(start, end);
        relativeTitle(end, claims);
        String text = s.span(doc.text(), name.nameStart(), name.nameEnd());
        Set<Mention.Flag> flags = EnumSet.noneOf(Mention.Flag.class);
        if (end < n && t.get(end).possessiveMarker()) {
            flags.add(Mention.Flag.POSSESSIVE);
        }
        add(start, end, name.nameEnd() - 1, name.nameStart(), name.nameEnd(), Mention.Kind.NAME, ActorType.Person, text,
                null, null, claims, flags, -1);
        return end;
    }

    private boolean precededBy(int i, String... words) {
        if (i - words.length < from) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!t.get(i - words.length + k).is(words[k])) {
                return false;
            }
        }
        return true;
    }

    private TitleClaim claim(TitleParser.Item item, boolean endedBefore) {
        for (Span c : item.complements()) {
            ownerMention(c).id(); // "envoy to Sudan": Sudan is named, though not as the office's owner
        }
        int owner = -1;
        Country country = item.country();
        if (item.ownerSpan() != null) {
            Mention m = ownerMention(item.ownerSpan());
            owner = m.id();
        } else if (item.ownerStart() >= 0) {
            owner = descriptionOwner(item.ownerStart(), item.ownerEnd()).id();
        }
        return new TitleClaim(item.title(), country, owner, item.officeOf(), item.ended() || endedBefore, s.index(),
                item.start(), item.end());
    }

    /** ", managing director of X" / ", X's secretary of state" / ", a Malaysian diplomat who serves as ..." after a name. */
    private int appositive(int nameEnd, List<TitleClaim> claims, boolean endedBefore) {
        if (nameEnd + 1 >= n || !t.get(nameEnd).word().equals(",")) {
            return nameEnd;
        }
        TitleParser.Complex c = titles.parse(t, nameEnd + 1, idx, n);
        if (c == null) {
            return nameEnd;
        }
        int e = c.end();
        List<TitleParser.Item> items = new ArrayList<>(c.items());
        List<Boolean> over = new ArrayList<>();
        c.items().forEach(x -> over.add(endedBefore));
        if (e < n && t.get(e).is("who", "which") && e + 2 < n) {
            int v = e + 1;
            while (v < n && (t.get(v).tag().startsWith("RB") || t.get(v).tag().equals("MD"))) {
                v++;
            }
            if (v + 1 < n && t.get(v).verb() && t.get(v + 1).is("as")) {
                TitleParser.Complex c2 = titles.parse(t, v + 2, idx, n);
                if (c2 != null) {
                    boolean ended = pastService(t.get(v));
                    for (TitleParser.Item item : c2.items()) {
                        items.add(item);
                        over.add(ended || endedBefore);
                    }
                    e = c2.end();
                }
            }
        }
        if (e + 1 < n && t.get(e).is("for", "in") && idx.at(e + 1) != null && idx.at(e + 1).start() == e + 1
                && (idx.at(e + 1).type() == ActorType.Place || idx.at(e + 1).kind() == Mention.Kind.STATE)) {
            e = idx.at(e + 1).end(); // "X, Tesco's CEO for Central Europe,": the region the office covers
        }
        boolean closed = e >= n || t.get(e).word().matches("[,.;:)]|-RRB-|\u201D|\"") || t.get(e).is("and", "who");
        if (!closed) {
            return nameEnd;
        }
        for (int k = 0; k < items.size(); k++) {
            claims.add(claim(items.get(k), over.get(k)));
        }
        return e;
    }

    /** ", who resigned as the United Kingdom's defence procurement minister": the title belongs to the person. */
    private void relativeTitle(int end, List<TitleClaim> claims) {
        if (end + 3 >= n || !t.get(end).word().equals(",") || !t.get(end + 1).is("who")) {
            return;
        }
        int v = end + 2;
        while (v < n && (t.get(v).tag().startsWith("RB") || t.get(v).tag().equals("MD") || t.get(v).is("has", "had", "was"))) {
            v++;
        }
        if (v + 1 < n && t.get(v).verb() && t.get(v + 1).is("as")) {
            TitleParser.Complex c = titles.parse(t, v + 2, idx, n);
            if (c != null) {
                boolean over = pastService(t.get(v));
                for (TitleParser.Item item : c.items()) {
                    claims.add(claim(item, over));
                }
                mark(c.start(), c.end());
            }
        }
    }

    /** "who resigned as", "who served as", "who was": the office the clause names is over. */
    private boolean pastService(Token verb) {
        return lex.words().has("ended-verb", verb.lem())
                || verb.tag().equals("VBD") && (verb.lem().equals("serve") || verb.lem().equals("be") || verb.lem().equals("act"));
    }

    /** A title with no name after it: "a Peruvian diplomat" acts for Peru; "the Malian leader" is someone to find. */
    private void unnamed(TitleParser.Complex c) {
        TitleParser.Item first = c.items().get(0);
        boolean indefinite = t.get(c.start()).is("a", "an");
        boolean definite = t.get(c.start()).is("the") || first.ownerSpan() != null && first.ownerSpan().end() < n
                && t.get(first.ownerSpan().end()).possessiveMarker();
        List<TitleClaim> claims = new ArrayList<>();
        for (TitleParser.Item item : c.items()) {
            claims.add(claim(item, false));
        }
        int head = c.end() - 1;
        Set<Mention.Flag> flags = EnumSet.noneOf(Mention.Flag.class);
        if (t.get(head).tag().endsWith("S")) {
            flags.add(Mention.Flag.PLURAL);
        }
        mark(c.start(), c.end());
        String text = s.span(doc.text(), c.start(), c.end());
        if (indefinite || !definite && first.ownerSpan() != null) {
            flags.add(Mention.Flag.OFFICIAL);
            int owner = claims.get(0).ownerMention();
            Country country = claims.get(0).country();
            ActorType type = country != null ? ActorType.State : ownerType(owner);
            add(c.start(), c.end(), head, c.start(), c.end(), Mention.Kind.DESCRIPTION, type, stripArticle(text), country,
                    null, claims, flags, owner);
        } else {
            add(c.start(), c.end(), head, c.start(), c.end(), Mention.Kind.DESCRIPTION, ActorType.Person,
                    stripArticle(text), claims.get(0).country(), null, claims, flags, claims.get(0).ownerMention());
        }
    }

    private ActorType ownerType(int owner) {
        if (owner < 0) {
            return null;
        }
        return doc.mentions().get(owner).type();
    }

    // ---------------------------------------------------------------- states, organisations, places

    private void otherNames() {
        for (int k = 0; k < spans.size(); k++) {
            Span sp = spans.get(k);
            if (anyUsed(sp.start(), sp.end())) {
                continue;
            }
            switch (sp.kind()) {
                case STATE -> state(sp);
                case DEMONYM -> demonym(sp, k);
                case STATE_PHRASE -> {
                    int start = withArticle(sp.start());
                    Set<Mention.Flag> flags = EnumSet.noneOf(Mention.Flag.class);
                    if (lex.words().has("forces-noun", t.get(sp.end() - 1).lower())) {
                        flags.add(Mention.Flag.FORCES);
                    }
                    mark(start, sp.end());
                    add(start, sp.end(), sp.end() - 1, sp.start(), sp.end(), Mention.Kind.STATE_PHRASE, ActorType.State,
                            s.span(doc.text(), sp.start(), sp.end()), sp.country(), null, List.of(), flags, -1);
                }
                default -> name(sp);
            }
        }
    }

    private void name(Span sp) {
        if (sp.type() == ActorType.Person) {
            person(sp.start(), sp, List.of(), sp.start());
            return;
        }
        int start = withArticle(sp.start());
        Set<Mention.Flag> flags = EnumSet.noneOf(Mention.Flag.class);
        if (sp.armed()) {
            flags.add(Mention.Flag.ARMED);
        }
        OrgEntry org = sp.entry() != null ? sp.entry().org() : null;
        if (org != null && org.media()) {
            flags.add(Mention.Flag.MEDIA);
        }
        if (sp.end() < n && t.get(sp.end()).possessiveMarker()) {
            flags.add(Mention.Flag.POSSESSIVE);
        }
        mark(start, sp.end());
        String text = org != null ? s.span(doc.text(), sp.nameStart(), sp.nameEnd()) : s.span(doc.text(), sp.nameStart(), sp.nameEnd());
        add(start, sp.end(), sp.nameEnd() - 1, sp.nameStart(), sp.nameEnd(), Mention.Kind.NAME, sp.type(), text,
                sp.country(), org, List.of(), flags, -1);
    }

    private void state(Span sp) {
        int start = withArticle(sp.start());
        int e = sp.end();
        boolean possessive = e < n && t.get(e).possessiveMarker();
        int after = possessive ? e + 1 : e;
        if (capitalAt(after)) {
            mark(start, after + 1);
            add(start, after + 1, after, sp.start(), after + 1, Mention.Kind.CAPITAL, ActorType.Place,
                    sp.country().capital(), sp.country(), null, List.of(), EnumSet.noneOf(Mention.Flag.class), -1);
            return;
        }
        if (phrase(sp, start, after)) {
            return;
        }
        Set<Mention.Flag> flags = EnumSet.noneOf(Mention.Flag.class);
        if (possessive) {
            flags.add(Mention.Flag.POSSESSIVE);
        }
        mark(start, e);
        add(start, e, e - 1, sp.start(), e, Mention.Kind.STATE, ActorType.State, s.span(doc.text(), sp.start(), e),
                sp.country(), null, List.of(), flags, -1);
    }

    private void demonym(Span sp, int k) {
        int start = withArticle(sp.start());
        int e = sp.end();
        if (capitalAt(e)) {
            mark(start, e + 1);
            add(start, e + 1, e, sp.start(), e + 1, Mention.Kind.CAPITAL, ActorType.Place, sp.country().capital(),
                    sp.country(), null, List.of(), EnumSet.noneOf(Mention.Flag.class), -1);
            return;
        }
        // "A Peruvian and a Chilean official", "Australian and Indonesian officials"
        if (e + 1 < n && t.get(e).is("and", "or")) {
            int j = e + 1;
            if (t.get(j).is("a", "an", "the")) {
                j++;
            }
            Span second = idx.at(j);
            if (second != null && second.start() == j && second.kind() == Mention.Kind.DEMONYM) {
                Gazetteer.Match<String> tail = tail(second.end());
                if (tail != null && !eventNoun(tail.end() - 1)) {
                    Set<Mention.Flag> flags = flags(tail.values().get(0), tail.end() - 1);
                    if (start == sp.start() && start - 1 >= from && t.get(start - 1).is("a", "an") && !used[start - 1]) {
                        start--; // "An Iraqi and a Jordanian official": "An Iraqi" is one phrase
                    }
                    mark(start, e);
                    add(start, e, e - 1, sp.start(), e, Mention.Kind.STATE_PHRASE, ActorType.State,
                            s.span(doc.text(), sp.start(), e) + " " + s.span(doc.text(), tail.start(), tail.end()),
                            sp.country(), null, List.of(), flags, -1);
                    return;
                }
            }
        }
        if (phrase(sp, start, e)) {
            return;
        }
        mark(sp.start(), e);
        add(sp.start(), e, e - 1, sp.start(), e, Mention.Kind.DEMONYM, ActorType.State, s.span(doc.text(), sp.start(), e),
                sp.country(), null, List.of(), EnumSet.noneOf(Mention.Flag.class), -1);
    }

    /** "[the] Ghanaian government", "Colombia's air force", "U.S. officials": the state through a phrase. */
    private boolean phrase(Span sp, int start, int tailStart) {
        Gazetteer.Match<String> tail = tail(tailStart);
        if (tail == null || eventNoun(tail.end() - 1)) {
            return false;
        }
        String means = tail.values().get(0);
        int end = tail.end();
        String text = s.span(doc.text(), sp.start(), end);
        if (t.get(start).is("the") && means.equals("state-official") && !lex.words().has("official-noun",
                t.get(end - 1).lower())) {
            // "the Malian leader": a particular person to find, not the state
            mark(start, end);
            add(start, end, end - 1, sp.start(), end, Mention.Kind.DESCRIPTION, ActorType.Person, text, sp.country(), null,
                    List.of(new TitleClaim(s.span(doc.text(), tail.start(), end), sp.country(), -1, "state", false,
                            s.index(), tail.start(), end)), EnumSet.noneOf(Mention.Flag.class), -1);
            return true;
        }
        mark(start, end);
        add(start, end, end - 1, sp.start(), end, Mention.Kind.STATE_PHRASE, ActorType.State, text, sp.country(), null,
                List.of(), flags(means, end - 1), -1);
        return true;
    }

    private Gazetteer.Match<String> tail(int at) {
        if (at >= n) {
            return null;
        }
        Gazetteer.Match<String> m = lex.demonymPhrases().tails().longestAt(t, at, n);
        if (m != null && m.end() < n && (t.get(m.end()).word().equals("-") || t.get(m.end()).tag().equals("HYPH"))) {
            return null; // "Kenya's state-owned X": an adjective, not "the state"
        }
        return m;
    }

    private Set<Mention.Flag> flags(String means, int last) {
        Set<Mention.Flag> flags = EnumSet.noneOf(Mention.Flag.class);
        switch (means) {
            case "state-forces" -> flags.add(Mention.Flag.FORCES);
            case "state-media" -> flags.add(Mention.Flag.MEDIA);
            case "state-official" -> flags.add(Mention.Flag.OFFICIAL);
            default -> {
            }
        }
        if (t.get(last).tag().endsWith("S")) {
            flags.add(Mention.Flag.PLURAL);
        }
        return flags;
    }

    /** Whether the word is a relation's noun ("strikes"): then the demonym is its actor, not part of a name. */
    private boolean eventNoun(int token) {
        return !lex.relations().nounRules(t.get(token).lem()).isEmpty()
                || !lex.relations().nounRules(t.get(token).lower()).isEmpty();
    }

    private boolean capitalAt(int i) {
        return i < n && t.get(i).is("capital") && !(i + 1 < n && t.get(i + 1).capitalized() && t.get(i + 1).properNoun());
    }

    // ---------------------------------------------------------------- pronouns and descriptions

    private void pronounsAndDescriptions() {
        for (int i = from; i < n; i++) {
            if (used[i] || idx.at(i) != null) {
                continue;
            }
            Token tok = t.get(i);
            String w = tok.lower();
            if ((tok.tag().equals("PRP") || tok.tag().equals("PRP$")) && (lex.words().has("pronoun-person", w)
                    || lex.words().has("pronoun-party", w) || lex.words().has("pronoun-speaker", w)
                    || lex.words().has("pronoun-self", w))) {
                int end = i + 1;
                int pronoun = i;
                Set<Mention.Flag> flags = EnumSet.noneOf(Mention.Flag.class);
                if (tok.tag().equals("PRP$")) {
                    flags.add(Mention.Flag.POSSESSIVE);
                }
                ActorType type = lex.words().has("pronoun-person", w) || lex.words().has("pronoun-self", w) ? ActorType.Person : null;
                if (lex.words().has("pronoun-self", w)) {
                    flags.add(Mention.Flag.SELF);
                }
                if (w.startsWith("the")) {
                    flags.add(Mention.Flag.PLURAL);
                }
                if (lex.words().has("pronoun-speaker", w)) {
                    flags.add(Mention.Flag.SPEAKER);
                }
                Mention pm = add(pronoun, end, pronoun, pronoun, end, Mention.Kind.PRONOUN, type, tok.word(), null, null,
                        List.of(), flags, -1);
                used[i] = true;
                if (tok.tag().equals("PRP$")) {
                    description(i + 1, i, pm.id());
                }
                continue;
            }
            if (tok.is("the", "both")) {
                description(i + 1, i, -1);
            } else if (tok.is("whose")) {
                Mention whose = add(i, i + 1, i, i, i + 1, Mention.Kind.DESCRIPTION, null, tok.word(), null, null, List.of(),
                        EnumSet.of(Mention.Flag.POSSESSIVE), -1);
                used[i] = true;
                description(i + 1, i, whose.id());
            } else if (!tok.capitalized() || tok.is("Army", "Government", "Military", "Police")) {
                organCompound(i);
            }
        }
    }

    /** "the group", "the two countries", "both governments", "her government", "the minister". */
    private void description(int p, int start, int owner) {
        int q = p;
        boolean pair = t.get(start).is("both");
        while (q < n && !used[q] && idx.at(q) == null && (t.get(q).is("two") || t.get(q).tag().equals("JJ")
                || t.get(q).tag().equals("VBN") || t.get(q).tag().equals("HYPH") || t.get(q).word().equals("-"))) {
            if (t.get(q).is("two")) {
                pair = true;
            }
            q++;
        }
        if (q >= n || used[q] || idx.at(q) != null || !t.get(q).noun()) {
            return;
        }
        // a compound noun: the head is the last noun ("the patrol programme")
        int head = q;
        while (head + 1 < n && t.get(head + 1).noun() && !t.get(head + 1).capitalized() && idx.at(head + 1) == null) {
            head++;
        }
        String w = t.get(head).lower();
        String lemma = t.get(head).lem();
        boolean organ = lex.words().has("organ-noun", w) || lex.words().has("organ-noun", lemma)
                || lex.words().matchAt("organ-noun", t, q) == head - q + 1;
        boolean group = lex.words().has("group-noun", w) || lex.words().has("armed-noun", w);
        boolean title = lex.titles().head(w) || lex.titles().head(lemma) || lemma.equals("leader");
        boolean states = w.equals("countries") || w.equals("nations") || w.equals("governments") || w.equals("sides")
                || w.equals("states");
        if (!(organ || group || title || states)) {
            return;
        }
        Set<Mention.Flag> flags = EnumSet.noneOf(Mention.Flag.class);
        if (t.get(head).tag().endsWith("S")) {
            flags.add(Mention.Flag.PLURAL);
        }
        if (pair && flags.contains(Mention.Flag.PLURAL)) {
            flags.add(Mention.Flag.PAIR);
        }
        if (t.get(start).is("their") && flags.contains(Mention.Flag.PLURAL)) {
            flags.add(Mention.Flag.DISTRIBUTIVE);
        }
        if (lex.words().has("armed-noun", w) && !w.equals("army")) {
            flags.add(Mention.Flag.ARMED);
        }
        if (lex.words().has("forces-noun", w) || lex.words().matchAt("forces-noun", t, q) == head - q + 1) {
            flags.add(Mention.Flag.FORCES);
        }
        if (head + 1 < n && t.get(head + 1).possessiveMarker()) {
            flags.add(Mention.Flag.POSSESSIVE);
        }
        ActorType type;
        if (title && !organ && !states) {
            type = ActorType.Person;
        } else if (organ || states) {
            type = ActorType.State;
        } else {
            type = lex.words().has("firm-noun", w) && !w.equals("group") ? ActorType.Firm : ActorType.Organisation;
        }
        if (w.equals("leaders") || w.equals("ministers") || w.equals("officials")) {
            type = ActorType.Person;
        }
        int begin = owner >= 0 ? p : start;
        mark(begin, head + 1);
        add(begin, head + 1, head, begin, head + 1, Mention.Kind.DESCRIPTION, type, s.span(doc.text(), begin, head + 1), null,
                null, List.of(), flags, owner);
    }

    /** An organ noun used as a modifier without a determiner: "army positions", "government negotiators". */
    private void organCompound(int i) {
        Token tok = t.get(i);
        int len = lex.words().matchAt("organ-noun", t, i);
        boolean rebel = tok.is("rebel", "guerrilla", "militant", "insurgent");
        if (len == 0 && !rebel) {
            return;
        }
        int last = i + Math.max(len, 1) - 1;
        if (last + 1 >= n || !t.get(last + 1).noun() || t.get(last + 1).capitalized() || lex.titles().head(t.get(last + 1).word())) {
            return;
        }
        Set<Mention.Flag> flags = EnumSet.noneOf(Mention.Flag.class);
        ActorType type = ActorType.State;
        if (rebel) {
            flags.add(Mention.Flag.ARMED);
            type = ActorType.Organisation;
        } else if (lex.words().has("forces-noun", t.get(last).lower())) {
            flags.add(Mention.Flag.FORCES);
        }
        mark(i, last + 1);
        add(i, last + 1, last, i, last + 1, Mention.Kind.DESCRIPTION, type, s.span(doc.text(), i, last + 1), null, null,
                List.of(), flags, -1);
    }

    // ---------------------------------------------------------------- helpers

    private Mention ownerMention(Span sp) {
        Set<Mention.Flag> flags = EnumSet.of(Mention.Flag.POSSESSIVE);
        Mention.Kind kind = sp.kind() == Mention.Kind.NAME ? Mention.Kind.NAME : sp.kind();
        OrgEntry org = sp.entry() != null ? sp.entry().org() : null;
        return add(sp.start(), sp.end(), sp.end() - 1, sp.nameStart(), sp.nameEnd(), kind, sp.type(),
                s.span(doc.text(), sp.nameStart(), sp.nameEnd()), sp.country(), org, List.of(), flags, -1);
    }

    private Mention descriptionOwner(int start, int end) {
        Token head = t.get(end - 1);
        ActorType type;
        Set<Mention.Flag> flags = EnumSet.of(Mention.Flag.POSSESSIVE);
        if (head.is("whose")) {
            type = null;
        } else if (lex.words().has("organ-noun", head.lower())) {
            type = ActorType.State;
            if (lex.words().has("forces-noun", head.lower())) {
                flags.add(Mention.Flag.FORCES);
            }
        } else {
            type = lex.words().has("firm-noun", head.lower()) && !head.is("group") ? ActorType.Firm : ActorType.Organisation;
        }
        int owner = -1;
        Token first = t.get(start);
        if (end - start > 1 && (first.tag().equals("PRP$") || first.is("his", "her", "its", "their"))) {
            // "his party's leader": the party is the one of whoever "his" is
            owner = add(start, start + 1, start, start, start + 1, Mention.Kind.PRONOUN,
                    lex.words().has("pronoun-person", first.lower()) ? ActorType.Person : null, first.word(), null, null,
                    List.of(), EnumSet.of(Mention.Flag.POSSESSIVE), -1).id();
            used[start] = true;
        }
        return add(start, end, end - 1, start, end, Mention.Kind.DESCRIPTION, type, s.span(doc.text(), start, end), null,
                null, List.of(), flags, owner);
    }

    private int withArticle(int start) {
        return start - 1 >= from && t.get(start - 1).is("the") && !used[start - 1] ? start - 1 : start;
    }

    private static String stripArticle(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String a : new String[] {"the ", "a ", "an "}) {
            if (lower.startsWith(a)) {
                return text.substring(a.length());
            }
        }
        return text;
    }

    private boolean anyUsed(int start, int end) {
        for (int i = start; i < end; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    private void mark(int start, int end) {
        for (int i = start; i < end && i < n; i++) {
            used[i] = true;
        }
    }

    private Mention add(int start, int end, int head, int nameStart, int nameEnd, Mention.Kind kind, ActorType type,
            String text, Country country, OrgEntry org, List<TitleClaim> titles, Set<Mention.Flag> flags, int owner) {
        Mention m = new Mention(doc.mentions().size(), s.index(), start, end, head, nameStart, nameEnd, kind, type, text,
                country, org, List.copyOf(titles), flags.isEmpty() ? Set.of() : EnumSet.copyOf(flags), owner);
        doc.mentions().add(m);
        return m;
    }
}
