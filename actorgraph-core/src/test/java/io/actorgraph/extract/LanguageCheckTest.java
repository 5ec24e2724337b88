package io.actorgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCheckTest {

    @Test
    void englishNewsPasses() {
        assertThat(LanguageCheck.problem("The foreign ministers of Chile and Peru met in Lima on Tuesday to discuss "
                + "the lithium agreement, which was signed last year by both governments.")).isEmpty();
    }

    @Test
    void otherLanguagesAreNamedAsSuch() {
        assertThat(LanguageCheck.problem("Die Außenminister von Chile und Peru trafen sich am Dienstag in Lima, um "
                + "das Lithiumabkommen zu besprechen, das im vergangenen Jahr unterzeichnet wurde.")).get().asString()
                .contains("does not look like English");
        assertThat(LanguageCheck.problem("Министры иностранных дел Чили и Перу встретились во вторник в Лиме, чтобы "
                + "обсудить соглашение о литии, подписанное в прошлом году.")).get().asString()
                .contains("non-Latin");
    }

    @Test
    void shortTextsAreNotJudged() {
        assertThat(LanguageCheck.problem("Lima, Chile, Peru.")).isEmpty();
    }
}
