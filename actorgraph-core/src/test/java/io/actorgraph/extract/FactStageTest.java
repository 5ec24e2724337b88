package io.actorgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.model.Relation;
import io.actorgraph.statement.StatementDocument;
import org.junit.jupiter.api.Test;

/** Person-level and party-level facts, events across sentences, and places in states. */
class FactStageTest {

    @Test
    void signatoriesActForTheirGovernmentsAcrossSides() {
        StatementDocument doc = Pipelines.extract("Chilean Mining Minister Ana Soto and Peruvian Energy Minister Luis Paredes "
                + "signed the accord on behalf of their governments.", "2025-07-12");
        assertThat(Pipelines.linked(doc, Relation.SIGNED, "Ana Soto", "Luis Paredes")).isTrue();
        assertThat(Pipelines.linked(doc, Relation.SIGNED, "Ana Soto", "Peru")).isTrue();
        assertThat(Pipelines.linked(doc, Relation.SIGNED, "Chile", "Luis Paredes")).isTrue();
        assertThat(Pipelines.linked(doc, Relation.SIGNED, "Chile", "Peru")).isTrue();
        assertThat(Pipelines.linked(doc, Relation.SIGNED, "Ana Soto", "Chile")).isFalse();
        assertThat(doc.events()).anySatisfy(e -> assertThat(e.participants()).anyMatch(p -> p.forActor() != null));
    }

    @Test
    void signatoriesJoinAnAccordSignedBefore() {
        StatementDocument doc = Pipelines.extract("An agreement was signed between Kenya's state-owned Rift Rail Corporation "
                + "and the Ugandan government. Ugandan Works Minister Grace Achieng signed the accord on behalf of her "
                + "government, while the corporation's managing director, David Mwangi, signed for the company.", "2025-03-14");
        assertThat(Pipelines.linked(doc, Relation.SIGNED, "Grace Achieng", "David Mwangi")).isTrue();
        assertThat(Pipelines.linked(doc, Relation.SIGNED, "Uganda", "David Mwangi")).isTrue();
        assertThat(Pipelines.linked(doc, Relation.SIGNED, "Grace Achieng", "Rift Rail Corporation")).isTrue();
        assertThat(Pipelines.linked(doc, Relation.SIGNED, "Uganda", "Rift Rail Corporation")).isTrue();
    }

    @Test
    void unnamedOfficialsAreTheirState() {
        StatementDocument doc = Pipelines.extract("A Guatemalan official met separately with Mexican Economy Secretary "
                + "Jorge Salinas on Monday.", "2025-08-19");
        assertThat(Pipelines.linked(doc, Relation.MET_WITH, "Guatemala", "Jorge Salinas")).isTrue();
        assertThat(Pipelines.linked(doc, Relation.MET_WITH, "Guatemala", "Mexico")).isTrue();
    }

    @Test
    void negatedParticipationIsANegatedFactWithTheParticipants() {
        StatementDocument doc = Pipelines.extract("Kenyan Foreign Minister Amina Njeri met Ugandan Foreign Minister Paul Okello "
                + "in Nairobi. Tanzanian Transport Minister Rehema Said did not attend the meeting.", "2025-03-14");
        assertThat(Pipelines.facts(doc, Relation.MET_WITH)).contains("Rehema Said > Amina Njeri (neg)");
        assertThat(Pipelines.facts(doc, Relation.MET_WITH)).noneMatch(f -> f.contains("Rehema Said") && !f.endsWith("(neg)"));
    }

    @Test
    void citiesLieInTheirStatesAndForeignGuestsVisit() {
        StatementDocument doc = Pipelines.extract("Kenyan Foreign Minister Amina Njeri met Ugandan Foreign Minister Paul Okello "
                + "in Mombasa on Thursday.", "2025-03-14");
        assertThat(Pipelines.facts(doc, Relation.LOCATED_IN)).contains("Mombasa > Kenya");
        assertThat(Pipelines.facts(doc, Relation.VISITED)).contains("Paul Okello > Mombasa");
        assertThat(Pipelines.facts(doc, Relation.VISITED)).noneMatch(f -> f.startsWith("Amina Njeri"));
    }

    @Test
    void officesAreFactsWithTitleAndEnd() {
        StatementDocument doc = Pipelines.extract("Former Kenyan transport minister Daniel Kiprop Rotich criticised the plan.",
                "2025-03-14");
        assertThat(doc.facts()).anySatisfy(f -> {
            assertThat(f.relation()).isEqualTo(Relation.HOLDS_OFFICE);
            assertThat(f.office().title()).isEqualTo("transport minister");
            assertThat(f.office().isOver()).isTrue();
        });
    }

    @Test
    void aMinistryNamedByItsStateIsThatState() {
        StatementDocument doc = Pipelines.extract("Danish turbine maker Nordvind Systems signed a contract with Ghana's "
                + "energy ministry on Monday.", "2025-09-02");
        assertThat(Pipelines.linked(doc, Relation.SIGNED, "Nordvind Systems", "Ghana")).isTrue();
        assertThat(doc.actors()).anySatisfy(a -> {
            assertThat(a.name()).isEqualTo("Ghana");
            assertThat(a.aliases()).contains("Ghana's energy ministry");
        });
    }

    @Test
    void aProvincialGovernmentIsItsProvinceNotTheCountry() {
        StatementDocument doc = Pipelines.extract("Chilean miner Andes Cobre signed a copper accord with the government of "
                + "Salta province. The accord was signed by Andes Cobre chief executive Tomas Vidal and by Laura Ibarra, "
                + "Salta's energy secretary, on behalf of the provincial government.", "2025-09-02");
        assertThat(Pipelines.linked(doc, Relation.SIGNED, "Andes Cobre", "Salta")).isTrue();
        assertThat(Pipelines.linked(doc, Relation.SIGNED, "Tomas Vidal", "Salta")).isTrue();
        assertThat(Pipelines.linked(doc, Relation.SIGNED, "Tomas Vidal", "Laura Ibarra")).isTrue();
        assertThat(Pipelines.linked(doc, Relation.SIGNED, "Andes Cobre", "Tomas Vidal")).as("its own chief executive").isFalse();
        assertThat(Pipelines.linked(doc, Relation.SIGNED, "Andes Cobre", "Argentina")).isFalse();
    }

    @Test
    void callingSomeoneSomethingIsNoCall() {
        StatementDocument named = Pipelines.extract("Joseph Otieno was sworn in as Kenya's finance minister. EADB Governor "
                + "Ruth Wambui welcomed the appointment in a statement, calling Otieno \"a colleague of great rigour.\"",
                "2025-09-02");
        assertThat(Pipelines.facts(named, Relation.IN_CONTACT_WITH)).isEmpty();
        StatementDocument called = Pipelines.extract("EADB Governor Ruth Wambui called Joseph Otieno on Tuesday.", "2025-09-02");
        assertThat(Pipelines.linked(called, Relation.IN_CONTACT_WITH, "Ruth Wambui", "Joseph Otieno")).isTrue();
    }

    @Test
    void companionsVisitWhereTheirPrincipalVisits() {
        StatementDocument doc = Pipelines.extract("Ghanaian President Kwame Boateng arrived in Madrid on Monday for a state "
                + "visit. Trade Minister Efua Mensah is travelling with the president. Foreign Minister Kofi Adjei did not "
                + "accompany him.", "2025-09-02");
        assertThat(Pipelines.facts(doc, Relation.VISITED)).contains("Kwame Boateng > Madrid", "Efua Mensah > Madrid");
        assertThat(Pipelines.facts(doc, Relation.VISITED)).noneMatch(f -> f.startsWith("Kofi Adjei") && !f.endsWith("(neg)"));
    }

    @Test
    void aCorporateSigningWithItsSignatoriesAndTheirFirms() {
        StatementDocument doc = Pipelines.extract("OSLO/TALLINN, 4 May 2026 – Norwegian power company Fjordline Kraft ASA and "
                + "Estonian grid operator Baltic Grid Systems Ltd today announced that they have signed an agreement under "
                + "which Fjordline will acquire Baltic Grid.\n"
                + "The agreement was signed in Tallinn by Dr. Ingrid Solberg, Chief Executive Officer of Fjordline, and Mart "
                + "Kask, Chairman of the Board of Directors of Baltic Grid.\nMr. Kask said the board backed the offer.",
                "2026-05-04");
        assertThat(Pipelines.linked(doc, Relation.SIGNED, "Fjordline Kraft ASA", "Baltic Grid Systems Ltd")).isTrue();
        assertThat(Pipelines.linked(doc, Relation.SIGNED, "Ingrid Solberg", "Mart Kask")).isTrue();
        assertThat(Pipelines.linked(doc, Relation.SIGNED, "Ingrid Solberg", "Baltic Grid Systems Ltd")).isTrue();
        assertThat(Pipelines.linked(doc, Relation.SIGNED, "Baltic Grid Systems Ltd", "Mart Kask")).as("its own chairman").isFalse();
        assertThat(doc.facts()).anySatisfy(f -> {
            assertThat(f.relation()).isEqualTo(Relation.HOLDS_OFFICE);
            assertThat(f.office().title()).isEqualTo("Chairman");
        });
        assertThat(doc.actors()).noneMatch(a -> a.name().startsWith("Dr") || a.name().startsWith("Mr"));
        assertThat(doc.actors()).anySatisfy(a -> {
            assertThat(a.name()).isEqualTo("Fjordline Kraft ASA");
            assertThat(a.aliases()).contains("Fjordline Kraft");
        });
    }

    @Test
    void credentialsPresentedAndLeadersBroughtTogetherAreMeetings() {
        StatementDocument doc = Pipelines.extract("Chile's new ambassador to Peru, Marta Rojas, presented her credentials to "
                + "Peruvian President Luis Paredes at the government palace in Lima on Monday.\nThe summit, hosted by "
                + "Ghana at the presidential palace, brought together Ghanaian President Kofi Mensah; Togolese President "
                + "Komla Agbeko; and Benin's President Jean Dossou.", "2025-09-02");
        assertThat(Pipelines.linked(doc, Relation.MET_WITH, "Marta Rojas", "Luis Paredes")).isTrue();
        assertThat(Pipelines.facts(doc, Relation.VISITED)).contains("Marta Rojas > Lima");
        assertThat(Pipelines.facts(doc, Relation.HOLDS_OFFICE)).anyMatch(f -> f.startsWith("Marta Rojas > Chile"));
        assertThat(Pipelines.linked(doc, Relation.MET_WITH, "Komla Agbeko", "Jean Dossou")).isTrue();
        assertThat(Pipelines.linked(doc, Relation.MET_WITH, "Kofi Mensah", "Komla Agbeko")).isTrue();
    }

    @Test
    void aSummitsGuestsListedBySemicolonsMetAndVisited() {
        StatementDocument doc = Pipelines.extract("Leaders of Ghana, Togo and Benin met in the Togolese capital, Lome, on "
                + "Saturday.\nThe meeting, hosted by Togo at the presidential palace, brought together Togolese President "
                + "Kossi Amegan, a former finance minister who rose through the ruling party; Ghanaian President Kwesi "
                + "Boateng, a lawyer; and Benin's President Jean Dossou, who has made security his priority.", "2025-09-27");
        assertThat(Pipelines.linked(doc, Relation.MET_WITH, "Kwesi Boateng", "Jean Dossou")).isTrue();
        assertThat(Pipelines.linked(doc, Relation.MET_WITH, "Kossi Amegan", "Jean Dossou")).isTrue();
        assertThat(Pipelines.facts(doc, Relation.VISITED)).contains("Kwesi Boateng > Lome", "Jean Dossou > Lome");
        assertThat(Pipelines.facts(doc, Relation.VISITED)).noneMatch(f -> f.startsWith("Kossi Amegan"));
    }

    @Test
    void aTitleBeforeTheNameAndAPossessivePronounNameTheOffice() {
        StatementDocument doc = Pipelines.extract("Kenya's minister of water and energy, Peter Kamau, hosted his Tanzanian "
                + "counterpart, Joseph Mushi, in Nairobi on Monday.\nUganda was represented by its foreign minister, Grace "
                + "Akello.", "2025-11-18");
        assertThat(Pipelines.facts(doc, Relation.HOLDS_OFFICE)).contains("Peter Kamau > Kenya", "Grace Akello > Uganda");
        assertThat(Pipelines.linked(doc, Relation.MET_WITH, "Peter Kamau", "Joseph Mushi")).isTrue();
        assertThat(Pipelines.facts(doc, Relation.VISITED)).contains("Joseph Mushi > Nairobi");
    }
}
