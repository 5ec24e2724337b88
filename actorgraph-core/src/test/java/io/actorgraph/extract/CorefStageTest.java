package io.actorgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.extract.coref.CorefStage;
import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.model.ActorType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Light coreference: short names, pronouns, descriptions, country variants, acronyms. */
class CorefStageTest {

    private static Doc coref(String text) {
        return Pipelines.runUpTo(CorefStage.class, text, "2025-03-01");
    }

    private static List<Entity> referentsOf(Doc doc, String word, int occurrence) {
        int seen = 0;
        for (Mention m : doc.ordered()) {
            if (m.text().equalsIgnoreCase(word) && seen++ == occurrence) {
                return doc.referents(m);
            }
        }
        throw new AssertionError("no mention " + word);
    }

    @Test
    void aShortNameIsThePersonNamedInFull() {
        Doc doc = coref("Kenyan Foreign Minister Amani Wekesa Odongo met officials. Odongo said the talks went well.");
        Entity e = Pipelines.entity(doc, "Amani Wekesa Odongo").orElseThrow();
        assertThat(e.aliases()).contains("Odongo");
        assertThat(doc.entities().stream().filter(x -> x.type() == ActorType.Person)).hasSize(1);
    }

    @Test
    void aPossessiveBeforeTheSubjectRefersForward() {
        Doc doc = coref("During his visit to Lima, Tomas Berg met Peruvian officials.");
        assertThat(referentsOf(doc, "his", 0)).extracting(Entity::name).containsExactly("Tomas Berg");
    }

    @Test
    void anObjectPronounIsNotItsOwnClauseSubject() {
        Doc doc = coref("Marta Silva held talks with Jon Eide in Oslo and then co-signed the deal with him.");
        assertThat(referentsOf(doc, "him", 0)).extracting(Entity::name).containsExactly("Jon Eide");
    }

    @Test
    void descriptionsFindTheLastFittingActor() {
        Doc doc = coref("The army struck camps of the Eastern Liberation Front (ELF) on Sunday. "
                + "The group later attacked a base. The ELF denied it. Norsk Fjellkraft said the company would sue.");
        assertThat(referentsOf(doc, "The group", 0)).extracting(Entity::name).containsExactly("Eastern Liberation Front");
        assertThat(referentsOf(doc, "ELF", 0)).extracting(Entity::name).containsExactly("Eastern Liberation Front");
        assertThat(referentsOf(doc, "the company", 0)).extracting(Entity::name).containsExactly("Norsk Fjellkraft");
    }

    @Test
    void theTwoCountriesAreTheLastTwoStates() {
        Doc doc = coref("Ghana and Togo held talks in Accra. The two countries agreed to reopen the border.");
        assertThat(referentsOf(doc, "The two countries", 0)).extracting(Entity::name).containsExactlyInAnyOrder("Ghana", "Togo");
    }

    @Test
    void weInAQuoteIsTheSpeakersSide() {
        Doc doc = coref("\u201CWe signed a gas agreement with Kenya today,\u201D Ugandan Energy Minister Ruth Nabirye told reporters.");
        assertThat(referentsOf(doc, "We", 0)).extracting(Entity::name).containsExactly("Uganda");
    }

    @Test
    void countryVariantsAreOneState() {
        Doc doc = coref("Türkiye and Syria met. Turkey later denied it, Turkish officials said.");
        assertThat(doc.entities().stream().filter(e -> e.isState() && e.country().code().equals("TUR"))).hasSize(1);
    }

    @Test
    void aLongGroupNameKeepsItsRegionAndItsShortForm() {
        Doc doc = coref("An armed group calling itself the Movement for the Defence of the Liptako, or MDL, claimed "
                + "responsibility in a message posted on Telegram. Niger's government said the MDL operates from camps near Tera.");
        Entity group = Pipelines.entity(doc, "Movement for the Defence of the Liptako").orElseThrow();
        assertThat(group.aliases()).contains("MDL");
        assertThat(referentsOf(doc, "MDL", 1)).containsExactly(group);
    }

    @Test
    void firmsAreAlsoKnownWithoutTheirLegalForm() {
        Doc doc = coref("Norwegian power company Fjordline Kraft ASA said on Monday it would buy a rival.");
        assertThat(Pipelines.entity(doc, "Fjordline Kraft ASA").orElseThrow().aliases()).contains("Fjordline Kraft");
    }

    @Test
    void aFirmTakesTheStateWhosePossessiveIntroducesIt() {
        Doc doc = coref("Mozambique's state-owned energy company, Hidrocarbonetos Nacionais de Moçambique (HNM), signed two "
                + "agreements with Portugal's Lusatlântica Energia and Japan's Kaisei Resources on Tuesday.");
        assertThat(Pipelines.entity(doc, "Hidrocarbonetos Nacionais de Moçambique").orElseThrow().country().code()).isEqualTo("MOZ");
        assertThat(Pipelines.entity(doc, "Lusatlântica Energia").orElseThrow().country().code()).isEqualTo("PRT");
        assertThat(Pipelines.entity(doc, "Kaisei Resources").orElseThrow().country().code()).isEqualTo("JPN");
    }
}
