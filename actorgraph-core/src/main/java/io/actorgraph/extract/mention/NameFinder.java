package io.actorgraph.extract.mention;

import io.actorgraph.extract.lexicon.Gazetteer;
import io.actorgraph.extract.lexicon.Lexicons;
import io.actorgraph.extract.lexicon.WordLists;
import io.actorgraph.extract.lexicon.WorldEntry;
import io.actorgraph.extract.nlp.Sentence;
import io.actorgraph.extract.nlp.Token;
import io.actorgraph.model.ActorType;
import io.actorgraph.resolve.Country;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the names in a sentence by weighing three sources: the world lexicon (states, demonyms,
 * cities, organisations), CoreNLP's coarse NER, and descriptors the text puts before a name
 * ("the Dutch shipbuilder X", "the town of X"). Where they disagree the more specific wins: a
 * descriptor over NER, a longer organisation name over the state inside it ("Fiji United
 * Front"), the lexicon over NER on the same words ("Türkiye" is a state, not a person).
 */
final class NameFinder {

    private static final Set<String> ORGAN_HEADS = WordLists.shared().category("organ-head-name");
    private static final Set<String> FIRM_SUFFIXES = WordLists.shared().category("firm-suffix");
    private static final Set<String> PARTICLES = WordLists.shared().category("name-particle");

    private final Lexicons lex;
    private final WordLists words;

    NameFinder(Lexicons lex) {
        this.lex = lex;
        this.words = lex.words();
    }

    private record Candidate(Span span, int priority) {
    }

    List<Span> find(Sentence s, DocNames names) {
        List<Token> t = s.tokens();
        int from = s.firstContentToken();
        List<Candidate> cands = new ArrayList<>();
        List<Gazetteer.Match<WorldEntry>> lexMatches = lex.world().gazetteer().findAll(t, from, t.size());
        for (Gazetteer.Match<WorldEntry> m : lexMatches) {
            WorldEntry e = best(m.values());
            cands.add(new Candidate(fromLexicon(m.start(), m.end(), e), 4));
        }
        descriptors(s, from, cands);
        facilities(s, from, lexMatches, cands);
        ministries(s, lexMatches, cands);
        ownedNames(s, from, lexMatches, cands);
        nerCandidates(s, from, lexMatches, names, cands);
        knownNames(s, from, names, cands, lexMatches);
        definedByAcronym(s, from, lexMatches, cands);

        cands.sort(Comparator.comparingInt(Candidate::priority)
                .thenComparing(c -> -(c.span().end() - c.span().start()))
                .thenComparingInt(c -> c.span().start()));
        boolean[] taken = new boolean[t.size()];
        List<Span> chosen = new ArrayList<>();
        for (Candidate c : cands) {
            Span sp = c.span();
            boolean free = true;
            for (int i = sp.start(); i < sp.end() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = sp.start(); i < sp.end(); i++) {
                    taken[i] = true;
                }
                chosen.add(sp);
            }
        }
        chosen.sort(Comparator.comparingInt(Span::start));
        List<Span> result = new ArrayList<>();
        for (int k = 0; k < chosen.size(); k++) {
            Span sp = chosen.get(k);
            sp = extend(s, sp, taken, names);
            result.add(sp);
        }
        // "a Volvo XC90", "an Airbus A320": a maker's name before a model code is the product, not the maker
        result.removeIf(sp -> (sp.type() == ActorType.Firm || sp.type() == ActorType.Organisation) && !sp.armed()
                && sp.end() < t.size() && t.get(sp.end()).word().matches("(?=.*\\d)[A-Z0-9][A-Za-z0-9-]*")
                && sp.start() > from && t.get(sp.start() - 1).is("a", "an", "the"));
        mergeOrganOwners(s, result);
        for (Span sp : result) {
            if (sp.type() == ActorType.Person && sp.nameEnd() - sp.nameStart() > 1) {
                names.addPerson(t, sp.nameStart(), sp.nameEnd());
            }
        }
        return result;
    }

    private static WorldEntry best(List<WorldEntry> values) {
        WorldEntry best = values.get(0);
        for (WorldEntry e : values) {
            if (rank(e.kind()) < rank(best.kind())) {
                best = e;
            }
        }
        return best;
    }

    private static int rank(WorldEntry.Kind kind) {
        return switch (kind) {
            case ORG -> 0;
            case COUNTRY -> 1;
            case GOVERNMENT -> 2;
            case CAPITAL -> 3;
            case CITY -> 4;
            case DEMONYM -> 5;
        };
    }

    private static Span fromLexicon(int start, int end, WorldEntry e) {
        return switch (e.kind()) {
            case COUNTRY -> new Span(start, end, start, end, ActorType.State, Mention.Kind.STATE, e, e.country(), false, "lexicon");
            case DEMONYM -> new Span(start, end, start, end, ActorType.State, Mention.Kind.DEMONYM, e, e.country(), false, "lexicon");
            case GOVERNMENT -> new Span(start, end, start, end, ActorType.State, Mention.Kind.STATE_PHRASE, e, e.country(), false, "lexicon");
            case CAPITAL, CITY -> new Span(start, end, start, end, ActorType.Place, Mention.Kind.NAME, e, e.country(), false, "lexicon");
            case ORG -> new Span(start, end, start, end, e.org().type(), Mention.Kind.NAME, e, e.country(),
                    e.org().armed(), "lexicon");
        };
    }

    /**
     * "the Kabul airport", "a Mariupol maternity hospital": a facility named by its place is a place
     * of its own, where attacks land and visitors go (its country the place's).
     */
    private void facilities(Sentence s, int from, List<Gazetteer.Match<WorldEntry>> lexMatches, List<Candidate> cands) {
        List<Token> t = s.tokens();
        for (int i = from + 1; i < t.size(); i++) {
            if (t.get(i).capitalized() || !words.has("facility-noun", t.get(i))) {
                continue;
            }
            int nameEnd = i;
            if (!t.get(i - 1).capitalized() && (t.get(i - 1).tag().startsWith("NN") || t.get(i - 1).tag().startsWith("JJ"))) {
                nameEnd = i - 1; // "maternity hospital", "oil refinery"
            }
            for (Gazetteer.Match<WorldEntry> m : lexMatches) {
                WorldEntry e = best(m.values());
                if (m.end() == nameEnd && (e.kind() == WorldEntry.Kind.CAPITAL || e.kind() == WorldEntry.Kind.CITY)) {
                    cands.add(new Candidate(new Span(m.start(), i + 1, m.start(), i + 1, ActorType.Place, Mention.Kind.NAME, null,
                            e.country(), false, "facility"), 0));
                }
            }
        }
    }

    /** "the town of X", "X province", "the Dutch shipbuilder X", "Norway's state energy company X". */
    private void descriptors(Sentence s, int from, List<Candidate> cands) {
        List<Token> t = s.tokens();
        for (int i = from; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.capitalized() && !tok.is("Capital", "City")) {
                continue;
            }
            boolean placeNoun = words.has("place-noun", tok);
            boolean orgNoun = words.has("group-noun", tok) && !placeNoun;
            if (placeNoun && i + 2 < t.size() && t.get(i + 1).is("of")) {
                int end = capitalRun(t, i + 2);
                if (end > i + 2 && !titleHead(t.get(i + 2))) {
                    int start = descriptorStart(t, i, from);
                    Country c = countryIn(t, start, i);
                    cands.add(new Candidate(new Span(start, end, i + 2, end, ActorType.Place, Mention.Kind.NAME, null, c,
                            false, "place-descriptor"), 0));
                }
            } else if (placeNoun && !tok.is("capital") && i > from && isPlaceSuffix(tok)) {
                int begin = capitalRunBackwards(t, i - 1, from);
                if (begin < i) {
                    cands.add(new Candidate(new Span(begin, i + 1, begin, i, ActorType.Place, Mention.Kind.NAME, null, null,
                            false, "place-suffix"), 0));
                }
            } else if ((orgNoun || tok.is("capital")) && i + 1 < t.size()) {
                int end = capitalRun(t, i + 1);
                if (end > i + 1 && !titleHead(t.get(i + 1)) && !lexState(t, i + 1, end)
                        && !DateWords.isDateWord(t.get(i + 1).lower())) {
                    int start = descriptorStart(t, i, from);
                    Country c = countryIn(t, start, i);
                    if (tok.is("capital")) {
                        cands.add(new Candidate(new Span(start, end, i + 1, end, ActorType.Place, Mention.Kind.NAME, null, c,
                                false, "capital-descriptor"), 0));
                        continue;
                    }
                    boolean firm = words.has("firm-noun", tok) && !tok.is("group");
                    boolean armed = false;
                    for (int k = start; k <= i; k++) {
                        String w = t.get(k).lower();
                        if (words.has("armed-noun", w) && !w.equals("group") && !w.equals("front")
                                || w.equals("armed") || w.equals("guerrilla") || w.equals("rebel") || w.equals("militant")) {
                            armed = true;
                        }
                    }
                    cands.add(new Candidate(new Span(start, end, i + 1, end, firm ? ActorType.Firm : ActorType.Organisation,
                            Mention.Kind.NAME, null, c, armed, "org-descriptor"), 0));
                }
            }
        }
    }

    /**
     * "Uzbekistan's energy ministry", "the Kenyan Ministry of Mining": a ministry named by its
     * state and its portfolio is that state acting, whatever the portfolio.
     */
    private void ministries(Sentence s, List<Gazetteer.Match<WorldEntry>> lexMatches, List<Candidate> cands) {
        List<Token> t = s.tokens();
        for (Gazetteer.Match<WorldEntry> m : lexMatches) {
            WorldEntry e = best(m.values());
            if (e.kind() != WorldEntry.Kind.COUNTRY && e.kind() != WorldEntry.Kind.DEMONYM) {
                continue;
            }
            int k = m.end();
            if (e.kind() == WorldEntry.Kind.COUNTRY) {
                if (k >= t.size() || !t.get(k).possessiveMarker()) {
                    continue;
                }
                k++;
            }
            for (int end = k; end < t.size() && end <= k + 3; end++) {
                Token w = t.get(end);
                if (w.is("ministry", "Ministry")) {
                    int stop = end + 1;
                    if (stop + 1 < t.size() && t.get(stop).is("of") && (t.get(stop + 1).noun() || t.get(stop + 1).properNoun())
                            && t.get(stop + 1).ner().equals("O")) {
                        stop += 2; // "Ministry of Energy"
                    }
                    cands.add(new Candidate(new Span(m.start(), stop, m.start(), stop, ActorType.State,
                            Mention.Kind.STATE_PHRASE, e, e.country(), false, "ministry"), 3));
                    break;
                }
                if (!(w.noun() || w.tag().startsWith("JJ")) || !w.ner().equals("O") && !w.ner().equals("MISC")) {
                    break;
                }
            }
        }
    }

    /** "Estonia's Viru Liinid": a name the tagger missed after a state's possessive is most likely a body it owns. */
    private void ownedNames(Sentence s, int from, List<Gazetteer.Match<WorldEntry>> lexMatches, List<Candidate> cands) {
        List<Token> t = s.tokens();
        for (Gazetteer.Match<WorldEntry> m : lexMatches) {
            int p = m.end();
            if (p + 1 >= t.size() || !t.get(p).possessiveMarker() || m.values().get(0).kind() != WorldEntry.Kind.COUNTRY) {
                continue;
            }
            int end = capitalRun(t, p + 1);
            boolean unknown = end > p + 1;
            for (int k = p + 1; k < end && unknown; k++) {
                unknown = t.get(k).ner().equals("O") && t.get(k).properNoun() && !lex.titles().head(t.get(k).word())
                        && !lex.titles().modifier(t.get(k).word()) && !DateWords.isDateWord(t.get(k).lower());
            }
            if (unknown && !lexicalAt(lexMatches, p + 1)) {
                cands.add(new Candidate(new Span(p + 1, end, p + 1, end, ActorType.Organisation, Mention.Kind.NAME, null,
                        m.values().get(0).country(), false, "owned-name"), 6));
            }
        }
    }

    private static boolean isPlaceSuffix(Token tok) {
        return tok.is("province", "district", "region", "county", "governorate", "prefecture", "oblast", "state");
    }

    private boolean titleHead(Token tok) {
        return lex.titles().head(tok.word());
    }

    private boolean lexState(List<Token> t, int from, int to) {
        Gazetteer.Match<WorldEntry> m = lex.world().gazetteer().longestAt(t, from, to);
        return m != null && m.end() == to && m.values().stream().anyMatch(e -> e.kind() == WorldEntry.Kind.COUNTRY
                || e.kind() == WorldEntry.Kind.DEMONYM);
    }

    /** Where a descriptor before token {@code i} starts: determiner, possessive state, demonym, modifiers. */
    private int descriptorStart(List<Token> t, int i, int from) {
        int k = i - 1;
        while (k >= from) {
            Token p = t.get(k);
            if (p.is("the", "a", "an")) {
                return k;
            }
            if (p.capitalized()) {
                if (isStateWord(t, k)) {
                    k--;
                    continue;
                }
                break;
            }
            if (p.possessiveMarker()) {
                if (k - 1 >= from && isStateWord(t, k - 1)) {
                    k--;
                    continue;
                }
                break;
            }
            if (p.tag().equals("JJ") || p.tag().startsWith("NN") || p.tag().equals("VBN") || p.tag().equals("HYPH")
                    || p.word().equals("-") || p.tag().equals("CD")) {
                k--;
                continue;
            }
            break;
        }
        return k + 1;
    }

    private boolean isStateWord(List<Token> t, int k) {
        for (int s = Math.max(0, k - 3); s <= k; s++) {
            Gazetteer.Match<WorldEntry> m = lex.world().gazetteer().longestAt(t, s, t.size());
            if (m != null && m.start() <= k && m.end() > k && m.values().stream().anyMatch(e -> !e.isPlace()
                    && e.kind() != WorldEntry.Kind.ORG)) {
                return true;
            }
        }
        return false;
    }

    private Country countryIn(List<Token> t, int from, int to) {
        for (Gazetteer.Match<WorldEntry> m : lex.world().gazetteer().findAll(t, from, to)) {
            for (WorldEntry e : m.values()) {
                if (e.kind() == WorldEntry.Kind.COUNTRY || e.kind() == WorldEntry.Kind.DEMONYM) {
                    return e.country();
                }
            }
        }
        return null;
    }

    /** The end of a run of capitalised name words starting at {@code i} (particles and hyphens allowed inside). */
    static int capitalRun(List<Token> t, int i) {
        int j = i;
        int end = i;
        while (j < t.size()) {
            Token tok = t.get(j);
            if (tok.capitalized() && (tok.properNoun() || tok.noun() || tok.ner().equals("PERSON")
                    || tok.ner().equals("ORGANIZATION") || tok.ner().equals("LOCATION") || tok.tag().equals("JJ"))) {
                j++;
                end = j;
            } else if (j > i && (tok.word().equals("-") || tok.tag().equals("HYPH") || PARTICLES.contains(tok.lower()))
                    && j + 1 < t.size() && t.get(j + 1).capitalized()) {
                j++;
            } else if (j > i && tok.possessiveMarker() && j + 1 < t.size() && t.get(j + 1).capitalized()
                    && t.get(j + 1).properNoun()) {
                j++; // "Catatumbo People's Front"
            } else {
                break;
            }
        }
        return end;
    }

    static int capitalRunBackwards(List<Token> t, int i, int from) {
        int k = i;
        while (k >= from) {
            Token tok = t.get(k);
            if (tok.capitalized() && (tok.properNoun() || !tok.ner().equals("O"))) {
                k--;
            } else if (k > from && k < i && PARTICLES.contains(tok.lower()) && t.get(k - 1).capitalized()) {
                k--; // "Norte de Santander"
            } else {
                break;
            }
        }
        return k + 1;
    }

    /** Two or three capitalised proper nouns that are neither titles nor places the lexicon knows: a person's name. */
    private boolean personLike(List<Token> t, int from, int end) {
        if (end - from < 2 || end - from > 3) {
            return false;
        }
        for (int k = from; k < end; k++) {
            Token tok = t.get(k);
            if (!tok.capitalized() || !tok.properNoun() || !nameWord(tok)
                    || lex.world().gazetteer().longestAt(t, k, end) != null) {
                return false;
            }
        }
        return true;
    }

    /** "Board of Directors of Carpatica Energie": the board is the company's; the name is the company's. */
    private static int afterBoard(List<Token> t, int start, int end) {
        int body = TitleParser.bodyAfterBoard(t, start, end);
        return body > start && body < end && t.get(body).capitalized() ? body : start;
    }

    /**
     * "Central Bank of West African States": in a name built with "of", the tagger tends to stop
     * at a demonym; the proper nouns it left untagged right after it belong to the name.
     */
    private int nestedNameEnd(List<Token> t, int start, int end) {
        boolean of = false;
        for (int k = start + 1; k < end - 1; k++) {
            of = of || t.get(k).is("of", "for");
        }
        if (!of) {
            return end;
        }
        int k = end;
        // "Movement for the Defence" + "of the Liptako": the tagger took the region for a place of its own
        if (k + 2 < t.size() && t.get(k).is("of") && t.get(k + 1).is("the") && t.get(k + 2).properNoun()
                && !t.get(k + 2).ner().equals("PERSON") && !lexState(t, k + 2, k + 3)) {
            k += 3;
            while (k < t.size() && t.get(k).properNoun() && t.get(k).capitalized() && !t.get(k).ner().equals("PERSON")) {
                k++;
            }
            return k;
        }
        while (k < t.size() && t.get(k).properNoun() && t.get(k).capitalized()
                && (t.get(k).ner().equals("O") || t.get(k).ner().equals("NATIONALITY") || t.get(k).ner().equals("MISC"))
                && !DateWords.isDateWord(t.get(k).lower()) && !titleHead(t.get(k))) {
            k++;
        }
        return k;
    }

    private void nerCandidates(Sentence s, int from, List<Gazetteer.Match<WorldEntry>> lexMatches, DocNames names,
            List<Candidate> cands) {
        List<Token> t = s.tokens();
        int i = from;
        while (i < t.size()) {
            String ner = t.get(i).ner();
            if (!ner.equals("PERSON") && !ner.equals("ORGANIZATION") && !ner.equals("LOCATION")) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < t.size()) {
                if (t.get(j).ner().equals(ner)) {
                    j++;
                } else if (j + 1 < t.size() && t.get(j + 1).ner().equals(ner) && t.get(j + 1).capitalized()
                        && (t.get(j).word().equals("-") && t.get(j).begin() == t.get(j - 1).end()
                            || t.get(j).possessiveMarker() && !ner.equals("PERSON"))) {
                    j += 2;
                } else {
                    break;
                }
            }
            if (ner.equals("ORGANIZATION")) {
                j = nestedNameEnd(t, i, j);
                int cut = beforeHeadlineVerb(s, t, i, j);
                if (cut == i) {
                    i = j; // "Sign Memorandum of Cooperation": the headline's verb and its object, no organisation
                    continue;
                }
                j = cut;
            }
            int start = i;
            int end = j;
            i = j;
            // never start a name with a possessive marker or a hyphen left over by the tagger
            while (start < end && (t.get(start).possessiveMarker() || t.get(start).word().equals("-"))) {
                start++;
            }
            if (start >= end) {
                continue;
            }
            Gazetteer.Match<WorldEntry> inner = innerLexicon(lexMatches, start, end);
            switch (ner) {
                case "ORGANIZATION" -> {
                    start = afterBoard(t, start, end);
                    if (lex.titles().pluralHead(t.get(end - 1).word())) {
                        continue; // "the Foreign Ministers": people holding a title, not an organisation's name
                    }
                    int head = lastTitleHead(t, start, end);
                    if (head >= 0 && head + 1 < end && t.get(head + 1).capitalized() && t.get(end - 1).capitalized()) {
                        // a title and a name the tagger took for one organisation
                        cands.add(new Candidate(Span.name(head + 1, end, ActorType.Person, "ner-split"), 5));
                        continue;
                    }
                    int portfolio = start;
                    boolean afterPortfolios = start - 2 >= 0 && t.get(start - 1).is("of", "for") && lex.titles().head(t.get(start - 2).word())
                            || portfolioListBefore(t, start);
                    while (portfolio < end && lex.titles().modifier(t.get(portfolio).word()) && afterPortfolios) {
                        portfolio++;
                    }
                    if (portfolio > start && personLike(t, portfolio, end)) {
                        // "Minister of Energy Rosa Cueva": the portfolio and a name the tagger took for one organisation
                        cands.add(new Candidate(Span.name(portfolio, end, ActorType.Person, "ner-split"), 5));
                        continue;
                    }
                    int surnameEnd = particleSurnameEnd(t, end);
                    if (portfolio > start && end - portfolio == 1 && t.get(portfolio).properNoun() && surnameEnd > end) {
                        // "Minister of Information Technology Abdullah al-Swaha": the tagger stopped before the particle
                        cands.add(new Candidate(Span.name(portfolio, surnameEnd, ActorType.Person, "ner-split"), 3));
                        continue;
                    }
                    if (titleFollows(t, end) && titleWords(t, start, end, inner)) {
                        continue; // "Australian Fisheries" + "Minister": part of a title
                    }
                    String headWord = organHead(t, start, end);
                    if (headWord != null && !stateOrgan(t, start, end, inner, headWord)) {
                        headWord = null;
                    }
                    if (headWord != null) {
                        Country c = inner == null || inner.values().get(0).kind() == WorldEntry.Kind.ORG ? null
                                : inner.values().get(0).country();
                        cands.add(new Candidate(new Span(start, end, start, end, ActorType.State, Mention.Kind.STATE_PHRASE,
                                null, c, false, "ner-organ"), 1));
                        continue;
                    }
                    if (end - start == 1 && inner == null && (FIRM_SUFFIXES.contains(t.get(start).lower())
                            || lex.titles().modifier(t.get(start).word()))) {
                        continue; // "Undersecretary of Energy": a portfolio word alone names no organisation
                    }
                    ActorType type = firmName(t, start, end) ? ActorType.Firm : ActorType.Organisation;
                    boolean containsLex = inner != null && (inner.end() - inner.start()) < (end - start);
                    cands.add(new Candidate(Span.name(start, end, type, "ner").armed(armedName(t, end)), containsLex ? 1 : 5));
                }
                case "PERSON" -> {
                    while (end - start > 1 && (lex.titles().head(t.get(start).word()) || lex.titles().modifier(t.get(start).word())
                            || honorific(t.get(start))) && t.get(start).capitalized()) {
                        start++; // "Sultan Faisal bin Tariq": the title is not part of the name
                    }
                    if (end - start > 3 && t.get(start).is("of")) {
                        start++; // "Mayor of Lyon Paul Girard" tagged from "of" on
                    }
                    if (start > 0 && t.get(start - 1).is("of") && end - start > 2) {
                        for (Gazetteer.Match<WorldEntry> m : lexMatches) {
                            if (m.start() == start && m.end() < end - 1) {
                                cands.add(new Candidate(fromLexicon(m.start(), m.end(), best(m.values())), 3));
                                start = m.end(); // "Mayor of London Sadiq Khan": the title's place, then the name
                                break;
                            }
                        }
                    }
                    if (end - start == 1 && names.placeWord(t.get(start).word()) && !names.personPart(t.get(start).word())) {
                        cands.add(new Candidate(Span.name(start, end, ActorType.Place, "ner-place"), 5));
                        continue;
                    }
                    boolean containsLex = inner != null && (inner.end() - inner.start()) < (end - start);
                    cands.add(new Candidate(Span.name(start, end, ActorType.Person, "ner"), containsLex ? 3 : 5));
                }
                default -> {
                    if (inner != null && inner.start() == start && end - inner.end() >= 2
                            && inner.values().stream().anyMatch(e -> e.kind() == WorldEntry.Kind.COUNTRY)
                            && personLike(t, inner.end(), end)) {
                        // "President of the Kyrgyz Republic Almazbek Toktorov": the state, then a name the tagger joined to it
                        cands.add(new Candidate(Span.name(inner.end(), end, ActorType.Person, "ner-split"), 3));
                        continue;
                    }
                    // "Gaza City", "Kuwait City": a longer place name around a lexicon city keeps the city's state
                    boolean around = inner != null && (inner.end() - inner.start()) < (end - start)
                            && inner.values().stream().anyMatch(e -> e.isPlace() || e.kind() == WorldEntry.Kind.COUNTRY);
                    Span sp = Span.name(start, end, ActorType.Place, "ner");
                    cands.add(new Candidate(around ? sp.country(inner.values().get(0).country()) : sp, around ? 3 : 5));
                }
            }
        }
    }

    private static Gazetteer.Match<WorldEntry> innerLexicon(List<Gazetteer.Match<WorldEntry>> matches, int start, int end) {
        for (Gazetteer.Match<WorldEntry> m : matches) {
            if (m.start() >= start && m.end() <= end) {
                return m;
            }
        }
        return null;
    }

    /** Whether title words ending in a head follow (the tagger took a title's first words for an organisation). */
    private boolean titleFollows(List<Token> t, int end) {
        for (int k = end; k < t.size() && k < end + 4; k++) {
            Token tok = t.get(k);
            if (lex.titles().head(tok.word())) {
                return true;
            }
            if (!(tok.is("and") || lex.titles().modifier(tok.word()) || tok.capitalized() && !tok.ner().equals("PERSON"))) {
                return false;
            }
        }
        return false;
    }

    /** The last title head inside [start, end - 1), or -1. */
    private int lastTitleHead(List<Token> t, int start, int end) {
        int found = -1;
        for (int k = start; k < end - 1; k++) {
            if (lex.titles().head(t.get(k).word()) && !t.get(k).is("General", "Governor", "Speaker", "Director")) {
                found = k;
            }
        }
        return found;
    }

    /** Whether every word is a state's name or demonym or a title word ("Peruvian Energy", "Defence"). */
    private boolean titleWords(List<Token> t, int start, int end, Gazetteer.Match<WorldEntry> inner) {
        for (int k = start; k < end; k++) {
            boolean state = inner != null && k >= inner.start() && k < inner.end() && inner.values().stream()
                    .anyMatch(e -> e.kind() == WorldEntry.Kind.COUNTRY || e.kind() == WorldEntry.Kind.DEMONYM);
            if (!state && !lex.titles().modifier(t.get(k).word()) && !lex.titles().head(t.get(k).word())) {
                return false;
            }
        }
        return true;
    }

    /** The organ word an organisation name ends in ("Czech Industry Ministry", "Ministry of Defence"), or null. */
    private static String organHead(List<Token> t, int start, int end) {
        for (int k = start; k < end; k++) {
            String w = t.get(k).lower();
            boolean last = k == end - 1 || t.get(k + 1).is("of");
            if (last && ORGAN_HEADS.contains(w)) {
                if (w.equals("commission") && !(k > start && t.get(k - 1).is("High"))) {
                    return null;
                }
                if (w.equals("office") && !(k > start && t.get(k - 1).possessiveMarker())) {
                    return null;
                }
                return w;
            }
            if (last) {
                return null;
            }
        }
        return null;
    }

    private static final Set<String> FORCE_HEADS = WordLists.shared().category("force-head-name");
    private static final Set<String> ARMED_HEADS = WordLists.shared().category("armed-head-name");

    /**
     * Whether a name that ends in an organ word is the organ of a state ("Czech Industry Ministry",
     * "Congolese Army") rather than a body of its own ("Salween People's Defence Army"): only a
     * state's name or demonym and ministry words may stand before the organ.
     */
    private boolean stateOrgan(List<Token> t, int start, int end, Gazetteer.Match<WorldEntry> inner, String head) {
        int headAt = -1;
        for (int k = start; k < end; k++) {
            if (t.get(k).lower().equals(head)) {
                headAt = k;
            }
        }
        boolean innerState = inner != null && inner.values().stream().anyMatch(e -> e.kind() == WorldEntry.Kind.COUNTRY
                || e.kind() == WorldEntry.Kind.DEMONYM);
        if (headAt < 0) {
            return false;
        }
        for (int k = start; k < headAt; k++) {
            Token tok = t.get(k);
            boolean state = innerState && k >= inner.start() && k < inner.end();
            if (state || tok.possessiveMarker() || tok.is("the", "of", "and")) {
                continue;
            }
            if (FORCE_HEADS.contains(head) || !lex.titles().modifier(tok.word()) && !tok.is("High", "Foreign", "Home")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "The United States and the African Union Commission Sign Memorandum of Cooperation": in a
     * title-case first line the tagger runs an organisation's name into the capitalised verb after it.
     */
    private int beforeHeadlineVerb(Sentence s, List<Token> t, int start, int end) {
        if (!Headlines.titleCase(s)) {
            return end;
        }
        for (int k = start; k < end; k++) { // at the start: "Sign Memorandum of Cooperation" is no organisation
            String w = t.get(k).lower();
            if (!lex.relations().verbRules(w).isEmpty() || w.endsWith("s") && !lex.relations().verbRules(w.substring(0, w.length() - 1)).isEmpty()) {
                return k;
            }
        }
        return end;
    }

    /**
     * "Under Secretary of State for Civilian Security, Democracy, and Human Rights Uzra Zeya": the
     * tagger's organisation starts in the last item of a title's list of portfolios.
     */
    private boolean portfolioListBefore(List<Token> t, int start) {
        if (start < 1 || !t.get(start - 1).is("and", ",")) {
            return false;
        }
        for (int k = start - 1; k >= 1 && k >= start - 15; k--) {
            Token tok = t.get(k);
            if (tok.is("for", "of")) {
                Token before = t.get(k - 1);
                return lex.titles().head(before.word())
                        || lex.titles().modifier(before.word()) && k >= 3 && t.get(k - 2).is("of") && lex.titles().head(t.get(k - 3).word());
            }
            if (!(tok.capitalized() || tok.is("and", ","))) {
                return false;
            }
        }
        return false;
    }

    private static boolean armedName(List<Token> t, int end) {
        return ARMED_HEADS.contains(t.get(end - 1).lower());
    }

    private static boolean firmName(List<Token> t, int start, int end) {
        return FIRM_SUFFIXES.contains(t.get(end - 1).lower().replace(".", ""));
    }

    /**
     * "Katibat al Tawhid wal Jihad (KTJ)", "Rewards for Justice (RFJ)": capitalised words whose initials
     * spell the acronym in brackets after them name an organisation, whether or not the tagger saw one
     * (the long-form test of Schwartz and Hearst, 2003, on initials). The shortest such run wins;
     * a name the lexicon knows (a state, "People's Republic of China (PRC)") is left to the lexicon.
     */
    private void definedByAcronym(Sentence s, int from, List<Gazetteer.Match<WorldEntry>> lexMatches, List<Candidate> cands) {
        List<Token> t = s.tokens();
        for (int b = from + 2; b + 2 < t.size(); b++) {
            if (!t.get(b).word().matches("-LRB-|\\(") || !t.get(b + 2).word().matches("-RRB-|\\)")
                    || !t.get(b + 1).word().matches("[A-Z][A-Za-z]*[A-Z][A-Za-z0-9-]*")) {
                continue;
            }
            String letters = t.get(b + 1).word().replaceAll("[^A-Z]", "");
            if (letters.length() < 2) {
                continue;
            }
            for (int k = b - 1; k >= from && k >= b - 12; k--) {
                Token tok = t.get(k);
                boolean connector = !tok.capitalized() && (tok.is("of", "for", "the", "and", "in", "on", "to", "&")
                        || PARTICLES.contains(tok.lower()) || tok.lower().equals("wal"));
                if (!tok.capitalized() && !connector) {
                    break;
                }
                if (tok.capitalized() && initialsSpell(t, k, b, letters)) {
                    final int start = k;
                    final int close = b;
                    boolean known = lexMatches.stream().anyMatch(m -> m.start() <= start && m.end() >= close);
                    boolean category = k > from && t.get(k - 1).is("a", "an"); // "designated as a Specially Designated Global Terrorist (SDGT)"
                    if (!known && !category) {
                        ActorType type = firmName(t, k, b) ? ActorType.Firm : ActorType.Organisation;
                        cands.add(new Candidate(Span.name(k, b, type, "acronym-defined").armed(armedName(t, b)), 1));
                    }
                    break;
                }
            }
        }
    }

    /** Whether the capitalised words of [from, to) spell {@code letters}: each gives its initial, and may give more of its letters in order. */
    private static boolean initialsSpell(List<Token> t, int from, int to, String letters) {
        return spell(t, from, to, letters, 0);
    }

    private static boolean spell(List<Token> t, int k, int to, String letters, int li) {
        if (k == to) {
            return li == letters.length();
        }
        Token tok = t.get(k);
        String w = tok.word().replaceAll("[^\\p{L}]", "");
        if (!tok.capitalized() || w.isEmpty()) {
            return spell(t, k + 1, to, letters, li); // "of", "al", "wal": connectors give no letter
        }
        if (li >= letters.length() || Character.toUpperCase(w.charAt(0)) != letters.charAt(li)) {
            return false;
        }
        // the word's initial, then perhaps more of its capital-letter-led parts ("McDonald") or letters
        int next = li + 1;
        if (spell(t, k + 1, to, letters, next)) {
            return true;
        }
        String rest = w.substring(1).toUpperCase(Locale.ROOT);
        int pos = 0;
        while (next < letters.length()) {
            int found = rest.indexOf(letters.charAt(next), pos);
            if (found < 0) {
                return false;
            }
            pos = found + 1;
            next++;
            if (spell(t, k + 1, to, letters, next)) {
                return true;
            }
        }
        return false;
    }

    /** Later mentions of names seen before: acronyms, an organisation's first words, a person's first or last name. */
    private void knownNames(Sentence s, int from, DocNames names, List<Candidate> cands,
            List<Gazetteer.Match<WorldEntry>> lexMatches) {
        List<Token> t = s.tokens();
        for (int i = from; i < t.size(); i++) {
            Token tok = t.get(i);
            if (!tok.capitalized()) {
                continue;
            }
            DocNames.OrgName acr = names.acronym(tok.word());
            if (acr != null && !insideLongerLexical(lexMatches, i)) { // "ISIS" is not "ISIS-GS"
                cands.add(new Candidate(Span.name(i, i + 1, acr.type(), "acronym").armed(acr.armed()), 2));
                continue;
            }
            int best = -1;
            DocNames.OrgName org = null;
            for (int j = i + 1; j <= t.size() && j <= i + 6; j++) {
                Token last = t.get(j - 1);
                if (!last.capitalized() && !(last.possessiveMarker() && j < t.size() && t.get(j).capitalized())) {
                    break;
                }
                DocNames.OrgName o = names.orgByPrefix(t, i, j);
                if (o != null) {
                    best = j;
                    org = o;
                }
            }
            // "the Philippine navy" is not the "Philippine coast guard": a state's name or demonym alone is no prefix
            final int prefixEnd = best;
            final int start = i; // "Organization" is not the "Organization of American States" the lexicon knows
            boolean lexiconLonger = lexMatches.stream().anyMatch(m -> m.start() <= start && m.end() > prefixEnd);
            if (org != null && !lexiconLonger && !(i == from && t.get(i).tag().equals("DT")) && !lexState(t, i, best)) {
                // a prefix that continues with more capitalised words is a different name
                boolean continues = best < t.size() && t.get(best).capitalized() && t.get(best).properNoun()
                        && !lex.titles().head(t.get(best).word())
                        || best + 1 < t.size() && t.get(best).possessiveMarker() && t.get(best + 1).capitalized()
                        && t.get(best + 1).ner().equals(t.get(i).ner()) && !t.get(i).ner().equals("O");
                if (!continues) {
                    cands.add(new Candidate(Span.name(i, best, org.type(), "org-prefix").armed(org.armed()), 2));
                    continue;
                }
            }
            int run = names.personRun(t, i);
            if (run > i + 1) {
                cands.add(new Candidate(Span.name(i, run, ActorType.Person, "person-part"), 2)); // "Noboa Vera"
            } else if (tok.properNoun() && names.personPart(tok.word()) && !insideLongerPerson(t, i)
                    && (!lexicalAt(lexMatches, i) || tok.ner().equals("PERSON") && !lexState(t, i, i + 1))) {
                // a surname of someone named in full before, even where a town has that name ("Djibo")
                cands.add(new Candidate(Span.name(i, i + 1, ActorType.Person, "person-part"), tok.ner().equals("O") ? 6 : 3));
            }
        }
    }

    /** The end of "al-Swaha", "bin Tariq" starting at {@code k}: a particle, perhaps a hyphen, capitalised words; or k. */
    private static int particleSurnameEnd(List<Token> t, int k) {
        int j = k;
        if (j < t.size() && PARTICLES.contains(t.get(j).lower())) {
            j++;
            if (j < t.size() && (t.get(j).word().equals("-") || t.get(j).tag().equals("HYPH"))) {
                j++;
            }
            int name = j;
            while (j < t.size() && t.get(j).capitalized() && t.get(j).properNoun()) {
                j++;
            }
            return j > name ? j : k;
        }
        return k;
    }

    /** "Khalid Al-Falih" after "Al Jaber": a known name's part inside a longer name the tagger found is not a name of its own. */
    private static boolean insideLongerPerson(List<Token> t, int i) {
        if (!t.get(i).ner().equals("PERSON")) {
            return false;
        }
        return i > 0 && t.get(i - 1).ner().equals("PERSON") || i + 1 < t.size() && t.get(i + 1).ner().equals("PERSON");
    }

    private static boolean insideLongerLexical(List<Gazetteer.Match<WorldEntry>> matches, int token) {
        for (Gazetteer.Match<WorldEntry> m : matches) {
            if (token >= m.start() && token < m.end() && m.end() - m.start() > 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean lexicalAt(List<Gazetteer.Match<WorldEntry>> matches, int token) {
        for (Gazetteer.Match<WorldEntry> m : matches) {
            if (token >= m.start() && token < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Completes a chosen name: first names the tagger missed, an organisation's acronym or trailing descriptor. */
    private Span extend(Sentence s, Span sp, boolean[] taken, DocNames names) {
        List<Token> t = s.tokens();
        int from = s.firstContentToken();
        if (sp.kind() == Mention.Kind.NAME && (sp.type() == ActorType.Person || sp.type().isParty())
                && !sp.source().equals("org-prefix") && !sp.source().equals("acronym") && sp.nameStart() == sp.start()) {
            int k = sp.start() - 1;
            while (k >= from && !taken[k] && t.get(k).capitalized() && t.get(k).properNoun() && nameWord(t.get(k))
                    && !(k == from && sp.type() != ActorType.Person)) {
                k--;
            }
            boolean complement = k >= from && (t.get(k).is("of", "for")
                    || t.get(k).is("the", "and") && k - 1 >= from && (t.get(k - 1).is("of", "for") || t.get(k - 1).word().equals(",")));
            if (k + 1 < sp.start() && !complement) { // "Head of Presidential Administration X": the words are the title's
                for (int x = k + 1; x < sp.start(); x++) {
                    taken[x] = true;
                }
                sp = new Span(k + 1, sp.end(), k + 1, sp.nameEnd(), sp.type(), sp.kind(), sp.entry(), sp.country(),
                        sp.armed(), sp.source());
            }
        }
        if (sp.type() == ActorType.Organisation || sp.type() == ActorType.Firm) {
            int e = sp.end();
            // "Kivu Renewal Movement (KRM)"
            if (e + 2 < t.size() && t.get(e).word().matches("-LRB-|\\(") && t.get(e + 2).word().matches("-RRB-|\\)")
                    && t.get(e + 1).word().matches("[A-Z][A-Z0-9.&-]{1,9}")) {
                names.addAcronym(t.get(e + 1).word(), t, sp.nameStart(), sp.nameEnd(), sp.type(), sp.armed());
                sp = sp.widen(sp.start(), e + 3);
                e = sp.end();
            }
            // "... Front guerrilla group", "... Army rebels"
            int k = e;
            boolean armed = sp.armed();
            while (k < t.size() && !t.get(k).capitalized() && (t.get(k).tag().equals("JJ") || t.get(k).noun())
                    && (words.has("group-noun", t.get(k).lower()) || words.has("armed-noun", t.get(k).lower())
                        || t.get(k).is("armed", "guerrilla", "rebel", "militant", "separatist", "jihadist", "human", "rights"))) {
                if (words.has("armed-noun", t.get(k).lower()) && !t.get(k).is("group", "front")
                        || t.get(k).is("armed", "guerrilla", "rebel", "militant")) {
                    armed = true;
                }
                k++;
            }
            if (k > e && t.get(k - 1).noun()) {
                sp = sp.widen(sp.start(), k).armed(armed);
            }
            if (!names.fullOrg(t, sp.nameStart(), sp.nameEnd()) && !sp.source().equals("org-prefix")
                    && !sp.source().equals("acronym")) {
                names.addOrg(t, sp.nameStart(), sp.nameEnd(), sp.type(), sp.armed());
            }
        }
        return sp;
    }

    private boolean nameWord(Token tok) {
        String w = tok.lower();
        String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w; // "Presidents X and Y"
        return !lex.titles().head(w) && !lex.titles().modifier(w) && !lex.titles().head(singular) && !DateWords.isDateWord(w) && !honorific(tok)
                && !tok.is("The", "A", "An", "In", "On", "At", "During", "After", "Before", "Following", "Sir", "Lady",
                        "Lord", "Earlier", "Later", "Both", "His", "Her", "Their", "Its");
    }

    /** "Mr", "Dr.", "Col.", "Gen.": a form of address or a rank, never part of the name. */
    static boolean honorific(Token tok) {
        String w = tok.word().endsWith(".") ? tok.word().substring(0, tok.word().length() - 1) : tok.word();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && HONORIFICS.contains(w.toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> HONORIFICS = WordLists.shared().category("honorific");

    /** "Thailand's" + "Foreign Ministry": one phrase for the state. */
    private void mergeOrganOwners(Sentence s, List<Span> spans) {
        List<Token> t = s.tokens();
        for (int k = 1; k < spans.size(); k++) {
            Span organ = spans.get(k);
            if (organ.kind() != Mention.Kind.STATE_PHRASE || organ.country() != null) {
                continue;
            }
            Span prev = spans.get(k - 1);
            if (prev.type() != ActorType.State || prev.country() == null) {
                continue;
            }
            int gapStart = prev.end();
            boolean adjacent = gapStart == organ.start()
                    || gapStart + 1 == organ.start() && t.get(gapStart).possessiveMarker();
            if (adjacent) {
                spans.set(k - 1, new Span(prev.start(), organ.end(), prev.start(), organ.end(), ActorType.State,
                        Mention.Kind.STATE_PHRASE, prev.entry(), prev.country(), false, "organ-owner"));
                spans.remove(k);
                k--;
            }
        }
    }
}
