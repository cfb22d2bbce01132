package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A territory named as a delegation (an associate member of a regional commission or of IMO, a non-self-governing
 * territory) is a delegation of type TERRITORY under its ISO 3166 code, not kept as an organisation of the list's
 * section, and not confused with a State.
 */
class TerritoriesInListsTest {

    final ParticipantListReader reader = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    @Test
    void aTerritoryUnderAnOrganisationsSectionIsADelegationWithItsCode() {
        ParticipantList list = reader.readCsv("FAL 50_9_participants.csv", """
                Delegation\tType\tName
                MACAO, CHINA\tNGO\tMr LEONG, Ka-ho
                Turks & Caicos Islands\tNGO\tMs HALL, Joy
                Îles Cook\tNGO\tMme TANGI, Mere
                NETHERLANDS (KINGDOM OF THE)\t\tMs DE VRIES, Anna
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.entity().type() + " "
                        + d.entity().name())
                .containsExactly("MAC TERRITORY Macao SAR China", "TCA TERRITORY Turks & Caicos Islands",
                        "COK TERRITORY Cook Islands", "NLD MEMBER_STATE Netherlands (Kingdom of the)");
    }
}
