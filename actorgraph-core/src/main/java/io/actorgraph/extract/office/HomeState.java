package io.actorgraph.extract.office;

import io.actorgraph.extract.Article;
import io.actorgraph.extract.lexicon.Gazetteer;
import io.actorgraph.extract.lexicon.Lexicons;
import io.actorgraph.extract.lexicon.WorldEntry;
import io.actorgraph.extract.nlp.Token;
import io.actorgraph.resolve.Country;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The state whose government published the article, from its source ("U.S. Department of State",
 * "GOV.UK (Foreign Office news story)"): a source that names one state and a government body. In a
 * government's own statement a title that names no state ("Secretary of State X", "Special
 * Representative for Afghanistan X") is that government's, when the state has such a title at all.
 * A newspaper or agency that names its country ("The Times of India") is not a government.
 */
public final class HomeState {

    private HomeState() {
    }

    /** The publishing state, or null when the source is not a single state's government. */
    public static Country of(Article article, Lexicons lex) {
        if (article == null || article.source() == null || article.source().isBlank()) {
            return null;
        }
        List<Token> tokens = tokens(article.source());
        boolean government = tokens.stream().anyMatch(t -> lex.words().has("government-source", t.word().toLowerCase(Locale.ROOT)));
        Set<Country> states = new LinkedHashSet<>();
        for (Gazetteer.Match<WorldEntry> m : lex.world().gazetteer().findAll(tokens, 0, tokens.size())) {
            for (WorldEntry e : m.values()) {
                if (e.country() == null) {
                    continue;
                }
                if (e.kind() == WorldEntry.Kind.ORG && e.org() != null && e.org().kind().equals("agency")) {
                    government = true; // a national agency publishes for its state
                    states.add(e.country());
                } else if (e.kind() == WorldEntry.Kind.COUNTRY || e.kind() == WorldEntry.Kind.DEMONYM
                        || e.kind() == WorldEntry.Kind.GOVERNMENT) {
                    states.add(e.country());
                    government |= e.kind() == WorldEntry.Kind.GOVERNMENT;
                }
            }
        }
        return government && states.size() == 1 ? states.iterator().next() : null;
    }

    /** Words of a source line; "GOV.UK" and "defense.gov" are two words each, "U.S." one. */
    private static List<Token> tokens(String source) {
        List<Token> out = new ArrayList<>();
        for (String word : source.split("[\\s(),;:&/]+")) {
            String[] parts = word.split("\\.");
            boolean domain = parts.length > 1 && java.util.Arrays.stream(parts).allMatch(p -> p.length() > 1);
            for (String p : domain ? parts : new String[] {word}) {
                if (!p.isEmpty()) {
                    out.add(new Token(out.size(), p, p, "NNP", "O", 0, 0));
                }
            }
        }
        return out;
    }
}
