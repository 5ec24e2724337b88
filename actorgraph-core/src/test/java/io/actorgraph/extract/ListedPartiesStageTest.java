package io.actorgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.event.EventStage;
import io.actorgraph.extract.event.Frame;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.model.Relation;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Parties listed in ways the parse does not hold together: a government release's list of
 * titled signatories, a subject list whose first items hang elsewhere, a title-case headline,
 * "I" in a statement introduced by "X said:", meetings counted in days (invented sentences).
 */
class ListedPartiesStageTest {

    private static Set<String> sides(String text, Relation relation) {
        Doc doc = Pipelines.runUpTo(EventStage.class, text, "2025-03-04");
        Set<String> sides = new HashSet<>();
        for (Frame f : doc.frames()) {
            if (f.relation() == relation) {
                f.agents().stream().map(Entity::name).forEach(sides::add);
                f.targets().stream().map(Entity::name).forEach(sides::add);
                f.participants().stream().map(Entity::name).forEach(sides::add);
            }
        }
        return sides;
    }

    @Test
    void titledSignatoriesListedBeforeTheVerbAllSign() {
        String text = "Today, on the margins of the Andean Forum, Deputy Minister for Fisheries Tomas Ruelas, "
                + "Ambassador to Chile Ana Brevik (Norway), Foreign Minister Kalle Pyykko and Minister of Environment "
                + "Dario Fuentes (Peru), and Foreign Minister Ines Carvalho (Portugal) signed a memorandum of understanding "
                + "on coastal fisheries.";
        assertThat(sides(text, Relation.SIGNED))
                .contains("Tomas Ruelas", "Ana Brevik", "Kalle Pyykko", "Dario Fuentes", "Ines Carvalho");
    }

    @Test
    void theFirstItemsOfASubjectListTheParseHungElsewhereStillSign() {
        String text = "Today, the United States, Costa Rica, the Dominican Republic, and Panama signed a memorandum of "
                + "understanding on port logistics.";
        assertThat(sides(text, Relation.SIGNED)).contains("United States", "Costa Rica", "Dominican Republic", "Panama");
    }

    @Test
    void aPresidentNamedWithHisStateSignsNotTheState() {
        String text = "Leaders met in Accra for a regional summit where on Friday Presidents Amadou Keita of Mali and "
                + "Ibrahim Toure of Guinea signed the customs union agreement.";
        assertThat(sides(text, Relation.SIGNED)).contains("Amadou Keita", "Ibrahim Toure");
    }

    @Test
    void aTitleCaseHeadlineSigns() {
        String text = "Chile, Peru, and Ecuador Sign Memorandum of Understanding on Anchovy Stocks\n\n"
                + "The three governments agreed to share catch data from next year.";
        assertThat(sides(text, Relation.SIGNED)).contains("Chile", "Peru", "Ecuador");
    }

    @Test
    void iInAStatementIntroducedWithAColonIsItsSpeaker() {
        String text = "Trade Secretary Helen Moray said:\n\nI was pleased to meet Vice President Tomas Lindqvist "
                + "and Minister Ana Brevik to discuss tariffs.";
        assertThat(sides(text, Relation.MET_WITH)).contains("Helen Moray", "Tomas Lindqvist");
    }

    @Test
    void meetingsCountedInDaysAreTheTravellersMeetings() {
        String text = "Foreign Secretary Helen Moray will travel to Ottawa later today, following two days of meetings "
                + "in Oslo with Prime Minister Ana Brevik and Defence Minister Kalle Pyykko.";
        assertThat(sides(text, Relation.MET_WITH)).contains("Helen Moray", "Ana Brevik");
    }

    @Test
    void peopleIncludedAmongAnOfficialsAdvisorsTakePartAndTheListEndsAtThePlace() {
        String text = "Deputy Secretary of State Helen Moray met today with Kenyan President-Elect Amos Kirui, and his advisors, "
                + "including Kenyan Ambassador to the United States Grace Wanjiru, incoming Chief of Staff Peter Otieno, and "
                + "Foreign Affairs Under Secretary Mary Akinyi, in Nairobi, Kenya.";
        Doc doc = Pipelines.runUpTo(EventStage.class, text, "2025-03-04");
        assertThat(sides(text, Relation.MET_WITH)).contains("Helen Moray", "Amos Kirui", "Grace Wanjiru", "Mary Akinyi");
        assertThat(doc.frames().stream().filter(f -> f.relation() == Relation.MET_WITH).map(f -> f.place() == null ? "" : f.place().name()))
                .contains("Nairobi");
    }

    @Test
    void aNameAfterATitlesListOfPortfoliosIsAPerson() {
        String text = "Under Secretary of State for Civilian Security, Democracy, and Human Rights Lena Okafor visited Ghana "
                + "on March 3.";
        assertThat(sides(text, Relation.VISITED)).contains("Lena Okafor").doesNotContain("Human Rights Lena Okafor");
    }

    @Test
    void signingByAGerundIsDoneByTheSubjectsOfTheClauseItServes() {
        String text = "Trade Minister Helen Moray and Andean Development Bank President Tomas Ruelas signaled a shared "
                + "commitment to expand port financing by signing today a memorandum of cooperation in Lima.";
        assertThat(sides(text, Relation.SIGNED)).contains("Helen Moray", "Tomas Ruelas");
    }

    @Test
    void aTitleCaseHeadlineSeparatesAnOrganisationFromTheVerbAfterIt() {
        String text = "Chile and the Andean Development Bank Sign Memorandum of Cooperation\n\n"
                + "The bank will lend for port works.";
        assertThat(sides(text, Relation.SIGNED)).contains("Chile", "Andean Development Bank");
    }

    @Test
    void anInvasionOfAStateStrikesIt() {
        String text = "The ministers discussed Russia's invasion of Georgia and its consequences for regional trade.";
        assertThat(sides(text, Relation.STRUCK)).contains("Russia", "Georgia");
    }
}
