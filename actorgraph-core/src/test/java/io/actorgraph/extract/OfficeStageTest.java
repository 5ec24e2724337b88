package io.actorgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.extract.office.OfficeClaim;
import io.actorgraph.extract.office.OfficeStage;
import io.actorgraph.extract.pipeline.Doc;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Offices from titles: whose, since when, and when over. */
class OfficeStageTest {

    private static List<OfficeClaim> offices(String text) {
        Doc doc = Pipelines.runUpTo(OfficeStage.class, text, "2025-07-12");
        return doc.offices();
    }

    private static OfficeClaim of(List<OfficeClaim> offices, String person) {
        return offices.stream().filter(o -> o.person().name().equals(person)).findFirst()
                .orElseThrow(() -> new AssertionError("no office for " + person + " in " + offices));
    }

    @Test
    void aLaterBareTitleTakesTheOwnerOfTheFullOne() {
        List<OfficeClaim> o = offices("Ghanaian President Kojo Asante Mensah arrived in Lomé. President Mensah met officials.");
        assertThat(o).allSatisfy(c -> assertThat(c.owner().name()).isEqualTo("Ghana"));
    }

    @Test
    void aLeadersSpokespersonServesTheLeadersState() {
        List<OfficeClaim> o = offices("Norwegian Prime Minister Hanna Berg's spokesperson, Lars Vik, said the ban was possible.");
        assertThat(of(o, "Lars Vik").owner().name()).isEqualTo("Norway");
        assertThat(of(o, "Lars Vik").title()).isEqualTo("spokesperson");
    }

    @Test
    void ousterResignationAndFormerEndTheOffice() {
        List<OfficeClaim> o = offices("Since the ouster of regime leader Omar Haddad Karim, Libyan Energy Minister Salma Idris "
                + "has met foreign firms. Former Libyan oil minister Tarek Nouri criticised her. "
                + "Nadia Ferhat, who resigned as Libya's transport minister in March, agreed.");
        assertThat(of(o, "Salma Idris").current()).isTrue();
        assertThat(of(o, "Tarek Nouri").ended()).isTrue();
        OfficeClaim ferhat = of(o, "Nadia Ferhat");
        assertThat(ferhat.ended()).isTrue();
        assertThat(ferhat.until()).isEqualTo("2025-03");
        assertThat(o).noneMatch(c -> c.person().name().equals("Omar Haddad Karim") && c.current());
    }

    @Test
    void assumingOfficeGivesTheStart() {
        List<OfficeClaim> o = offices("Mongolian President Bat-Erdene Ganbold, who assumed office in January, visited Seoul.");
        OfficeClaim c = of(o, "Bat-Erdene Ganbold");
        assertThat(c.since()).isEqualTo("2025-01");
        assertThat(c.owner().name()).isEqualTo("Mongolia");
    }

    @Test
    void officesInFirmsAndGroups() {
        List<OfficeClaim> o = offices("Norsk Fjellkraft chief executive Ingrid Haldorsen spoke. "
                + "The Eastern Liberation Front is led by Amos Kiprono, its founder.");
        assertThat(of(o, "Ingrid Haldorsen").owner().name()).isEqualTo("Norsk Fjellkraft");
        assertThat(of(o, "Amos Kiprono").owner().name()).isEqualTo("Eastern Liberation Front");
    }

    @Test
    void appointmentsPastServiceAndTheElect() {
        List<OfficeClaim> o = offices("Peruvian President Rosa Quiroga appointed Javier Mendoza as foreign minister on Tuesday. "
                + "Tomas Berg, who served as Norway's trade minister until 2020, criticised him. "
                + "President-elect Jorge Ruiz of Chile met officials.");
        OfficeClaim mendoza = of(o, "Javier Mendoza");
        assertThat(mendoza.owner().name()).isEqualTo("Peru");
        assertThat(mendoza.current()).isTrue();
        assertThat(of(o, "Tomas Berg").ended()).isTrue();
        assertThat(o).noneMatch(c -> c.person().name().equals("Jorge Ruiz"));
    }

    @Test
    void anEnvoyToAStateServesTheSendingState() {
        List<OfficeClaim> o = offices("U.S. Special Envoy to Sudan Carla Whitfield arrived in Port Sudan.");
        assertThat(of(o, "Carla Whitfield").owner().name()).isEqualTo("United States");
    }

    @Test
    void aTitleSaidOfSomeoneIsTheirsNotAnEarlierHolders() {
        List<OfficeClaim> o = offices("Tunisian Prime Minister Leila Haddad presented the plan in Tunis on Monday. "
                + "Also on Monday, Karim Ben Salah was appointed budget minister, replacing Mounir Jaziri. "
                + "His predecessor, Sami Trabelsi, resigned as finance minister in May.");
        assertThat(o).noneMatch(c -> c.person().name().equals("Leila Haddad") && !c.title().equals("Prime Minister"));
        OfficeClaim benSalah = of(o, "Karim Ben Salah");
        assertThat(benSalah.title()).isEqualTo("budget minister");
        assertThat(benSalah.owner().name()).isEqualTo("Tunisia");
        OfficeClaim trabelsi = of(o, "Sami Trabelsi");
        assertThat(trabelsi.title()).isEqualTo("finance minister");
        assertThat(trabelsi.ended()).isTrue();
    }

    @Test
    void anAcronymInBracketsNamesTheBodyLater() {
        List<OfficeClaim> o = offices("Ngozi Eze, a former adviser to the Development Bank of West African States (DBWAS), "
                + "spoke in Lagos. DBWAS President Amadou Sy welcomed the plan.");
        OfficeClaim sy = of(o, "Amadou Sy");
        assertThat(sy.owner().name()).isEqualTo("Development Bank of West African States");
        assertThat(sy.owner().aliases()).contains("DBWAS");
    }

    @Test
    void aPortfolioTheLexiconLacksStillBelongsToTheStateNamed() {
        List<OfficeClaim> o = offices("Ethiopian Prime Minister Abiy Tesfaye spoke in Addis Ababa. Later he called "
                + "Sudan's irrigation minister, Amna Osman, to brief her.");
        OfficeClaim osman = of(o, "Amna Osman");
        assertThat(osman.owner().name()).isEqualTo("Sudan");
        assertThat(osman.title()).isEqualTo("irrigation minister");
    }

    @Test
    void steppingDownInARelativeClauseChainEndsTheOffice() {
        List<OfficeClaim> o = offices("Paul Ionescu, who had served as Danubia Energie's Chief Executive Officer since 2019, "
                + "stepped down with effect from today and will not join the combined company; Danubia Energie's Chief "
                + "Financial Officer, Ana Pop, has been appointed interim Chief Executive Officer.");
        assertThat(of(o, "Paul Ionescu").ended()).isTrue();
    }

    @Test
    void resignationsTheParserHangsAwayFromTheName() {
        List<OfficeClaim> o = offices("The Zambia Railways Regulatory Board said its chief executive, Patrick Mumba, had "
                + "resigned on Friday for personal reasons.\nThe row has already claimed a casualty: Iceland's chief "
                + "negotiator, Sigrun Eggertsdottir, resigned in January, citing differences with the ministry.");
        assertThat(of(o, "Patrick Mumba").ended()).isTrue();
        assertThat(of(o, "Sigrun Eggertsdottir").ended()).isTrue();
    }

    @Test
    void aStateNamedInFullBeforeTheNameOfItsPresident() {
        List<OfficeClaim> o = offices("President of the Kyrgyz Republic Almazbek Toktorov held talks with President of the "
                + "Republic of Tajikistan Rustam Nazarzoda in Bishkek.");
        assertThat(of(o, "Almazbek Toktorov").owner().name()).isEqualTo("Kyrgyzstan");
        assertThat(of(o, "Rustam Nazarzoda").owner().name()).isEqualTo("Tajikistan");
    }

    @Test
    void aBoardsChairmanHoldsOfficeInItsCompany() {
        List<OfficeClaim> o = offices("The agreement was signed in Bucharest by Katrin Wollenberg, Chief Executive Officer of "
                + "Havelstrom AG, and Mihai Dobrescu, Chairman of the Board of Directors of Carpatica Energie SA.");
        assertThat(of(o, "Mihai Dobrescu").owner().name()).isEqualTo("Carpatica Energie SA");
    }

    private static final String US_RELEASE = "U.S. Department of State";

    private static List<OfficeClaim> released(String text, String source) {
        return Pipelines.runUpTo(OfficeStage.class, text, "2025-07-12", source).offices();
    }

    private static List<String> ownersOf(List<OfficeClaim> offices, String person) {
        return offices.stream().filter(o -> o.person().name().equals(person)).map(o -> o.owner().name()).distinct().toList();
    }

    @Test
    void aGovernmentsOwnStatementGivesItsTitlesWithoutAStateItsState() {
        List<OfficeClaim> o = released("Secretary Hallam's Visit to Chile\n\nOffice of the Spokesperson\n\n"
                + "Secretary of State Marcus Hallam met today in Santiago with President Elena Ortuzar of Chile. "
                + "Special Representative for Yemen Dana Whitcombe joined the meeting. The Secretary thanked Chile.",
                US_RELEASE);
        assertThat(ownersOf(o, "Marcus Hallam")).containsExactly("United States");
        assertThat(ownersOf(o, "Dana Whitcombe")).containsExactly("United States");
        assertThat(ownersOf(o, "Elena Ortuzar")).containsExactly("Chile");
    }

    @Test
    void aTitleOnlyOneStateUsesNamesThatState() {
        List<OfficeClaim> o = offices("Foreign Secretary Alan Pryce held talks in Washington with Vice President Jo Marden "
                + "and Secretary of State Ben Ostrow. Taoiseach Niamh Keogh called Pryce later.");
        assertThat(ownersOf(o, "Alan Pryce")).containsExactly("United Kingdom");
        assertThat(ownersOf(o, "Ben Ostrow")).containsExactly("United States");
        assertThat(ownersOf(o, "Niamh Keogh")).containsExactly("Ireland");
    }

    @Test
    void theHostsOfAVisitingOfficialServeTheHostState() {
        List<OfficeClaim> o = released("While in Lusaka, Secretary of State Marcus Hallam met with President Chanda Mwale, "
                + "Foreign Minister Ruth Banda, and Ambassador Joseph Phiri. Zambia welcomed the visit.", US_RELEASE);
        assertThat(ownersOf(o, "Chanda Mwale")).containsExactly("Zambia");
        assertThat(ownersOf(o, "Joseph Phiri")).containsExactly("Zambia");
        assertThat(ownersOf(o, "Marcus Hallam")).containsExactly("United States");
    }

    @Test
    void twoPresidentsWithoutAStateAreNeitherGivenTheHomeState() {
        List<OfficeClaim> o = released("Secretary of State Marcus Hallam echoed President Tom Ellery's statement. "
                + "As President Ivan Dravko has attested, the attacks must stop.", US_RELEASE);
        assertThat(ownersOf(o, "Tom Ellery")).isEmpty();
        assertThat(ownersOf(o, "Ivan Dravko")).isEmpty();
    }

    @Test
    void aCabinetSecretaryForAPortfolioIsTheUnitedKingdoms() {
        List<OfficeClaim> o = released("Secretary of State for Health Joan Pettifer met nurses in Leeds.",
                "GOV.UK (Department of Health news story)");
        assertThat(ownersOf(o, "Joan Pettifer")).containsExactly("United Kingdom");
    }

    @Test
    void portfoliosWithCommasAndCapitalisedWordsBelongToTheTitle() {
        List<OfficeClaim> o = released("Under Secretary of State for Civilian Security, Democracy, and Human Rights Lena Harcourt "
                + "visited Peru. While in Lima, she met Head of Presidential Administration Raul Quispe. Special Envoy for Andean Women, "
                + "Girls, and Human Rights Dana Whitcombe joined them.", US_RELEASE);
        assertThat(ownersOf(o, "Lena Harcourt")).containsExactly("United States");
        assertThat(ownersOf(o, "Dana Whitcombe")).containsExactly("United States");
        assertThat(o).anySatisfy(c -> assertThat(c.title()).isEqualTo("Head of Presidential Administration"));
        assertThat(ownersOf(o, "Raul Quispe")).containsExactly("Peru");
    }

    @Test
    void aStateInBracketsOrBeforeAListServesEveryoneInIt() {
        List<OfficeClaim> o = offices("The memorandum was signed by Foreign Minister Ana Lucia Vargas and Minister of Environment "
                + "Carlos Mejia (Colombia), Foreign Minister Jorge Brenes (Costa Rica), and Canadian Trade Minister Mary Doyle. "
                + "Doyle later met top Ecuadorian officials including Foreign Minister Pablo Andrade and Minister of Energy Rosa "
                + "Cueva.");
        assertThat(ownersOf(o, "Ana Lucia Vargas")).containsExactly("Colombia");
        assertThat(ownersOf(o, "Carlos Mejia")).containsExactly("Colombia");
        assertThat(ownersOf(o, "Jorge Brenes")).containsExactly("Costa Rica");
        assertThat(ownersOf(o, "Pablo Andrade")).containsExactly("Ecuador");
        assertThat(ownersOf(o, "Rosa Cueva")).containsExactly("Ecuador");
    }

    @Test
    void aTitledSignatoryActsForTheStateHeSignsFor() {
        List<OfficeClaim> o = offices("Minister of Energy Tomas Reyes signed for Chile, and Mr. Hugo Salas, Undersecretary of "
                + "Mines, signed for Peru.");
        assertThat(ownersOf(o, "Tomas Reyes")).containsExactly("Chile");
        assertThat(ownersOf(o, "Hugo Salas")).containsExactly("Peru");
    }

    @Test
    void aRetiredAmbassadorHoldsNoCurrentOffice() {
        List<OfficeClaim> o = offices("Retired ambassador Peter Otieno spoke in Nairobi on Monday. Kenya's government and "
                + "Kenyan officials welcomed his remarks.");
        assertThat(o).noneMatch(c -> c.person().name().equals("Peter Otieno") && c.current());
    }

    @Test
    void anAmbassadorToTheHomeStateIsNotItsOfficial() {
        List<OfficeClaim> o = released("The accords were signed on behalf of Peru by Minister Ana Torres, joined by "
                + "Ambassador to the United States Luis Paredes.", US_RELEASE);
        assertThat(ownersOf(o, "Luis Paredes")).doesNotContain("United States");
    }

    @Test
    void anIncomingOfficialHoldsNoOfficeYet() {
        List<OfficeClaim> o = released("Deputy Secretary of State Wendy Marsh met the president-elect's advisors, including "
                + "incoming Executive Secretary Vicente Roldan, in Quito.", US_RELEASE);
        assertThat(ownersOf(o, "Vicente Roldan")).isEmpty();
    }
}
