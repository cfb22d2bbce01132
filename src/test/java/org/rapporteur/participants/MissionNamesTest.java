package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.Entity;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/** A delegation written as its State's mission names the State; one written in two languages names what both name. */
class MissionNamesTest {

    final NameResolver resolver = new NameResolver(ReferenceData.loadDefault());

    private String code(String cell) {
        return MissionNames.state(resolver, cell).map(Entity::code).orElse("none");
    }

    @Test
    void aMissionInEnglishFrenchOrSpanishNamesItsState() {
        assertThat(code("Permanent Mission of Ghana to the United Nations Office at Vienna")).isEqualTo("GHA");
        assertThat(code("Permanent Mission of the Republic of Korea to the United Nations")).isEqualTo("KOR");
        assertThat(code("Mission permanente du Sénégal auprès de l'Office des Nations Unies à Genève"))
                .isEqualTo("SEN");
        assertThat(code("Misión Permanente del Ecuador en Viena")).isEqualTo("ECU");
        assertThat(code("Embassy of Trinidad and Tobago in Brussels")).isEqualTo("TTO");
        assertThat(code("Permanent Mission of Ghana, Vienna")).isEqualTo("GHA");
    }

    @Test
    void aMissionThatNamesNoStateNamesNoDelegation() {
        assertThat(code("Permanent Mission in Vienna")).isEqualTo("none");
        assertThat(code("Ministry of Foreign Affairs of Ghana")).isEqualTo("none");
        assertThat(MissionNames.state(resolver, "")).isEqualTo(Optional.empty());
    }

    @Test
    void aNameInTwoLanguagesNamesWhatItsPartsName() {
        assertThat(BilingualNames.resolve(resolver, "Sénégal/Senegal").map(Entity::code)).contains("SEN");
        assertThat(BilingualNames.resolve(resolver, "ÉTHIOPIE/ETHIOPIA").map(Entity::code)).contains("ETH");
        assertThat(BilingualNames.resolve(resolver, "Chile/Peru")).isEmpty();
        assertThat(BilingualNames.resolve(resolver, "Ghana")).isEmpty();
    }
}
