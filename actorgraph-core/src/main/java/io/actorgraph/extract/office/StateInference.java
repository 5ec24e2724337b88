package io.actorgraph.extract.office;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.coref.MainState;
import io.actorgraph.extract.coref.States;
import io.actorgraph.extract.lexicon.Fold;
import io.actorgraph.extract.lexicon.Lexicons;
import io.actorgraph.extract.lexicon.TitleLexicon;
import io.actorgraph.extract.mention.TitleClaim;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.resolve.Country;
import java.util.Locale;

/**
 * The state of a title the text gives no owner, in this order: a title only some states use
 * ("Taoiseach", "Secretary of State"; the lexicon's states column), else the publishing
 * government's ({@link HomeState}) when that state has such a title ("Special Envoy" yes, "Foreign
 * Minister" not for the United States), else, for state titles in an article about one state, that
 * state when it has such a title. Nothing else: being in a state or meeting its leader is no office.
 */
final class StateInference {

    private final Doc doc;
    private final Lexicons lex;
    private final MainState mainState;
    private final Country home;

    StateInference(Doc doc, Lexicons lex, MainState mainState, Country home) {
        this.doc = doc;
        this.lex = lex;
        this.mainState = mainState;
        this.home = home;
    }

    /** The state a title only few states use belongs to: the home or main state when listed, else the first listed. */
    Entity peculiarState(TitleClaim c) {
        TitleLexicon.TitleEntry entry = entryOf(c);
        if (entry == null || !entry.peculiar()) {
            return null;
        }
        String code = home != null && entry.states().contains(home.code()) ? home.code()
                : mainState.main() != null && entry.states().contains(mainState.main().code()) ? mainState.main().code()
                : entry.states().get(0);
        if (home == null && mainState.dominant() && mainState.main() != null && !code.equals(mainState.main().code())
                && entry.states().size() == 1 && !mentioned(code) && !entry.kind().equals("royal")) {
            code = mainState.main().code(); // "Defence Secretary" in a story about the Philippines that never names Britain
        }
        return lex.world().country(code).map(st -> States.of(doc, st)).orElse(null);
    }

    private boolean mentioned(String code) {
        return doc.entities().stream().anyMatch(e -> e.isState() && e.country() != null && e.country().code().equals(code));
    }

    /** The inferred owner of a title without one, or null. */
    Entity owner(TitleClaim c) {
        Entity peculiar = peculiarState(c);
        if (peculiar != null) {
            return peculiar;
        }
        TitleLexicon.TitleEntry entry = entryOf(c);
        if ("organisation".equals(c.officeOf()) || entry != null && entry.kind().equals("local")) {
            return null; // a mayor or governor serves a city or province the text must name
        }
        if (c.title().contains(" to the ")) {
            return null; // "Chief of Staff to the President": whose president, the title does not say
        }
        if (home != null && (entry != null ? entry.usedBy(home.code()) : "state".equals(c.officeOf())) && !names(c, home)) {
            return States.of(doc, home);
        }
        Country main = mainState.main();
        if (mainState.dominant() && stateTitle(c, entry) && (entry == null || entry.usedBy(main.code())) && !names(c, main)) {
            return States.of(doc, main); // "Economy Minister X" in a story about one state
        }
        return null;
    }

    /** Whether the title names the state as where it serves, never whose it is: "Ambassador to the United States". */
    private boolean names(TitleClaim c, Country state) {
        for (io.actorgraph.extract.mention.Mention m : doc.mentionsIn(c.sentence())) {
            Entity e = doc.entityOf(m);
            if (m.start() >= c.start() && m.end() <= c.end() && e != null && e.isState() && e.country() != null
                    && e.country().code().equals(state.code())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the title is an organisation's ("CEO", "founder"), never a state's. */
    boolean stateless(TitleClaim c) {
        TitleLexicon.TitleEntry entry = entryOf(c);
        return entry == null ? "organisation".equals(c.officeOf()) : entry.officeOf().equals("organisation");
    }

    /** Offices one person holds at a time in a state: its head of state or of government. */
    boolean singleHolder(TitleClaim c) {
        TitleLexicon.TitleEntry entry = entryOf(c);
        return entry != null && (entry.kind().equals("head-of-state") || entry.kind().equals("head-of-government"));
    }

    /** The lexicon title a claim is an instance of, folded ("president" for "Majesty President"). */
    String headTitle(TitleClaim c) {
        TitleLexicon.TitleEntry entry = entryOf(c);
        return entry == null ? Fold.phrase(c.title()) : Fold.phrase(entry.title());
    }

    private TitleLexicon.TitleEntry entryOf(TitleClaim c) {
        if (c.start() < 0 || c.end() <= c.start() || c.sentence() < 0) {
            return null;
        }
        return lex.titles().within(doc.sentence(c.sentence()).tokens(), c.start(), c.end());
    }

    /** Titles that belong to a state's government whoever holds them (ministers, heads of state, envoys). */
    private static boolean stateTitle(TitleClaim c, TitleLexicon.TitleEntry entry) {
        if ("organisation".equals(c.officeOf())) {
            return false;
        }
        if (entry != null) {
            return entry.officeOf().equals("state") || entry.kind().startsWith("head-of") || entry.kind().equals("deputy");
        }
        return "state".equals(c.officeOf()) || counterpart(c);
    }

    private static boolean counterpart(TitleClaim c) {
        return c.title().toLowerCase(Locale.ROOT).endsWith("counterpart");
    }
}
