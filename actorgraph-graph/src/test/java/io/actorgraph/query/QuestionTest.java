package io.actorgraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "who met with Kenya|WHO_MET_WITH|Kenya",
        "Who met Lars Eriksen?|WHO_MET_WITH|Lars Eriksen",
        "WHO SIGNED WITH Fjordgas|WHO_SIGNED_WITH|Fjordgas",
        "who signed with the U.S.|WHO_SIGNED_WITH|the U.S.",
        "who struck Kenya|WHO_STRUCK|Kenya",
        "whom did Kenya strike|WHOM_DID_STRIKE|Kenya",
        "whom did the Coast Liberation Front strike?|WHOM_DID_STRIKE|the Coast Liberation Front",
        "who visited Mombasa|WHO_VISITED|Mombasa",
        "who holds office in Côte d'Ivoire|WHO_HOLDS_OFFICE_IN|Côte d'Ivoire",
        "  who holds office in \"Norway\"  |WHO_HOLDS_OFFICE_IN|Norway"
    })
    void parsesEveryForm(String text, QuestionForm form, String actor) {
        Question question = Question.parse(text).orElseThrow();
        assertThat(question.form()).isEqualTo(form);
        assertThat(question.actor()).isEqualTo(actor);
    }

    @Test
    void textInNoFormIsNotAQuestion() {
        assertThat(Question.parse("what is the capital of Kenya")).isEmpty();
        assertThat(Question.parse("who met with")).isEmpty();
        assertThat(Question.parse("")).isEmpty();
        assertThat(Question.parse(null)).isEmpty();
    }

    @Test
    void theErrorListsTheForms() {
        Answer answer = Answer.unparseable("hello");
        assertThat(answer.failed()).isTrue();
        assertThat(answer.error()).contains("who met with X", "whom did X strike", "who holds office in X");
    }
}
