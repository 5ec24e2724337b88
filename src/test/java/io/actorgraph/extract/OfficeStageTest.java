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
}
