package io.actorgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.event.EventStage;
import io.actorgraph.extract.event.Frame;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.model.Relation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Attacks told through words the relation lexicon has from PETRARCH2's CAMEO dictionary
 * ({@code extract/cameo-triggers.tsv}: a derived verb, noun or weapon) or through nouns of attack whose
 * sides sit apart from the default ("his murder by X"). Every sentence is invented.
 */
class CameoTriggerStageTest {

    private static List<Frame> frames(String text, Relation relation) {
        Doc doc = Pipelines.runUpTo(EventStage.class, text, "2025-07-12");
        return doc.frames().stream().filter(f -> f.relation() == relation).toList();
    }

    private static Set<String> names(Set<Entity> es) {
        return es.stream().map(Entity::name).collect(Collectors.toSet());
    }

    @Test
    void aKillingIsAnAttackOnTheVictimsSide() {
        List<Frame> struck = frames("Gunmen of the Velmar Liberation Front killed three soldiers of the Ugandan army near Gulu.",
                Relation.STRUCK);
        assertThat(struck).anySatisfy(f -> {
            assertThat(names(f.agents())).contains("Velmar Liberation Front");
            assertThat(names(f.targets())).contains("Uganda");
        });
    }

    @Test
    void torchingAPlaceStrikesThePlace() {
        List<Frame> struck = frames("Fighters of the Velmar Liberation Front torched a police station in Goma on Tuesday.",
                Relation.STRUCK);
        assertThat(struck).anySatisfy(f -> {
            assertThat(names(f.agents())).contains("Velmar Liberation Front");
            assertThat(names(f.targets())).contains("Goma");
        });
    }

    @Test
    void aWarAgainstAStateIsItsAttackers() {
        List<Frame> struck = frames("Eritrea's war against Djibouti entered its third year on Monday.", Relation.STRUCK);
        assertThat(struck).anySatisfy(f -> {
            assertThat(names(f.agents())).contains("Eritrea");
            assertThat(names(f.targets())).contains("Djibouti");
        });
    }

    @Test
    void firingAWeaponTheDictionaryNamesIsAnAttack() {
        List<Frame> struck = frames("The Velmar Liberation Front fired mortars at Beni overnight.", Relation.STRUCK);
        assertThat(struck).anySatisfy(f -> {
            assertThat(names(f.agents())).contains("Velmar Liberation Front");
            assertThat(names(f.targets())).contains("Beni");
        });
    }

    @Test
    void anAmbushOnSoldiersStrikesTheirState() {
        List<Frame> struck = frames("Fighters of the Velmar Liberation Front carried out an ambush on Ugandan soldiers near Gulu.",
                Relation.STRUCK);
        assertThat(struck).anySatisfy(f -> {
            assertThat(names(f.agents())).contains("Velmar Liberation Front");
            assertThat(names(f.targets())).contains("Uganda");
        });
    }

    @Test
    void theVictimOfAMurderIsItsPossessorOrObjectAndTheKillersComeAfterBy() {
        List<Frame> struck = frames("Journalist Tomas Brenner was last seen in Asmara. His murder by Eritrean agents "
                + "was confirmed on Friday.", Relation.STRUCK);
        assertThat(struck).anySatisfy(f -> {
            assertThat(names(f.agents())).containsExactly("Eritrea");
            assertThat(names(f.targets())).containsExactly("Tomas Brenner");
        });
        assertThat(frames("The killing of Tomas Brenner by Eritrean operatives shocked the press in Asmara.", Relation.STRUCK))
                .anySatisfy(f -> assertThat(names(f.targets())).containsExactly("Tomas Brenner"))
                .noneSatisfy(f -> assertThat(names(f.agents())).contains("Tomas Brenner"));
    }
}
