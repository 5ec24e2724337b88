package io.actorgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {

    private final Countries world = Countries.world();

    @Test
    void coversEveryUnMemberAndTheObservers() {
        assertThat(world.all()).hasSizeGreaterThanOrEqualTo(195);
        assertThat(world.byCode("PSE")).isPresent();
        assertThat(world.byCode("VAT")).isPresent();
    }

    @Test
    void variantsOfOneStateMeet() {
        assertThat(world.byName("Türkiye")).isEqualTo(world.byName("Turkey"));
        assertThat(world.byName("U.S.").map(Country::code)).contains("USA");
        assertThat(world.byName("United States of America").map(Country::code)).contains("USA");
        assertThat(world.byName("Ivory Coast")).isEqualTo(world.byName("Côte d'Ivoire"));
        assertThat(world.byName("Czechia")).isEqualTo(world.byName("Czech Republic"));
    }

    @Test
    void demonymsAndGovernmentsNameTheirState() {
        assertThat(world.byDemonym("Kenyan").map(Country::code)).contains("KEN");
        assertThat(world.byAnyName("the Norwegian government").map(Country::code)).contains("NOR");
        assertThat(world.byAnyName("Chilean authorities").map(Country::code)).contains("CHL");
        assertThat(world.byAnyName("Ruritania")).isEmpty();
    }

    @Test
    void capitalsAndCitiesLieInTheirState() {
        assertThat(world.byCity("Nairobi").map(Country::code)).contains("KEN");
        assertThat(world.byCity("Kyiv")).isEqualTo(world.byCity("Kiev"));
    }
}
