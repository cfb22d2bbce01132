package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Printed lists converted to CSV (from PDF or a Word table): the page furniture carried over between delegations
 * (running header, job number and page, the column header repeated), functions wrapped onto rows of their own, and a
 * head of delegation whose home post follows a comma ("Head of delegation, Deputy Director").
 */
class ConvertedListsTest {

    final ParticipantListReader reader = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    @Test
    void pageFurnitureAndWrappedFunctionsNeitherEndADelegationNorCountButFurnitureIsNoted() {
        ParticipantList list = reader.readCsv("A_AC.109_2025_3_participants.csv", """
                Name / Nom,Function / Fonction
                MEMBER STATES / ÉTATS MEMBRES,
                FINLAND / FINLANDE,
                Ms. Aino VIRTANEN,"Head of Delegation, Deputy Director,"
                ,"Unit for Ocean Affairs, Ministry for Foreign Affairs"
                Mr. Mikko LAINE,Adviser
                A/AC.109/2025/INF/2,
                25-11873,4/7
                Name / Nom,Function / Fonction
                Ms. Helmi KOSKINEN,Intern
                GHANA / GHANA,
                Mr. Kofi ASANTE,"Deputy Head of Delegation, Minister"
                """);
        // the furniture is noted with its line (INFO), never counted, and the delegation goes on under it
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code() + " " + f.severity())
                .containsExactly("line 7 SUMMARY_ROW INFO", "line 8 SUMMARY_ROW INFO", "line 9 SUMMARY_ROW INFO");
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.lastName() + " line " + d.line()
                        + (d.headOfDelegation() ? " head" : ""))
                .containsExactly("FIN Ms. Aino VIRTANEN line 4 head", "FIN Mr. Mikko LAINE line 6",
                        "FIN Ms. Helmi KOSKINEN line 10", "GHA Mr. Kofi ASANTE line 12");
        assertThat(list.delegates().get(0).position())
                .isEqualTo("Head of Delegation, Deputy Director, Unit for Ocean Affairs, Ministry for Foreign Affairs");
    }

    @Test
    void aRowWithOnlyAFunctionThatFollowsNoPersonIsStillReported() {
        ParticipantList list = reader.readCsv("A_AC.109_2025_3_participants.csv", """
                Country,Name,Function
                Finland,Ms. Aino Virtanen,Adviser
                ,,
                ,,Legal Officer
                """);
        assertThat(list.delegates()).hasSize(1);
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code() + " " + f.message())
                .containsExactly("line 4 REJECTED_ROW No first or last name; the row is left out");
    }

    @Test
    void theDeputyStaysNoHeadWhateverFollowsTheComma() {
        assertThat(CellValues.headByPosition("Head of delegation, Deputy Minister")).isTrue();
        assertThat(CellValues.headByPosition("Chef de délégation adjoint")).isFalse();
        assertThat(CellValues.headByPosition("Deputy Head of Delegation, Director")).isFalse();
        assertThat(CellValues.headByPosition("Adviser to the Head of Delegation")).isFalse();
    }

    @Test
    void aWordTableSavedAsCsvGivesEachBlockItsFirstRowsDelegation() {
        ParticipantList list = reader.readCsv("A_AC.109_2025_3_participants.csv", """
                Delegation,Role,Name and title
                MEMBERS,,
                Finland,Head of delegation,"Ms. Aino Virtanen, Ambassador"
                ,Adviser,"Mr. Mikko Laine, Counsellor"
                ,Adviser,"Ms. Helmi Koskinen, Attaché"
                Ghana,Head of delegation,"Mr. Kofi Asante, Minister"
                ,Alternate,"Ms. Efua Mensah, First Secretary"
                ,,
                ,Adviser,"Mr. Yaw Boateng, Adviser"
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " line " + d.line())
                .containsExactlyInAnyOrder("FIN line 3", "FIN line 4", "FIN line 5", "GHA line 6", "GHA line 7");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code() + " " + f.message())
                .containsExactly("line 9 REJECTED_ROW No delegation; the row is left out");
    }

    @Test
    void oneOrTwoEmptyDelegationsUnderAPersonAreMistakesNotBlocks() {
        ParticipantList list = reader.readCsv("A_AC.109_2025_3_participants.csv", """
                Delegation,Name
                Finland,Ms. Aino Virtanen
                ,Mr. Mikko Laine
                Ghana,Mr. Kofi Asante
                ,Ms. Efua Mensah
                Peru,Ms. Rosa Quispe
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code()).containsExactly("FIN", "GHA", "PER");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 3 REJECTED_ROW", "line 5 REJECTED_ROW");
    }
}
