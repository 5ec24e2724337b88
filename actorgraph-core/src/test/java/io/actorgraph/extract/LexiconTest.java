package io.actorgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.actorgraph.extract.lexicon.Fold;
import io.actorgraph.extract.lexicon.Gazetteer;
import io.actorgraph.extract.lexicon.Lexicons;
import io.actorgraph.extract.lexicon.WorldEntry;
import io.actorgraph.extract.nlp.Token;
import io.actorgraph.resolve.Tsv;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrase matching over tokens, the folded form, and start-up failures for missing lexicons (no models needed). */
class LexiconTest {

    private static List<Token> tokens(String... words) {
        List<Token> out = new ArrayList<>();
        for (String w : words) {
            out.add(new Token(out.size(), w, w, "NNP", "O", 0, 0));
        }
        return out;
    }

    @Test
    void foldingIgnoresAccentsCaseApostrophesAndTokenisation() {
        assertThat(Fold.phrase("Côte d’Ivoire")).isEqualTo(Fold.phrase("cote d'Ivoire"));
        assertThat(Fold.phrase("Türkiye")).isEqualTo("turkiye");
        assertThat(Fold.phrase("U.S.")).isEqualTo("us");
    }

    @Test
    void gazetteerFindsLongestMatchesOnTokenBoundaries() {
        Gazetteer<String> g = new Gazetteer<>();
        g.add("Guinea", "GIN");
        g.add("Papua New Guinea", "PNG");
        g.add("Côte d'Ivoire", "CIV");
        List<Gazetteer.Match<String>> found = g.findAll(tokens("Papua", "New", "Guinea", "and", "Côte", "d’Ivoire", ","), 0, 7);
        assertThat(found).extracting(m -> m.values().get(0)).containsExactly("PNG", "CIV");
        assertThat(found.get(1).end()).isEqualTo(6); // the comma is not part of the name
    }

    @Test
    void capitalAbbreviationsMatchOnlyInCapitals() {
        Gazetteer<String> g = new Gazetteer<>();
        g.add("US", "USA");
        assertThat(g.findAll(tokens("US"), 0, 1)).hasSize(1);
        assertThat(g.findAll(tokens("U.S."), 0, 1)).hasSize(1);
        assertThat(g.findAll(tokens("us"), 0, 1)).isEmpty();
    }

    @Test
    void worldLexiconKnowsEveryStateByNameDemonymAndCapital() {
        Gazetteer<WorldEntry> g = Lexicons.shared().world().gazetteer();
        assertThat(g.lookup("Czechia").get(0).country().code()).isEqualTo("CZE");
        assertThat(g.lookup("Ivorian").get(0).kind()).isEqualTo(WorldEntry.Kind.DEMONYM);
        assertThat(g.lookup("Nairobi").get(0).kind()).isEqualTo(WorldEntry.Kind.CAPITAL);
        assertThat(Lexicons.shared().world().countries().all()).hasSizeGreaterThanOrEqualTo(193);
    }

    @Test
    void relationLexiconNamesVerbsAndNounsPerRelation() {
        var relations = Lexicons.shared().relations();
        assertThat(relations.verbRules("sign")).isNotEmpty();
        assertThat(relations.nounRules("airstrikes")).isNotEmpty();
        assertThat(relations.nounRules("visit")).isNotEmpty();
    }

    @Test
    void aMissingLexiconFailsAtStartUpNamingTheFile() {
        assertThatThrownBy(() -> Tsv.readResource("/extract/no-such-lexicon.tsv"))
                .hasMessageContaining("no-such-lexicon.tsv");
    }
}
