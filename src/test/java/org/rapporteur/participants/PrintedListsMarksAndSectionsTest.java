package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.reference.EntityType;

/**
 * Printed lists of participants saved as text, as a secretariat issues them: the head marked by a sign a sentence
 * explains, persons indented or at the margin, category lines, a delegation heading no table knows; and rows of a
 * registration export that name two persons, or a total, where a person's post would go on.
 */
class PrintedListsMarksAndSectionsTest {

    final ParticipantListReader lists = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    @Test
    void aDaggerBeforeTheHonorificMarksTheHeadAsASentenceAboveTheListSays() {
        ParticipantList list = lists.readCsv("QRS_4_INF_1.txt", String.join("\n",
                "QRS/4/INF/1",
                "",
                "Panel on Rivers, fourth meeting",
                "",
                "Names preceded by a dagger (†) are those of the heads of delegation.",
                "",
                "MEMBERS OF THE PANEL",
                "",
                "Kenya",
                "   †Ms. Wanjiru Kamau, Director of Water Resources",
                "    Mr. Otieno Odhiambo, Hydrologist",
                "                                - 2 -",
                "",
                "Norway",
                "   †Dr. Ingrid Berg, Senior Adviser",
                "",
                "Federal Isles of Quorn",
                "   †Mr. Amos Tuck, Envoy",
                "",
                "NON-GOVERNMENTAL ORGANIZATIONS",
                "",
                "Riverwatch Collective",
                "   †Ms. Lea Brandt, Coordinator"));
        assertThat(list.delegates()).extracting(d -> d.entity().name() + "|" + d.lastName() + "|" + d.position() + "|"
                + d.headOfDelegation() + "|" + d.line()).containsExactly(
                "Kenya|Ms. Wanjiru Kamau|Director of Water Resources|true|10",
                "Kenya|Mr. Otieno Odhiambo|Hydrologist|false|11",
                "Norway|Dr. Ingrid Berg|Senior Adviser|true|15",
                "Riverwatch Collective|Ms. Lea Brandt|Coordinator|true|23");
        assertThat(list.delegates().get(3).entity().type()).isEqualTo(EntityType.NGO);
        // the page number is no part of a post; the unknown heading and the person under it each on their line
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code()).containsExactly(
                "line 12 SUMMARY_ROW", "line 17 REJECTED_ROW", "line 18 REJECTED_ROW");
    }

    @Test
    void aPrintedListWithItsIndentsLostIsReadByItsBlocks() {
        ParticipantList list = lists.readCsv("QRS_5_INF_1.txt", String.join("\n",
                "QRS/5/INF/1",
                "Panel on Rivers, fifth meeting",
                "",
                "I. Members",
                "",
                "",
                "Chile",
                "Sra. Marta Rojas, Jefa de Servicio, Dirección General de Aguas, Ministerio de Obras Públicas,",
                "Región Metropolitana (Head of Delegation)",
                "Sr. Pablo Soto, Asesor",
                "",
                "Ghana",
                "Mr. Kwame Boateng, Engineer, Water Resources Commission, Accra (Head of Delegation)",
                "[Registrations received after 3 May are not shown]",
                "",
                "Kingdom of Borduria",
                "Mr. Karl Plek, Minister (Head of Delegation)",
                "",
                "Peru",
                "Ms., Hydrologist, Autoridad Nacional del Agua",
                "",
                "Spain",
                "Col. Diego Ruiz, Jefe de Sección, Guardia Civil (Head of Delegation)"));
        assertThat(list.delegates()).extracting(d -> d.entity().code() + "|" + d.lastName() + "|" + d.position() + "|"
                + d.headOfDelegation()).containsExactly(
                "CHL|Sra. Marta Rojas|Jefa de Servicio, Dirección General de Aguas, Ministerio de Obras Públicas, "
                        + "Región Metropolitana|true",
                "CHL|Sr. Pablo Soto|Asesor|false",
                "GHA|Mr. Kwame Boateng|Engineer, Water Resources Commission, Accra|true",
                // a rank, no honorific, right under the delegation's line: its first person
                "ESP|Col. Diego Ruiz|Jefe de Sección, Guardia Civil|true");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code()).containsExactly(
                "line 14 SUMMARY_ROW", "line 16 REJECTED_ROW", "line 17 REJECTED_ROW", "line 20 REJECTED_ROW");
    }

    @Test
    void aSentenceThatNamesTheMarkAndTheHeadIsALegend() {
        assertThat(CellValues.legendSentence("An asterisk (*) before a name marks the head of delegation.")).isTrue();
        assertThat(CellValues.legendSentence("Les chefs de délégation sont signalés par un astérisque.")).isTrue();
        assertThat(CellValues.legendSentence("Heads of delegation are shown with †")).isTrue();
        assertThat(CellValues.legendSentence("An asterisk (*) marks the deputy head of delegation.")).isFalse();
        assertThat(CellValues.legendSentence("*Ms. Ana Lima, Head of Delegation, Ministry of Water")).isFalse();
        assertThat(CellValues.legendSentence("*** Issued without formal editing ***")).isFalse();
    }

    @Test
    void twoPersonsAcrossTheNameCellsOrUnderOneTitleWithASemicolonAreRejected() {
        ParticipantList list = lists.readCsv("QRS_6_2031_2-list.csv", """
                Delegation,Title,First name,Last name,Post
                Fiji,Mr. & Mrs.,Jone & Mere,NAVUA + TORA,Officers
                Fiji,Mr./Ms.,,Seru Rabeni; Ana Tui,Clerks
                Fiji,Ms.,Losa,VEIKUNE,Director
                """);
        assertThat(list.delegates()).extracting(Delegate::lastName).containsExactly("VEIKUNE");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code()).containsExactly(
                "line 2 REJECTED_ROW", "line 3 REJECTED_ROW");
    }

    @Test
    void aTotalInThePostColumnUnderAPersonIsNoPartOfHerPost() {
        ParticipantList list = lists.readCsv("QRS_6_2031_2-list.csv", """
                Delegation,Title,Name,Post
                Fiji,Ms.,Losa Veikune,Director
                ,,,Total participants: 12
                Tonga,Mr.,Sione Fifita,Adviser
                """);
        assertThat(list.delegates()).extracting(d -> d.lastName() + "|" + d.position())
                .containsExactly("Losa Veikune|Director", "Sione Fifita|Adviser");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code()).containsExactly(
                "line 3 SUMMARY_ROW");
    }
}
