package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Sign-in and registration sheets: a column per day marked when the person signed, a "Signed in" column, a Section
 * column that says which organisations are NGOs, and a person registered twice with another honorific.
 */
class SignInSheetsTest {

    final ParticipantListReader reader = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    @Test
    void aPersonMarkedOnAnyDayCameAndOneNeverMarkedDidNot() {
        ParticipantList list = reader.readCsv("ISBA_30_A_4_participants.csv", """
                Delegation;Surname;First name;03/07;04/07;05/07
                Fiji;NAIVALU;Losana;x;;
                Fiji;TUILAGI;Sefo;;;
                Tonga;FIFITA;Mele;;;X
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.lastName() + " " + d.checkedIn())
                .containsExactly("NAIVALU true", "TUILAGI false", "FIFITA true");
    }

    @Test
    void oneDateColumnIsNoSignInSheetAndLeavesCheckInUnknown() {
        ParticipantList list = reader.readCsv("ISBA_30_A_4_participants.csv", """
                Delegation;Surname;First name;Registered 03/07
                Fiji;NAIVALU;Losana;x
                """);
        assertThat(list.delegates()).extracting(Delegate::checkedIn).containsExactly((Boolean) null);
    }

    @Test
    void aSignedInColumnSaysWhoCame() {
        ParticipantList list = reader.readCsv("E_2019_47_attendance.csv", """
                Delegation,Full name,Signed in
                PERU,Rosa Quispe,Y
                PERU,Hugo Mamani,N
                """);
        assertThat(list.delegates()).extracting(d -> d.lastName() + " " + d.checkedIn())
                .containsExactly("Rosa Quispe true", "Hugo Mamani false");
    }

    @Test
    void aSectionColumnNamingNgosKeepsAnNgoTheTablesDoNotList() {
        ParticipantList list = reader.readCsv("A_HRC_61_12_participants.csv", """
                Section,Country / Organization,Name
                States Members of the United Nations,Ghana,Ms. Abena Owusu
                Non-governmental organizations in consultative status with ECOSOC,Friends of the Lakes Alliance,Mr. Tom Reed
                States Members of the United Nations,Friends of the Lakes Alliance,Ms. Ann Reed
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().name() + " " + d.entity().type())
                .containsExactly("Ghana MEMBER_STATE", "Friends of the Lakes Alliance NGO");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 4 REJECTED_ROW");
    }

    @Test
    void aPersonRegisteredAgainWithAnotherHonorificIsOnePerson() {
        ParticipantList list = reader.readCsv("A_HRC_61_12_participants.csv", """
                Country,Name
                Ghana,Ms. Abena OWUSU
                Ghana,Mrs. Abena Owusu
                Ghana,Mr. Kwame Owusu
                """);
        assertThat(list.delegates()).hasSize(2);
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code() + " " + f.message())
                .containsExactly("line 3 DUPLICATE_PARTICIPANT The row repeats line 2 (same person, delegation and "
                        + "meeting); counted once");
    }

    @Test
    void anIntergovernmentalOrganisationTheTablesDoNotListIsKeptUnderItsNameWithoutItsAcronym() {
        ParticipantList list = reader.readCsv("ISBA_30_A_4_participants.csv", """
                Group;Delegation;Surname;First name
                Intergovernmental organization;Lake Basin Commission (LBC);OKELLO;Grace
                Observer;Lake Basin Commission (LBC);OKELLO;Peter
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().name() + " " + d.entity().type() + " " + d.lastName())
                .containsExactly("Lake Basin Commission IGO OKELLO");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code()).containsExactly("line 3 REJECTED_ROW");
        assertThat(ParticipantListReader.unlistedType("IGOs")).hasToString("IGO");
    }

    @Test
    void countriesAsTheWorldBankNamesThem() {
        ParticipantList list = reader.readCsv("TD_B_C.I_CLP_2025_2_participants.csv", """
                Economy;Delegation;Surname;First name
                1;Congo, Dem. Rep.;ILUNGA;Marie
                2;Gambia, The;JALLOW;Awa
                3;Venezuela, RB;PÉREZ;Luis
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code()).containsExactly("COD", "GMB", "VEN");
    }
}
