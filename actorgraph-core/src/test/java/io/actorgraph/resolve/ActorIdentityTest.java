package io.actorgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.model.ActorType;
import io.actorgraph.statement.ActorStatement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorIdentityTest {

    private final Countries world = Countries.world();

    private ActorIdentity of(ActorType type, String name, String... aliases) {
        return ActorIdentity.of(new ActorStatement("x", type, name, List.of(aliases)), world);
    }

    @Test
    void spellingsOfAStateGetOneKeyAndTheLexiconName() {
        ActorIdentity us = of(ActorType.State, "U.S.");
        ActorIdentity full = of(ActorType.State, "the United States");
        assertThat(us.proposedKey()).isEqualTo(full.proposedKey()).isEqualTo("state:usa");
        assertThat(us.name()).isEqualTo("United States");
        assertThat(us.fixedKey()).isTrue();
        assertThat(of(ActorType.State, "Türkiye").proposedKey()).isEqualTo(of(ActorType.State, "Turkey").proposedKey());
    }

    @Test
    void aCountryTaggedAsPlaceIsStillTheState() {
        assertThat(of(ActorType.Place, "Kenya").type()).isEqualTo(ActorType.State);
        assertThat(of(ActorType.Place, "Nairobi").type()).isEqualTo(ActorType.Place);
    }

    @Test
    void aSharedShortAliasIsNotEnoughToBeTheSamePerson() {
        ActorIdentity omar = of(ActorType.Person, "Omar Haddad", "Haddad");
        // the graph knows Samir Haddad, also written "Haddad"
        assertThat(omar.sameAs(ActorType.Person, "samir haddad", Set.of("samir haddad", "haddad"))).isFalse();
        ActorIdentity shortForm = of(ActorType.Person, "Haddad");
        assertThat(shortForm.sameAs(ActorType.Person, "samir haddad", Set.of("samir haddad", "haddad"))).isTrue();
    }

    @Test
    void firmsAndOrganisationsMeetButPeopleAndStatesDoNot() {
        ActorIdentity firm = of(ActorType.Firm, "Fjordgas");
        assertThat(firm.sameAs(ActorType.Organisation, "fjordgas", Set.of("fjordgas"))).isTrue();
        assertThat(firm.proposedKey()).isEqualTo(of(ActorType.Organisation, "Fjordgas").proposedKey());
        assertThat(of(ActorType.Person, "Jordan Pike").sameAs(ActorType.State, "jordan pike", Set.of("jordan pike"))).isFalse();
    }

    @Test
    void theFullerNameWins() {
        assertThat(ActorIdentity.fuller("Kamau", "Wanjiru Kamau")).isEqualTo("Wanjiru Kamau");
        assertThat(ActorIdentity.fuller("Wanjiru Kamau", "Kamau")).isEqualTo("Wanjiru Kamau");
        assertThat(ActorIdentity.fuller("Kamau", "Peter Otieno")).isEqualTo("Kamau");
    }
}
