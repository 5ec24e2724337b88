package io.actorgraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.model.Polarity;
import io.actorgraph.model.Relation;
import io.actorgraph.statement.Office;
import org.junit.jupiter.api.Test;

class FactKeysTest {

    @Test
    void symmetricRelationsHaveOneKeyWhicheverWayRound() {
        assertThat(FactKeys.key(Relation.MET_WITH, "state:ken", "state:nor", Polarity.asserted, null))
                .isEqualTo(FactKeys.key(Relation.MET_WITH, "state:nor", "state:ken", Polarity.asserted, null));
        assertThat(FactKeys.key(Relation.STRUCK, "state:ken", "state:nor", Polarity.asserted, null))
                .isNotEqualTo(FactKeys.key(Relation.STRUCK, "state:nor", "state:ken", Polarity.asserted, null));
    }

    @Test
    void polarityAndOfficeTitleArePartOfTheIdentity() {
        String asserted = FactKeys.key(Relation.MET_WITH, "a", "b", Polarity.asserted, null);
        assertThat(FactKeys.key(Relation.MET_WITH, "a", "b", Polarity.negated, null)).isNotEqualTo(asserted);
        assertThat(FactKeys.key(Relation.HOLDS_OFFICE, "p", "s", Polarity.asserted, new Office("President", null, null, null)))
                .isEqualTo(FactKeys.key(Relation.HOLDS_OFFICE, "p", "s", Polarity.asserted, new Office("president", null, null, true)))
                .isNotEqualTo(FactKeys.key(Relation.HOLDS_OFFICE, "p", "s", Polarity.asserted, new Office("Foreign Minister", null, null, null)));
    }

    @Test
    void keysAreShortHex() {
        assertThat(FactKeys.key(Relation.SIGNED, "a", "b", Polarity.asserted, null)).matches("[0-9a-f]{16}");
    }
}
