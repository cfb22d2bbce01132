package org.rapporteur.tables;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.CountryCodes;

/** The codes beside an entity_code: ISO alpha-2 for States and territories, M49 for States only. */
class EntityCodesTest {

    private final CountryCodes countries = CountryCodes.loadDefault();

    @Test
    void aTerritoryHasItsAlpha2CodeAndNoM49() {
        assertThat(EntityCodes.of("ABW", "TERRITORY", countries)).isEqualTo(new EntityCodes("AW", null, "ISO3"));
        assertThat(EntityCodes.of("HKG", "TERRITORY", countries)).isEqualTo(new EntityCodes("HK", null, "ISO3"));
        assertThat(EntityCodes.of("QQQ", "TERRITORY", countries)).isEqualTo(new EntityCodes("", null, "ISO3"));
    }

    @Test
    void anOrganisationHasNeither() {
        assertThat(EntityCodes.of("IUCN", "NGO", countries)).isEqualTo(new EntityCodes("", null, "ACRONYM"));
    }
}
