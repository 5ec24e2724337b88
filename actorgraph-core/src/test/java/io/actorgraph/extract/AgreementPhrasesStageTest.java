package io.actorgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.event.EventStage;
import io.actorgraph.extract.event.Frame;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.model.Relation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Agreements told without "sign": entering into one, concluding one, holding a contract (invented sentences). */
class AgreementPhrasesStageTest {

    private static Set<String> signedSides(String text) {
        Doc doc = Pipelines.runUpTo(EventStage.class, text, "2025-07-12");
        List<Frame> signed = doc.frames().stream().filter(f -> f.relation() == Relation.SIGNED).toList();
        Set<String> sides = new HashSet<>();
        for (Frame f : signed) {
            f.agents().stream().map(Entity::name).forEach(sides::add);
            f.targets().stream().map(Entity::name).forEach(sides::add);
        }
        return sides;
    }

    @Test
    void enteringIntoAnAgreementWithSomeoneIsSigningIt() {
        assertThat(signedSides("Kenya entered into a water-sharing agreement with Ethiopia on Monday."))
                .contains("Kenya", "Ethiopia");
    }

    @Test
    void concludingAPactIsSigningItButConcludingTalksIsNot() {
        assertThat(signedSides("Uganda concluded a defence pact with Rwanda in Kigali.")).contains("Uganda", "Rwanda");
        assertThat(signedSides("Uganda concluded two days of talks with Rwanda in Kigali.")).isEmpty();
    }

    @Test
    void aContractBetweenTwoPartiesIsSigned() {
        assertThat(signedSides("The Velmar Shipping Company holds a ten-year supply contract with Tanzania."))
                .contains("Velmar Shipping Company", "Tanzania");
    }
}
