package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.NameResolver;
import org.rapporteur.reference.ReferenceData;

/**
 * The capacity in which a speaker spoke is no part of the name, in brackets in French or Spanish ("(observateur)",
 * "(observadora)", "(pays hôte)") or after a comma ("in its capacity as observer", "en su calidad de observador").
 */
class SpeakerCapacitiesTest {

    final StatementsReader statements = new StatementsReader(new NameResolver(ReferenceData.loadDefault()));

    @Test
    void aCapacityInBracketsOrAfterACommaIsDropped() {
        StatementsFile file = statements.read("UNEP_EA.8_4_orateurs.csv", """
                Speaker
                Saint-Siège (observateur)
                Estado de Palestina (observadora)
                Kenya (pays hôte)
                "Unión Europea, en su calidad de observador"
                "African Union, in its capacity as observer, on behalf of its member States"
                """);
        assertThat(file.findings()).isEmpty();
        assertThat(file.statements()).extracting(s -> s.speaker().code())
                .containsExactly("VAT", "PSE", "KEN", "EU", "AU");
    }
}
