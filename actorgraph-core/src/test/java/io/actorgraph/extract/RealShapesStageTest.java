package io.actorgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.extract.office.OfficeClaim;
import io.actorgraph.extract.office.OfficeStage;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.model.Relation;
import io.actorgraph.statement.StatementDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shapes found in real news and government releases, each in invented sentences: names defined
 * by an acronym, titles with portfolio lists, plural and relative titles, local offices, attacks
 * someone led or was responsible for, claims of responsibility far from the attack, gatherings,
 * trilateral meetings, delegations, visits told without a visitor, deals told as acquisitions.
 */
class RealShapesStageTest {

    private static final String DATE = "2025-06-10";

    private static List<String> facts(String text, Relation relation) {
        return Pipelines.facts(Pipelines.extract(text, DATE), relation);
    }

    private static List<OfficeClaim> offices(String text) {
        return Pipelines.runUpTo(OfficeStage.class, text, DATE).offices();
    }

    private static List<OfficeClaim> offices(String text, String source) {
        return Pipelines.runUpTo(OfficeStage.class, text, DATE, source).offices();
    }

    private static String ownerOf(List<OfficeClaim> offices, String person) {
        return offices.stream().filter(o -> o.person().name().equals(person) && o.current()).map(o -> o.owner().name())
                .findFirst().orElse("none");
    }

    // ---------------------------------------------------------------- names and titles

    @Test
    void aTitleTheLexiconKnowsContinuesWithItsListOfPortfolios() {
        List<OfficeClaim> o = offices("Foreign Minister Ana Lopez and Minister of the Environment, Water, and Ecological "
                + "Transition Pedro Ruiz (Peru) and Foreign Minister Maria Gomez (Chile) signed an accord in Lima.");
        assertThat(ownerOf(o, "Pedro Ruiz")).isEqualTo("Peru");
        assertThat(ownerOf(o, "Maria Gomez")).isEqualTo("Chile");
    }

    @Test
    void capitalisedWordsSpellingABracketedAcronymNameAnOrganisation() {
        Doc doc = Pipelines.run("The ministry designated Harakat al Nasr wal Fath (HNF) as a terrorist group on Monday. "
                + "HNF operates in the border hills.", DATE);
        assertThat(Pipelines.entity(doc, "Harakat al Nasr wal Fath")).hasValueSatisfying(
                e -> assertThat(e.aliases()).contains("HNF"));
        assertThat(Pipelines.entity(doc, "Specially Designated Group")).isEmpty();
    }

    @Test
    void aStyleBeforeANameIsHowTheyAreAskedFor() {
        Doc doc = Pipelines.run("The prime minister met King Letsie III of Lesotho in Maseru on Tuesday.", DATE);
        assertThat(Pipelines.entity(doc, "King Letsie III")).isPresent();
    }

    @Test
    void aTitleOfAPlaceThenACommaAndAStyleNamesThePerson() {
        assertThat(facts("Special Envoy Hanna Berg met with the Crown Prince of Sharjah, Sheikh Rashid bin Saif Al Qasimi, "
                + "as well as senior officials in Dubai.", Relation.MET_WITH))
                .anyMatch(f -> f.contains("Hanna Berg") && f.contains("Rashid bin Saif Al Qasimi"));
    }

    @Test
    void aTitleServingAnotherTitleIsPartOfIt() {
        List<String> met = facts("Foreign Secretary Helen Moray held meetings in Ottawa with Chief of Staff to the Prime "
                + "Minister General Omar Diallo and Adviser to the Prime Minister Lena Sorensen.", Relation.MET_WITH);
        assertThat(met).anyMatch(f -> f.contains("Helen Moray") && f.contains("Omar Diallo"));
        assertThat(met).anyMatch(f -> f.contains("Helen Moray") && f.contains("Lena Sorensen"));
    }

    @Test
    void aPluralTitleIsEachListedPersonsTitle() {
        List<OfficeClaim> o = offices("Presidents Amadou Keita of Mali and Ibrahim Toure of Guinea signed the customs accord.");
        assertThat(ownerOf(o, "Amadou Keita")).isEqualTo("Mali");
        assertThat(ownerOf(o, "Ibrahim Toure")).isEqualTo("Guinea");
        Doc doc = Pipelines.run("Minister Hanna Berg and the Foreign Ministers discussed fisheries in Oslo.", DATE);
        assertThat(Pipelines.entity(doc, "Foreign Ministers")).isEmpty();
    }

    @Test
    void aSuccessorHoldsTheOfficeAndAnOverthrownHolderNoLonger() {
        List<OfficeClaim> o = offices("On Friday, Emir Faisal bin Omar of Qatar died. Faisal took power "
                + "in 1972 after overthrowing his uncle, Emir Khalid bin Saud. His successor, Tamim bin Faisal, "
                + "attended the funeral prayers.");
        assertThat(ownerOf(o, "Tamim bin Faisal")).isEqualTo("Qatar");
        assertThat(ownerOf(o, "Khalid bin Saud")).isEqualTo("none");
    }

    @Test
    void mayorsAndGovernorsServeTheirPlaces() {
        List<OfficeClaim> o = offices("\"We are all shaken,\" said Mayor of Lyon Paul Girard. Novosibirsk regional Deputy "
                + "Governor Ivan Petrov said 30 people were missing.");
        assertThat(ownerOf(o, "Paul Girard")).isEqualTo("Lyon");
        assertThat(ownerOf(o, "Ivan Petrov")).isEqualTo("Novosibirsk");
    }

    @Test
    void anAppositiveOfficeMayNameTheRegionItCovers() {
        List<OfficeClaim> o = offices("Speaking to reporters, Ana Silva, Vodafone's CEO for Southern Europe, said the firm "
                + "would stay in Spain.");
        assertThat(ownerOf(o, "Ana Silva")).isEqualTo("Vodafone");
    }

    @Test
    void aPortfolioWordAloneIsNoOrganisation() {
        List<OfficeClaim> o = offices("Jose Reyes Jr., Undersecretary of Energy, signed for the Philippines.");
        assertThat(ownerOf(o, "Jose Reyes Jr.")).isEqualTo("Philippines");
    }

    @Test
    void anOfficeTheTextShowsIsNotAlsoGuessedIntoTheHomeState() {
        List<OfficeClaim> o = offices("In Nairobi, Secretary Hanna Berg met with President Kojo Mensah. Secretary Berg said "
                + "President Lena Ford will visit Kenya next month. President Mensah welcomed the news.",
                "U.S. Department of State");
        assertThat(ownerOf(o, "Lena Ford")).isEqualTo("United States");
        assertThat(o).noneMatch(c -> c.person().name().equals("Kojo Mensah") && c.owner().name().equals("United States"));
    }

    // ---------------------------------------------------------------- attacks

    @Test
    void attacksSomeoneLedOrWasResponsibleForAreTheirs() {
        assertThat(facts("In March, Idris Kamara led the attack on the Bolama police station.", Relation.STRUCK))
                .anyMatch(f -> f.startsWith("Idris Kamara > "));
        assertThat(facts("The ministry designated Harakat al Nasr wal Fath (HNF) on Monday. HNF has been responsible for "
                + "conducting external attacks, such as the Kisumu market bombing in 2019.", Relation.STRUCK))
                .contains("Harakat al Nasr wal Fath > Kisumu market");
    }

    @Test
    void anOrderToAttackIsNoAttack() {
        assertThat(facts("Kamara directed his fighters to develop a network to attack convoys in Guinea.", Relation.STRUCK))
                .noneMatch(f -> f.startsWith("Kamara"));
    }

    @Test
    void aBareClaimOfResponsibilityTakesTheArticlesAttackHoweverFarBack() {
        StringBuilder text = new StringBuilder("Twin bombings struck the Garissa cathedral on Sunday. ");
        for (int i = 1; i <= 13; i++) {
            text.append("Rescue team ").append(i).append(" searched the rubble through the night. ");
        }
        text.append("Al-Shabaab, which is linked to other groups, subsequently claimed responsibility.");
        assertThat(facts(text.toString(), Relation.STRUCK)).anyMatch(f -> f.toLowerCase(java.util.Locale.ROOT).startsWith("al-shabaab > garissa"));
    }

    @Test
    void aGerundTheParseHungOnItsObjectTakesTheClausesSubject() {
        assertThat(facts("Norway had been allied with local militias in fighting al-Shabaab.", Relation.STRUCK))
                .contains("Norway > al-Shabaab");
    }

    // ---------------------------------------------------------------- meetings, visits, deals

    @Test
    void thePeopleAtOneSummitMetThereAndVisitedItsPlace() {
        StatementDocument doc = Pipelines.extract("Leaders of the regional bloc met in Accra, Ghana's capital, for a trade "
                + "summit where on Friday Presidents Amadou Keita of Mali and Ibrahim Toure of Guinea signed the customs "
                + "union agreement. At the opening of the summit, Senegalese President Macky Diop said the union would "
                + "grow trade.", DATE);
        assertThat(Pipelines.linked(doc, Relation.MET_WITH, "Amadou Keita", "Ibrahim Toure")).isTrue();
        assertThat(Pipelines.linked(doc, Relation.MET_WITH, "Amadou Keita", "Macky Diop")).isTrue();
        assertThat(Pipelines.facts(doc, Relation.VISITED)).contains("Ibrahim Toure > Accra", "Macky Diop > Accra");
    }

    @Test
    void attendingASummitWithSomeoneIsMeetingThem() {
        assertThat(facts("Slovak Prime Minister Eva Novak tested positive. This comes a week after she attended a summit with "
                + "President of Ghana Kojo Mensah.",
                Relation.MET_WITH)).isNotEmpty();
    }

    @Test
    void everyoneAtATrilateralMeetingMetEveryoneElse() {
        StatementDocument doc = Pipelines.extract("Minister Hanna Berg held a trilateral meeting with Finnish Foreign "
                + "Minister Kalle Pyykko and Portuguese Foreign Minister Ines Carvalho in Oslo.", DATE);
        assertThat(Pipelines.linked(doc, Relation.MET_WITH, "Kalle Pyykko", "Ines Carvalho")).isTrue();
    }

    @Test
    void whoLedADelegationTookPartInItsTalks() {
        StatementDocument doc = Pipelines.extract("U.S. Special Envoy Hanna Berg led a senior delegation to continue discussions "
                + "with Houthi representatives in Muscat, Oman.", DATE);
        assertThat(Pipelines.facts(doc, Relation.MET_WITH)).anyMatch(f -> f.contains("Hanna Berg"));
        assertThat(Pipelines.facts(doc, Relation.VISITED)).contains("Hanna Berg > Muscat");
    }

    @Test
    void aVisitWithoutItsVisitorIsTheSpeakersAndAVisitWithSomeoneAMeeting() {
        StatementDocument doc = Pipelines.extract("\"We must finish the bridge,\" Prime Minister Helen Moray said in a video "
                + "statement released in conjunction with a visit to Ireland with Taoiseach Sean Byrne.", DATE);
        assertThat(Pipelines.facts(doc, Relation.VISITED)).contains("Helen Moray > Ireland");
        assertThat(Pipelines.linked(doc, Relation.MET_WITH, "Helen Moray", "Sean Byrne")).isTrue();
    }

    @Test
    void presenceWhileSomewhereAfterTravellingOrOnEntering() {
        assertThat(facts("While in Geneva to attend the assembly, Kenyan Minister Ana Wanjiru told reporters the vote "
                + "was fair.", Relation.VISITED)).contains("Ana Wanjiru > Geneva");
        assertThat(facts("Senator Ruth Adler tested positive within days after traveling to Denver, Colorado to attend "
                + "the debate.", Relation.VISITED)).contains("Ruth Adler > Denver");
        assertThat(facts("The Omani writer Said Harthi entered the consulate in Ankara on Monday.", Relation.VISITED))
                .contains("Said Harthi > Ankara");
    }

    @Test
    void twoOfOneGovernmentWhoSpokeInAMeetingMetEachOther() {
        StatementDocument doc = Pipelines.extract("Chilean President Ana Rojas flew to Iquique on Monday. In a meeting that "
                + "day she was told by Chilean Interior Minister Pablo Soto of more than 40 people missing.", DATE);
        assertThat(Pipelines.linked(doc, Relation.MET_WITH, "Ana Rojas", "Pablo Soto")).isTrue();
    }

    @Test
    void aPlaceTheLexiconDoesNotKnowLiesInTheStateItsAppositiveNames() {
        StatementDocument doc = Pipelines.extract("A bridge collapsed on Monday in Chiguayante, a city in the Biobio region "
                + "of Chile. Chilean President Ana Rojas flew to Chiguayante on Tuesday.", DATE);
        assertThat(Pipelines.facts(doc, Relation.LOCATED_IN)).contains("Chiguayante > Chile");
        assertThat(Pipelines.facts(doc, Relation.VISITED)).noneMatch(f -> f.startsWith("Chile >"));
    }

    @Test
    void acquisitionsAndSalesAreDealsButAnAbsoluteWithIsNoParty() {
        assertThat(facts("Nordvik Holdings acquired Danish shipbuilder Havbro Marine Group.", Relation.SIGNED))
                .anyMatch(f -> f.contains("Nordvik Holdings") && f.contains("Havbro Marine Group"));
        assertThat(facts("All but one of the bloc's members have signed on to the treaty, with Tonga the only state unsigned.",
                Relation.SIGNED)).noneMatch(f -> f.contains("Tonga"));
    }
}
