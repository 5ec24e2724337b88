package io.actorgraph.extract.mention;

import io.actorgraph.extract.lexicon.WordLists;
import io.actorgraph.extract.lexicon.Gazetteer;
import io.actorgraph.extract.lexicon.Lexicons;
import io.actorgraph.extract.lexicon.TitleLexicon;
import io.actorgraph.extract.nlp.Token;
import io.actorgraph.model.ActorType;
import io.actorgraph.resolve.Country;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The title grammar. A title complex is
 * <pre>
 *   [the|a|former|the late|new ...] ITEM (("and"|",") ITEM)*        ITEM = [OWNER ['s]] TITLE [COMPLEMENT]
 * </pre>
 * where OWNER is a demonym, a state, an organisation or a description ("the corporation's",
 * "Army"), TITLE a lexicon title or modifiers ending in a head word ("Maritime Affairs and
 * Fisheries Minister"), and COMPLEMENT "to/on X" (part of the title: "Special Envoy to Sudan" is
 * a U.S. office) or "of X" (X owns the office when it is an actor: "president of the Council";
 * otherwise part of the title: "Minister of Energy"). "former", "ex-", "the late", "then" and
 * "predecessor as" mark the office as over.
 */
final class TitleParser {

    /** One title with its owner: a state, or the index of an owner span, or a description owner. */
    record Item(String title, String officeOf, Country country, Span ownerSpan, int ownerStart, int ownerEnd,
            boolean ended, int start, int end, List<Span> complements) {
    }

    /** A parsed complex: tokens [start, end), its items, and whether it ended on a comma. */
    record Complex(int start, int end, List<Item> items) {
    }

    /** Words before a title that say when, not what: "the new ambassador", "Greece's current minister". */
    private static final Set<String> STATUS_WORDS = WordLists.shared().category("title-status");

    private final Lexicons lex;
    private final TitleLexicon titles;

    TitleParser(Lexicons lex) {
        this.lex = lex;
        this.titles = lex.titles();
    }

    /**
     * Where the body a board belongs to is named: after "Board of Directors of [the]" starting at
     * {@code from}, or -1 when no board is named there.
     */
    static int bodyAfterBoard(List<Token> t, int from, int limit) {
        int k = from;
        while (k < limit && k < from + 5 && t.get(k).is("Board", "Supervisory", "Executive", "Management", "Directors",
                "Governors", "Trustees", "of")) {
            k++;
        }
        if (k > from + 1 && t.get(k - 1).is("of") && k < limit) {
            return t.get(k).is("the") ? k + 1 : k;
        }
        return -1;
    }

    /** Reads a title complex starting at {@code start}; null when none starts there. */
    Complex parse(List<Token> t, int start, SpanIndex spans, int limit) {
        int p = start;
        boolean ended = false;
        // leading determiners and status words: "the late", "Former", "the new", "then"
        while (p < limit) {
            Token tok = t.get(p);
            if (tok.is("the", "a", "an") || STATUS_WORDS.contains(tok.word())) {
                p++;
            } else if (lex.words().has("ended-modifier", tok.lower()) || tok.is("ex")) {
                ended = true;
                p++;
                if (p < limit && (t.get(p).word().equals("-") || t.get(p).tag().equals("HYPH"))) {
                    p++;
                }
            } else {
                break;
            }
        }
        List<Item> items = new ArrayList<>();
        while (p < limit) {
            Item item = item(t, p, spans, limit, ended);
            if (item == null) {
                break;
            }
            items.add(item);
            p = item.end();
            if (p + 1 < limit && (t.get(p).is("and") || t.get(p).word().equals(","))) {
                Item next = item(t, p + 1, spans, limit, ended);
                if (next != null && (t.get(p).is("and") || next.ownerSpan() == null && next.ownerStart() < 0)) {
                    p++;
                    continue;
                }
            }
            break;
        }
        if (items.isEmpty()) {
            return null;
        }
        return new Complex(start, p, items);
    }

    private Item item(List<Token> t, int start, SpanIndex spans, int limit, boolean endedBefore) {
        int p = start;
        boolean ended = endedBefore;
        Country country = null;
        Span ownerSpan = null;
        int ownerStart = -1;
        int ownerEnd = -1;
        Span at = spans.at(p);
        Span before = p >= 2 && t.get(p - 1).possessiveMarker() ? spans.at(p - 2) : null;
        if ((at == null || at.start() != p) && before != null && before.type() == ActorType.Person
                && titleEnd(t, p, spans, limit) > p && titles.head(t.get(titleEnd(t, p, spans, limit) - 1).word())) {
            ownerSpan = before; // "the Chancellor X's spokesperson, Y": whom X serves (OfficeStage reads X's own title)
        }
        if (at != null && at.start() == p) {
            int localAt = at.type() == ActorType.Place ? localTitleAfter(t, at.end(), spans, limit) : -1;
            if (at.kind() == Mention.Kind.DEMONYM || at.kind() == Mention.Kind.STATE) {
                country = at.country();
                ownerSpan = at;
                p = at.end();
            } else if (at.type() == ActorType.Person && at.end() - at.start() == 1 && at.end() + 1 < limit
                    && t.get(at.end()).possessiveMarker() && titles.orgHead(t.get(titleEnd(t, at.end() + 1, spans, limit) - 1).word())) {
                // "Havbruk's Supervisory Board Chair": a one-word "person" owning a board is an organisation
                ownerSpan = at.typed(ActorType.Organisation);
                p = at.end();
            } else if (at.type() == ActorType.Organisation || at.type() == ActorType.Firm
                    || at.kind() == Mention.Kind.STATE_PHRASE) {
                ownerSpan = at;
                country = at.kind() == Mention.Kind.STATE_PHRASE ? at.country() : null;
                p = at.end();
            } else if (localAt > 0) {
                ownerSpan = at; // "Chelyabinsk regional Deputy Governor X": a city's or province's own office
                p = localAt;
            } else {
                return null;
            }
            if (p < limit && t.get(p).possessiveMarker()) {
                p++;
            }
            while (p < limit && STATUS_WORDS.contains(t.get(p).word())) {
                p++; // "Greece's new ambassador to Armenia"
            }
        } else if (p + 2 < limit && t.get(p).is("the", "its", "his", "her", "their") && descriptionNoun(t.get(p + 1))
                && t.get(p + 2).possessiveMarker()) {
            ownerStart = p;
            ownerEnd = p + 2;
            p += 3; // "the corporation's"
        } else if (p + 1 < limit && p > 0 && t.get(p - 1).is("the") && descriptionNoun(t.get(p))
                && t.get(p + 1).possessiveMarker()) {
            ownerStart = p - 1;
            ownerEnd = p + 1;
            p += 2; // "the" already read: "the country's defence minister"
        } else if (at == null && t.get(p).capitalized() && t.get(p).properNoun() && !titles.head(t.get(p).word())
                && !titles.modifier(t.get(p).word()) && possessiveNameEnd(t, p, limit) > 0
                && titleEnd(t, possessiveNameEnd(t, p, limit) + 1, spans, limit) > possessiveNameEnd(t, p, limit) + 1) {
            int nameEnd = possessiveNameEnd(t, p, limit);
            ownerSpan = new Span(p, nameEnd, p, nameEnd, ActorType.Organisation, Mention.Kind.NAME, null, null, false,
                    "possessive-owner");
            p = nameEnd + 1; // "Havbruk's Supervisory Board Chair": an organisation the tagger did not know
        } else if (p + 1 < limit && t.get(p).is("whose")) {
            ownerStart = p;
            ownerEnd = p + 1;
            p++;
        } else if (lex.words().has("organ-noun", t.get(p).lower()) && !t.get(p).is("side", "team", "state")
                && p + 1 < limit && titles.head(t.get(p + 1).word()) && !titles.head(t.get(p).word())) {
            ownerStart = p;
            ownerEnd = p + 1;
            p++; // "Army spokesman", "army commander"
        }
        if (p < limit && (t.get(p).lower().startsWith("ex-") && t.get(p).word().length() > 3)) {
            ended = true; // "ex-economy secretary"
        } else if (p + 1 < limit && t.get(p).is("ex") && (t.get(p + 1).word().equals("-") || t.get(p + 1).tag().equals("HYPH"))) {
            ended = true;
            p += 2;
        }
        int titleStart = p;
        int titleEnd = titleEnd(t, p, spans, limit);
        if (titleEnd <= titleStart && ownerSpan != null && country != null) {
            // "Sudan's irrigation minister": a portfolio the lexicon does not list, between a state and a title
            int q = p;
            while (q < limit && q < p + 3 && !t.get(q).capitalized() && (t.get(q).tag().startsWith("NN") || t.get(q).tag().startsWith("JJ"))
                    && !titles.head(t.get(q).word())) {
                q++;
            }
            if (q > p && q < limit && titles.head(t.get(q).word())) {
                titleEnd = titleEnd(t, q, spans, limit);
            }
        }
        if (titleEnd <= titleStart) {
            return null;
        }
        String officeOf = officeOf(t, titleStart, titleEnd);
        // complements: "to Sudan", "on Myanmar", "of state for fisheries", "of the Canadian Steel Producers Council"
        int q = titleEnd;
        List<Span> complements = new ArrayList<>();
        while (q + 1 < limit && t.get(q).is("to", "on", "for", "of", "at")) {
            int servedEnd = t.get(q).is("to") && q + 2 < limit && t.get(q + 1).is("the") && spans.at(q + 2) == null
                    ? titleEnd(t, q + 2, spans, limit) : -1;
            if (servedEnd > q + 2) {
                q = servedEnd;
                titleEnd = q; // "Chief of Staff to the President", "Adviser to the Prime Minister"
                continue;
            }
            Span next = spans.at(q + 1);
            int afterDet = q + 1;
            if (next == null && t.get(q + 1).is("the") && q + 2 < limit) {
                next = spans.at(q + 2);
                afterDet = q + 2;
            }
            if (next == null && t.get(q).is("of")) {
                // "Chairman of the Board of Directors of Carpatica": the board's owner is the title's
                int bodyAt = bodyAfterBoard(t, t.get(q + 1).is("the") ? q + 2 : q + 1, limit);
                if (bodyAt >= 0 && spans.at(bodyAt) != null && spans.at(bodyAt).start() == bodyAt) {
                    next = spans.at(bodyAt);
                    afterDet = bodyAt;
                }
            }
            if (next != null && next.start() == afterDet && next.kind() != Mention.Kind.DEMONYM) {
                boolean party = next.type() == ActorType.Organisation || next.type() == ActorType.Firm
                        || next.kind() == Mention.Kind.STATE || next.kind() == Mention.Kind.STATE_PHRASE;
                boolean localPlace = next.type() == ActorType.Place && t.get(q).is("of") && localTitle(t, titleStart, titleEnd);
                if ((t.get(q).is("of") || t.get(q).is("at")) && (party || localPlace) && ownerSpan == null && ownerStart < 0) {
                    ownerSpan = next;
                    country = next.kind() == Mention.Kind.STATE || next.kind() == Mention.Kind.STATE_PHRASE
                            ? next.country() : null;
                    q = next.end();
                    break;
                }
                if (t.get(q).is("to", "on", "for") && takesComplement(t.get(titleEnd - 1))) {
                    q = next.end();
                    titleEnd = q; // part of the title: "Special Envoy to Sudan"
                    complements.add(next);
                    continue;
                }
                break;
            }
            if (t.get(q).is("of") && t.get(q + 1).is("the") && q + 2 < limit && descriptionNoun(t.get(q + 2))
                    && ownerSpan == null && ownerStart < 0) {
                ownerStart = q + 1;
                ownerEnd = q + 3;
                q = q + 3; // "managing director of the company"
                break;
            }
            int portfolio = t.get(q).is("of", "for") ? portfolioBeforeName(t, q + 1, spans, limit) : -1;
            if (portfolio > q + 1) {
                q = portfolio; // "Minister of Environment, Water, and Agriculture X", "Head of Presidential Administration X"
                titleEnd = q;
                continue;
            }
            if (t.get(q).is("of", "for") && (lex.titles().modifier(t.get(q + 1).word())
                    || !t.get(q + 1).capitalized() && t.get(q + 1).noun())) {
                int r = q + 1;
                while (r < limit && r < q + 4 && (t.get(r).noun() || t.get(r).tag().equals("JJ")) && spans.at(r) == null) {
                    r++;
                }
                if (r > q + 1) {
                    q = r;
                    titleEnd = q;
                    continue;
                }
            }
            break;
        }
        if (q == titleEnd && q + 1 < limit && t.get(q).is(",", "and") && portfolioTitle(t, titleStart, titleEnd)) {
            int more = portfolioBeforeName(t, q + 1, spans, limit);
            if (more > q + 1 && noTitleHead(t, q + 1, more)) {
                q = more; // "Minister of the Environment, Water, and Ecological Transition X": the lexicon's title is the list's first item
                titleEnd = q;
            }
        }
        String title = text(t, titleStart, titleEnd);
        if (pluralHeadBeforeName(t, titleEnd - 1, spans, limit)) {
            title = title.substring(0, title.length() - 1); // "Presidents A of X and B of Y": each a President
        }
        if (title.toLowerCase(Locale.ROOT).startsWith("ex-")) {
            title = title.substring(3);
        }
        return new Item(title, officeOf, country, ownerSpan, ownerStart, ownerEnd, ended, start, Math.max(q, titleEnd),
                complements);
    }

    /**
     * The end of a portfolio that runs up to a person's name: capitalised words, title words,
     * demonyms, with commas and "and" inside ("Civilian Security, Democracy, and Human Rights"),
     * or -1 when no name follows it.
     */
    private int portfolioBeforeName(List<Token> t, int p, SpanIndex spans, int limit) {
        int r = p < limit && t.get(p).is("the") ? p + 1 : p;
        int last = -1;
        while (r < limit && r < p + 14) {
            Token tok = t.get(r);
            Span sp = spans.at(r);
            if (sp != null && sp.start() == r && sp.kind() == Mention.Kind.DEMONYM) {
                r = sp.end();
                last = r; // "Special Envoy for Afghan Women"
                continue;
            }
            if (sp != null) {
                return sp.start() == r && sp.type() == ActorType.Person && last == r ? last : -1;
            }
            boolean word = titles.modifier(tok.word()) || titles.head(tok.word()) || tok.capitalized()
                    && (tok.properNoun() || tok.noun() || tok.tag().equals("JJ")) && !tok.ner().equals("PERSON")
                    && !DateWords.isDateWord(tok.lower());
            if (word) {
                r++;
                last = r;
            } else if ((tok.word().equals(",") || tok.is("and", "&")) && last >= r - 1 && last > p) { // ", and"
                r++;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /** "Presidents" right before a person's name: a plural title that each of the names listed holds. */
    boolean pluralHeadBeforeName(List<Token> t, int j, SpanIndex spans, int limit) {
        if (j < 0 || j + 1 >= limit) {
            return false;
        }
        Span next = spans.at(j + 1);
        return t.get(j).word().length() > 3 && titles.pluralHead(t.get(j).word())
                && t.get(j).capitalized() && next != null && next.start() == j + 1 && next.type() == ActorType.Person;
    }

    /** Where a local title starts after a place's name and lowercase words like "regional", or -1. */
    private int localTitleAfter(List<Token> t, int p, SpanIndex spans, int limit) {
        int q = p;
        while (q < limit && q < p + 2 && !t.get(q).capitalized() && t.get(q).tag().startsWith("JJ")) {
            q++;
        }
        int end = titleEnd(t, q, spans, limit);
        if (end <= q) {
            return -1;
        }
        for (int k = q; k < end; k++) {
            if (localTitle(t, k, end)) {
                return q; // "Deputy Governor": its head is a local title
            }
        }
        return -1;
    }

    /** "Mayor", "Governor": an office of a city or province, named after "of". */
    private boolean localTitle(List<Token> t, int from, int to) {
        Gazetteer.Match<TitleLexicon.TitleEntry> exact = titles.titles().longestAt(t, from, to);
        return exact != null && exact.end() == to && exact.values().get(0).kind().equals("local");
    }

    /** A title with a portfolio after "of" or "for": "Minister of the Environment". */
    private static boolean portfolioTitle(List<Token> t, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (t.get(k).is("of", "for")) {
                return true;
            }
        }
        return false;
    }

    private boolean noTitleHead(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (titles.head(t.get(k).word())) {
                return false; // "Minister of Energy and Foreign Minister X" is two titles
            }
        }
        return true;
    }

    /** The end of a run of capitalised words followed by a possessive marker, or -1. */
    private int possessiveNameEnd(List<Token> t, int p, int limit) {
        int k = p;
        while (k < limit && k < p + 4 && t.get(k).capitalized() && t.get(k).properNoun()) {
            k++;
        }
        return k > p && k < limit && t.get(k).possessiveMarker() ? k : -1;
    }

    /** Titles that name where or what they are for: "envoy to Sudan", "ambassador to Thailand", "rapporteur on Myanmar". */
    private static boolean takesComplement(Token head) {
        return head.is("envoy", "ambassador", "representative", "delegate", "emissary", "adviser", "advisor", "rapporteur",
                "coordinator", "commissioner", "mediator", "negotiator", "observer", "liaison", "consul", "nuncio");
    }

    /** The end of the longest title starting at {@code p} (a lexicon title or words ending in a head), or p. */
    int titleEnd(List<Token> t, int p, SpanIndex spans, int limit) {
        int best = p;
        Gazetteer.Match<TitleLexicon.TitleEntry> exact = titles.titles().longestAt(t, p, limit);
        if (exact != null && !t.get(exact.end() - 1).is("for")) {
            best = exact.end(); // "Secretary of State for" names a style, its portfolio follows
        }
        int j = p;
        while (j < limit) {
            Token tok = t.get(j);
            Span sp = spans.at(j);
            String w = tok.lower();
            if (sp != null && !(sp.source().equals("ner") && (titles.head(w) || titles.modifier(w)))) {
                break;
            }
            if (w.startsWith("ex-") && j == p) {
                w = w.substring(3);
            }
            boolean head = titles.head(w) || pluralHeadBeforeName(t, j, spans, limit);
            boolean word = head || titles.modifier(w) || tok.capitalized() && (tok.properNoun() || tok.noun()
                    || tok.tag().equals("JJ")) && !tok.ner().equals("PERSON") && !DateWords.isDateWord(w);
            if (tok.is("and") && j > p && j + 1 < limit && !titles.head(t.get(j - 1).word())) {
                word = true;
            }
            if ((tok.word().equals("-") || tok.tag().equals("HYPH")) && j > p) {
                word = true;
            }
            if (!word) {
                break;
            }
            if (head && !tok.is("and")) {
                best = Math.max(best, j + 1);
            }
            j++;
        }
        return best;
    }

    private String officeOf(List<Token> t, int from, int to) {
        Gazetteer.Match<TitleLexicon.TitleEntry> exact = titles.titles().longestAt(t, from, to);
        if (exact != null && exact.end() == to) {
            return exact.values().get(0).officeOf();
        }
        String head = t.get(to - 1).lower();
        if (titles.orgHead(head)) {
            return "organisation";
        }
        if (head.equals("minister") || head.equals("secretary") || head.equals("ambassador") || head.equals("general")) {
            return "state";
        }
        return "either";
    }

    private boolean descriptionNoun(Token tok) {
        return !tok.capitalized() && (lex.words().has("group-noun", tok.lower()) || lex.words().has("organ-noun", tok.lower()));
    }

    static String text(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token tok = t.get(i);
            if (i > from && tok.begin() > t.get(i - 1).end()) {
                b.append(' ');
            }
            b.append(tok.word());
        }
        return b.toString();
    }
}
