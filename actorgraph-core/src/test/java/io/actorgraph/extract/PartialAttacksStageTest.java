package io.actorgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.extract.event.EventStage;
import io.actorgraph.extract.event.Frame;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.model.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attacks told in halves: what was hit in one place, who did it in another (invented sentences). */
class PartialAttacksStageTest {

    private static List<String> attacks(String text) {
        Doc doc = Pipelines.runUpTo(EventStage.class, text, "2025-05-11");
        return doc.frames().stream().filter(f -> f.relation() == Relation.STRUCK)
                .flatMap(f -> f.agents().stream().flatMap(a -> f.targets().stream().map(t -> a.name() + " -> " + t.name())))
                .toList();
    }

    @Test
    void aClaimOfResponsibilityJoinsTheAttackToldSentencesBefore() {
        String text = "Fuel depots belonging to the Kenya Pipeline Company were hit by several drone strikes early on Sunday. "
                + "Fires burned for hours at the site. The al-Shabaab group claimed responsibility for the attacks.";
        assertThat(attacks(text)).contains("al-Shabaab -> Kenya Pipeline Company");
    }

    @Test
    void anAttackByAGroupThatStruckAPlaceIsOneAttack() {
        String text = "The government condemned the attack by al-Shabaab on Monday that struck the main market in Mandera.";
        assertThat(attacks(text)).contains("al-Shabaab -> Mandera");
    }

    @Test
    void aFacilityNamedByItsCityIsWhatWasStruck() {
        String text = "At least 40 people were killed in a bombing at the Kandahar airport on Friday. "
                + "The Islamic State claimed responsibility for the attack. Separately, Russian missiles struck a Kharkiv "
                + "maternity hospital.";
        assertThat(attacks(text)).contains("Islamic State -> Kandahar airport", "Russia -> Kharkiv maternity hospital");
    }

    @Test
    void aVerbWhoseSubjectIsAThingIsNoClaim() {
        String text = "A drone strike on a Beninese army post near the border with Niger killed four soldiers early Sunday.";
        assertThat(attacks(text)).doesNotContain("Niger -> Benin");
    }

    @Test
    void aCarOfSomeMakeIsNotItsMaker() {
        String text = "Tomas Reyes, a 21-year-old cyclist, was struck by a Volvo XC90 driving on the wrong side of the road.";
        assertThat(attacks(text)).noneMatch(a -> a.startsWith("Volvo"));
    }

    @Test
    void withoutAClaimAHalfStaysUnsaid() {
        String text = "Fuel depots belonging to the Kenya Pipeline Company were hit by several drone strikes early on Sunday. "
                + "The al-Shabaab group held a rally in Kismayo.";
        assertThat(attacks(text)).isEmpty();
    }

    @Test
    void aClaimTooFarFromTheAttackIsNotJoined() {
        StringBuilder text = new StringBuilder("Fuel depots belonging to the Kenya Pipeline Company were hit by drone strikes on Sunday. ");
        for (int i = 0; i < 14; i++) {
            text.append("Traders in Nairobi reported brisk sales of maize and beans on day ").append(i + 1).append(". ");
        }
        text.append("The al-Shabaab group claimed responsibility for the attacks.");
        assertThat(attacks(text.toString())).isEmpty();
    }
}
