package io.actorgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void caseDiacriticsDotsHyphensAndLeadingTheDoNotMatter() {
        assertThat(Names.normalize("Türkiye")).isEqualTo(Names.normalize("turkiye"));
        assertThat(Names.normalize("U.S.")).isEqualTo("us");
        assertThat(Names.normalize("U. S.")).isEqualTo("us");
        assertThat(Names.normalize("the United States")).isEqualTo("united states");
        assertThat(Names.normalize("al-Sharif")).isEqualTo(Names.normalize("Al Sharif"));
        assertThat(Names.normalize("Côte d’Ivoire")).isEqualTo(Names.normalize("Cote d'Ivoire"));
        assertThat(Names.normalize("  Ingrid   Sølberg ")).isEqualTo("ingrid solberg");
        assertThat(Names.normalize("Mehmet Aydın")).isEqualTo("mehmet aydin");
        assertThat(Names.normalize("Łódź")).isEqualTo("lodz");
    }

    @Test
    void emptyAndNullGiveEmpty() {
        assertThat(Names.normalize(null)).isEmpty();
        assertThat(Names.normalize("  ")).isEmpty();
    }

    @Test
    void wordsAreNotJoinedUnlessAllAreSingleLetters() {
        assertThat(Names.normalize("U.N. Security Council")).isEqualTo("un security council");
        assertThat(Names.normalize("A B Ltd")).isEqualTo("a b ltd");
    }
}
