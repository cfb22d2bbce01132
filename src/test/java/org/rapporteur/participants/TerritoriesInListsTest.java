package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A territory named as a delegation (an associate member of a regional commission or of IMO, a non-self-governing
 * territory) is reported with its ISO 3166 code, not kept as an organisation of the list's section, and not
 * confused with a State.
 */
class TerritoriesInListsTest {

    final ParticipantListReader reader = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    @Test
    void aTerritoryUnderAnOrganisationsSectionIsReportedWithItsCode() {
        ParticipantList list = reader.readCsv("FAL 50_9_participants.csv", """
                Delegation\tType\tName
                MACAO, CHINA\tNGO\tMr LEONG, Ka-ho
                Turks & Caicos Islands\tNGO\tMs HALL, Joy
                Îles Cook\tNGO\tMme TANGI, Mere
                NETHERLANDS (KINGDOM OF THE)\t\tMs DE VRIES, Anna
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code()).containsExactly("NLD");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.message().substring(0, f.message().indexOf(')') + 1))
                .containsExactly("line 2 \"MACAO, CHINA\" is a territory (ISO 3166 MAC)",
                        "line 3 \"Turks & Caicos Islands\" is a territory (ISO 3166 TCA)",
                        "line 4 \"Îles Cook\" is a territory (ISO 3166 COK)");
    }
}
