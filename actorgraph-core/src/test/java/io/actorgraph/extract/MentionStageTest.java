package io.actorgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.mention.MentionStage;
import io.actorgraph.extract.mention.TitleClaim;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.model.ActorType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names, titles (the title grammar), demonym phrases and descriptors, on invented sentences. */
class MentionStageTest {

    private static Doc mentions(String text) {
        return Pipelines.runUpTo(MentionStage.class, text, "2025-03-01");
    }

    private static Mention person(Doc doc, String name) {
        return doc.mentions().stream().filter(m -> m.type() == ActorType.Person && m.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + name + " in " + doc.mentions()));
    }

    private static String owner(Doc doc, TitleClaim c) {
        if (c.country() != null) {
            return c.country().name();
        }
        return c.ownerMention() < 0 ? null : doc.mentions().get(c.ownerMention()).text();
    }

    @Test
    void coordinatedTitlesBelongToOneFullName() {
        Doc doc = mentions("Norway's Trade Minister and Havbruk's Supervisory Board Chair Eirik Solheim co-signed the deal.");
        Mention m = person(doc, "Eirik Solheim");
        assertThat(m.titles()).extracting(TitleClaim::title).containsExactly("Trade Minister", "Supervisory Board Chair");
        assertThat(m.titles()).extracting(c -> owner(doc, c)).containsExactly("Norway", "Havbruk");
    }

    @Test
    void andInsideATitleAndPortfolioWords() {
        Doc doc = mentions("Peruvian Energy and Mines Minister Lucia Andrade Rios arrived in Lima.");
        Mention m = person(doc, "Lucia Andrade Rios");
        assertThat(m.titles()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Energy and Mines Minister");
            assertThat(c.country().code()).isEqualTo("PER");
        });
    }

    @Test
    void appositiveTitleWithItsOrganisation() {
        Doc doc = mentions("Tomas Berg, managing director of Nordlys Shipping, criticised the plan.");
        Mention m = person(doc, "Tomas Berg");
        assertThat(m.titles()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("managing director");
            assertThat(owner(doc, c)).isEqualTo("Nordlys Shipping");
        });
    }

    @Test
    void envoyToAStateIsAnOfficeOfTheSendingState() {
        Doc doc = mentions("U.S. Special Envoy to Sudan Carla Whitfield arrived on Monday.");
        assertThat(person(doc, "Carla Whitfield").titles()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Special Envoy to Sudan");
            assertThat(c.country().code()).isEqualTo("USA");
        });
    }

    @Test
    void formerAndLateEndAnOffice() {
        Doc doc = mentions("Former Chilean mining minister Rodrigo Fuentes Vidal and the late Kenyan envoy Paul Mutua were named.");
        assertThat(person(doc, "Rodrigo Fuentes Vidal").titles().get(0).ended()).isTrue();
        assertThat(person(doc, "Paul Mutua").titles().get(0).ended()).isTrue();
    }

    @Test
    void ellipticCoordinationOfDemonymsGivesTwoStates() {
        Doc doc = mentions("A Peruvian and a Chilean official met in Lima on Friday.");
        List<Mention> officials = doc.mentions().stream().filter(m -> m.has(Mention.Flag.OFFICIAL)).toList();
        assertThat(officials).extracting(m -> m.country().code()).containsExactly("PER", "CHL");
    }

    @Test
    void demonymPhrasesStandForTheirStateButEventNounsStayEvents() {
        Doc doc = mentions("The Ghanaian government condemned Malian strikes.");
        assertThat(doc.mentions()).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo(Mention.Kind.STATE_PHRASE);
            assertThat(m.country().code()).isEqualTo("GHA");
        });
        assertThat(doc.mentions()).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo(Mention.Kind.DEMONYM);
            assertThat(m.country().code()).isEqualTo("MLI");
        });
    }

    @Test
    void descriptorsMakeNamesFirmsAndPlaces() {
        Doc doc = mentions("The Dutch shipbuilder Maas Werven hit back near the town of Ovreveld and in Kenya's capital.");
        assertThat(doc.mentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Maas Werven");
            assertThat(m.type()).isEqualTo(ActorType.Firm);
            assertThat(m.country().code()).isEqualTo("NLD");
        });
        assertThat(doc.mentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Ovreveld");
            assertThat(m.type()).isEqualTo(ActorType.Place);
        });
        assertThat(doc.mentions()).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo(Mention.Kind.CAPITAL);
            assertThat(m.text()).isEqualTo("Nairobi");
        });
    }

    @Test
    void theDatelineIsNoMention() {
        Doc doc = mentions("OSLO, May 3 (Reuters) - Norwegian Energy Minister Kari Lunde met Swedish officials.");
        assertThat(doc.mentions()).noneMatch(m -> m.text().equals("OSLO"));
        assertThat(person(doc, "Kari Lunde").titles().get(0).country().code()).isEqualTo("NOR");
    }
}
