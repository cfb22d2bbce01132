package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Lists as registration systems and secretariats export them: a gender column that decides, a registration status
 * that withdraws a row, placeholders, heads marked by a role code or in brackets after the name, sub-total and count
 * rows, headers in two languages, delegations written as missions or in two languages, the meeting in a title row.
 */
class ListFileShapesTest {

    final ParticipantListReader lists = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    @Test
    void aRegistrationExportWithAGenderColumnAStatusAndARoleInTheMeeting() {
        ParticipantList list = lists.readCsv("TD_B_EX_75_4_event_registrations.csv", """
                \uFEFFRef,Title,First Name,Last Name,Gender,Affiliation,Representing,Participation role,Registration state
                71,Dr,Aiko,Mori,Female,Geospatial Authority,Japan,Head of Delegation,Complete
                72,Mr,Kenji,Sato,Prefer not to say,Geospatial Authority,Japan,Deputy Head of Delegation,Complete
                73,Ms,Lea,Brun,Female,Federal Office,Switzerland,Expert,Withdrawn
                74,Mx,Sam,Keller,Male,Federal Office,Switzerland,Head of Delegation,Complete
                75,Mr,TBC,TBC,,,Switzerland,Expert,Complete
                """);
        assertThat(list.delegates()).extracting(d -> d.line() + " " + d.entity().code() + " " + d.gender() + " head "
                        + d.headOfDelegation())
                .containsExactly("2 JPN WOMAN head true", "3 JPN UNKNOWN head false", "5 CHE MAN head true");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 4 REJECTED_ROW", "line 6 REJECTED_ROW");
    }

    @Test
    void roleCodesSemicolonsWithDecimalCommasAndACountLine() {
        ParticipantList list = lists.readCsv("TD_B_EX_75_4_participants.csv", """
                Teilnehmerliste - Export 02.03.2025;;;;;;
                Nr;Delegation;Anrede / Salutation;Name;Vorname / Given name;Role code;Tage / Days
                1;Austria;Frau / Ms.;Huber;Anna;HOD;2,5
                2;Austria;Herr / Mr.;Gruber;Lukas;DHOD;1,5
                3;Permanent Mission of Ghana to the United Nations Office at Vienna;Mr.;Mensah;Kofi;HOD;3
                Anzahl / Count: 3;;;;;;
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.lastName() + " " + d.gender()
                        + " head " + d.headOfDelegation())
                .containsExactly("AUT Huber WOMAN head true", "AUT Gruber MAN head false", "GHA Mensah MAN head true");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 6 SUMMARY_ROW");
    }

    @Test
    void bilingualHeadersSubtotalRowsAndHeadsMarkedAfterTheName() {
        ParticipantList list = lists.readCsv("TD_B_EX_75_4_liste.csv", """
                Pays / Country,Nom et prénom / Name,Sexe (F/H),Fonction / Function
                Sénégal/Senegal,Mme Awa DIOP (Chef de délégation),F,Directrice
                Sénégal/Senegal,M. Cheikh FALL,H,Conseiller
                ,,Sous-total / Subtotal,2
                Togo,M. Koffi AMEGAN (Head),H,Ministre
                Togo,Mme Afi MENSAH (Deputy Head),F,Conseillère
                ,Sous-total / Subtotal,,2
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + (d.firstName() + d.lastName()) + " "
                        + d.gender() + " head " + d.headOfDelegation())
                .containsExactly("SEN Mme Awa DIOP WOMAN head true", "SEN M. Cheikh FALL MAN head false",
                        "TGO M. Koffi AMEGAN MAN head true", "TGO Mme Afi MENSAH WOMAN head false");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 4 SUMMARY_ROW", "line 7 SUMMARY_ROW");
    }

    @Test
    void theMeetingNamedOnlyInATitleRowAboveTheHeader() {
        ParticipantList list = lists.readCsv("liste-des-participants.csv", """
                UNEP/EA.6/2024/10 PROV.
                List of participants
                Delegation,First name,Last name
                Kenya,Wanjiru,Kamau
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.meetingSymbol() + " " + d.entity().code())
                .containsExactly("UNEP/EA.6/2024/10 KEN");
    }
}
