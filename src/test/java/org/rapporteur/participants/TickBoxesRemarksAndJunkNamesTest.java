package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Lists in the forms secretariats and spreadsheets leave them: an abbreviated honorific column ("Trat.", "Civ."), and
 * name cells a spreadsheet broke ("#REF!", "#N/A", "####", a character lost in a conversion), which are bad rows.
 */
class TickBoxesRemarksAndJunkNamesTest {

    final ParticipantListReader lists = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    @Test
    void anAbbreviatedHonorificColumnGivesTheGender() {
        ParticipantList spanish = lists.readCsv("UNODC_CCPCJ_EG.4_2019_2_lista.csv", """
                Delegación;Trat.;Nombre;Apellidos;Cargo
                Uruguay;Sra.;Lucía;Ferraz;Directora, Ministerio del Interior
                Uruguay;Sr.;Mateo;Ortiz;Asesor
                """);
        assertThat(spanish.delegates()).extracting(d -> d.entity().code() + " " + d.lastName() + " " + d.gender())
                .containsExactly("URY Ferraz WOMAN", "URY Ortiz MAN");
        ParticipantList french = lists.readCsv("UNODC_CCPCJ_EG.4_2019_2_liste.csv", """
                Pays,Civ.,Prénom,Nom,Fonction
                Belgique,Mme,Inès,Lambert,Conseillère
                Belgique,M.,Hugo,Peeters,Attaché
                """);
        assertThat(french.delegates()).extracting(d -> d.entity().code() + " " + d.lastName() + " " + d.gender())
                .containsExactly("BEL Lambert WOMAN", "BEL Peeters MAN");
    }

    @Test
    void aNameCellTheSpreadsheetBrokeIsABadRowNeverAPerson() {
        ParticipantList list = lists.readCsv("UNODC_CCPCJ_EG.4_2019_2_participants.csv", """
                Country,Title,First name,Last name,Position
                Kenya,Ms.,Wanjiru,Kamau,Counsellor
                Kenya,Mr.,Otieno,#REF!,Attaché
                Kenya,Mr.,#N/A,#N/A,Adviser
                Ghana,Ms.,Efua,####,Director
                Ghana,Mr.,K\uFFFDfi,Boateng,Minister
                Ghana,Ms.,Ama,Owusu,Expert
                #VALUE!,Mr.,Kojo,Asante,Expert
                """);
        assertThat(list.delegates()).extracting(d -> d.line() + " " + d.entity().code() + " " + d.lastName())
                .containsExactly("2 KEN Kamau", "7 GHA Owusu");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 3 REJECTED_ROW", "line 4 REJECTED_ROW", "line 5 REJECTED_ROW",
                        "line 6 REJECTED_ROW", "line 8 REJECTED_ROW");
        assertThat(list.findings().get(0).message()).contains("spreadsheet error").doesNotContain("Otieno");
        assertThat(list.findings().get(4).message()).contains("delegation cell");
    }

    @Test
    void aRemarksColumnThatNamesTheHeadMakesTheHead() {
        ParticipantList english = lists.readCsv("UNODC_CCPCJ_EG.4_2019_2_registrations.csv", """
                Delegation,Title,First name,Last name,Position,Remarks
                Peru,Ms.,Rosa,Quispe,Director,HoD
                Peru,Mr.,Luis,Mamani,"Deputy Head of Delegation, Ministry of Justice",
                Norway,Mr.,Ola,Berg,Adviser,Head
                Norway,Ms.,Kari,Dahl,Expert,Vegetarian
                Fiji,Ms.,Mere,Tora,Counsellor,Head of Delegation; arrives Tuesday
                Fiji,Mr.,Jone,Vula,Attaché,Deputy Head
                """);
        assertThat(english.delegates()).extracting(d -> d.lastName() + " " + d.headOfDelegation())
                .containsExactly("Quispe true", "Mamani false", "Berg true", "Dahl false", "Tora true", "Vula false");
        ParticipantList spanish = lists.readCsv("UNODC_CCPCJ_EG.4_2019_2_inscritos.csv", """
                Delegación;Trat.;Nombre;Apellidos;Cargo;Observaciones
                Honduras;Sra.;Ana;Reyes;Consejera;Jefa de delegación
                Honduras;Sr.;Juan;Cruz;Asesor;Llega el martes
                """);
        assertThat(spanish.delegates()).extracting(d -> d.lastName() + " " + d.headOfDelegation())
                .containsExactly("Reyes true", "Cruz false");
        ParticipantList french = lists.readCsv("UNODC_CCPCJ_EG.4_2019_2_liste.csv", """
                Délégation,Titre,Prénom,NOM,Fonction,Remarques
                Mali,Mme,Awa,TRAORÉ,Conseillère,Cheffe de délégation
                Mali,M.,Moussa,KEITA,Attaché,Chef de délégation adjoint
                """);
        assertThat(french.delegates()).extracting(d -> d.lastName() + " " + d.headOfDelegation())
                .containsExactly("TRAORÉ true", "KEITA false");
    }

    @Test
    void aStarBeforeOrAfterTheNameMarksTheHeadWhereALegendSaysSo() {
        ParticipantList list = lists.readCsv("UNODC_CCPCJ_EG.4_2019_2_list.csv", """
                Expert Group meeting,,,
                * Head of delegation,,,
                Country,Title,Name,Function
                Tunisia,Mr.,*Karim Ben Ali,Director
                Tunisia,Ms.,Leila Haddad,Adviser
                Jordan,Ms.,Rana Khalil *,Counsellor
                """);
        assertThat(list.delegates()).extracting(d -> d.lastName() + " " + d.headOfDelegation())
                .containsExactly("Karim Ben Ali true", "Leila Haddad false", "Rana Khalil true");
    }

    @Test
    void aWholePersonInTheOneNameColumnIsCutIntoNameAndPost() {
        ParticipantList list = lists.readCsv("UNODC_CCPCJ_EG.4_2019_2_participants.csv", """
                Delegation,Participant
                Austria,"H.E. Ms. Eva Gruber, Ambassador, Permanent Representative"
                Austria,"Mr. Lukas Huber, Head of Delegation, Federal Ministry of Justice"
                Belgium,"PEETERS, Jan"
                Belgium,"Mme Inès Lambert; Conseillère juridique"
                Chile,"Sra. Ana Rojas — Fiscal Nacional, Prosecutor"
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.title() + "|" + d.lastName() + "|"
                        + d.position() + "|" + d.gender() + " head " + d.headOfDelegation())
                .containsExactly("AUT H.E. Ms.|H.E. Ms. Eva Gruber|Ambassador, Permanent Representative|WOMAN head false",
                        "AUT Mr.|Mr. Lukas Huber|Head of Delegation, Federal Ministry of Justice|MAN head true",
                        "BEL |PEETERS, Jan||UNKNOWN head false",
                        "BEL Mme|Mme Inès Lambert|Conseillère juridique|WOMAN head false",
                        "CHL Sra.|Sra. Ana Rojas|Fiscal Nacional, Prosecutor|WOMAN head false");
        assertThat(list.findings()).isEmpty();
    }

    @Test
    void aTickBoxBeforeEachPersonSaysWhoCheckedInUnderHeadingsOfATextList() {
        ParticipantList list = lists.readCsv("tides-working-group-participants.txt", """
                Conference of the Parties to the Convention on Tides
                Working Group on Estuaries
                Nairobi, 4-6 March 2026
                Meeting symbol: UNODC/CCPCJ/EG.4/2019/2

                LIST OF PARTICIPANTS
                Legend: [x] = badge collected; [ ] = not collected; (HoD) = Head of Delegation

                =========================
                STATES MEMBERS
                =========================

                KENYA
                  [x] Ms. Wanjiru KAMAU (HoD), Counsellor, Permanent Mission
                  [ ] Mr. Otieno ODHIAMBO, Legal Officer, Financial Intelligence Centre
                  [X] Mr. Baraka MWANGI, Director, Ministry of Justice

                NORWAY
                  [ ] Ms. Kari DAHL (Head of Delegation), Ambassador
                  [x] Mr. Ola BERG, Adviser
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.lastName() + "|" + d.position() + "|"
                        + d.gender() + " head " + d.headOfDelegation() + " in " + d.checkedIn())
                .containsExactly("KEN Ms. Wanjiru KAMAU|Counsellor, Permanent Mission|WOMAN head true in true",
                        "KEN Mr. Otieno ODHIAMBO|Legal Officer, Financial Intelligence Centre|MAN head false in false",
                        "KEN Mr. Baraka MWANGI|Director, Ministry of Justice|MAN head false in true",
                        "NOR Ms. Kari DAHL|Ambassador|WOMAN head true in false",
                        "NOR Mr. Ola BERG|Adviser|MAN head false in true");
    }

    @Test
    void ballotBoxesUnderLabelledHeadingsAndATotalLine() {
        ParticipantList list = lists.readCsv("tides-checkin.txt", """
                Tides Expert Group - UNODC/CCPCJ/EG.4/2019/2
                Check-in list exported 2026-03-02 08:55 UTC
                Legend: ☒ checked in    ☐ not yet checked in

                Delegation: Peru
                ----------------------------------------
                ☒ H.E. Mrs. Rosa Quispe (Head of Delegation), Senior Legal Adviser
                ☐ Mr. Luis Mamani, Second Secretary, Permanent Mission

                Delegation: Korea, Republic of
                ----------------------------------------
                ☐ Ms. Ji-woo Park, Attaché
                ☒ Mr. Min-jun Kim (Head of Delegation), Director

                Total registered: 4
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.lastName() + " " + d.gender()
                        + " head " + d.headOfDelegation() + " in " + d.checkedIn())
                .containsExactly("PER H.E. Mrs. Rosa Quispe WOMAN head true in true",
                        "PER Mr. Luis Mamani MAN head false in false",
                        "KOR Ms. Ji-woo Park WOMAN head false in false",
                        "KOR Mr. Min-jun Kim MAN head true in true");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 15 SUMMARY_ROW");
    }

    @Test
    void ballotBoxesInACheckInColumnAndABrokenHeading() {
        ParticipantList boxes = lists.readCsv("UNODC_CCPCJ_EG.4_2019_2_desk.csv", """
                Delegation;Name;Checked in
                Ghana;Ms. Efua Mensah;☒
                Ghana;Mr. Kojo Asante;☐
                Ghana;Ms. Ama Owusu;[x]
                """);
        assertThat(boxes.delegates()).extracting(d -> d.lastName() + " " + d.checkedIn())
                .containsExactly("Ms. Efua Mensah true", "Mr. Kojo Asante false", "Ms. Ama Owusu true");
        ParticipantList headings = lists.readCsv("UNODC_CCPCJ_EG.4_2019_2_printed.txt", """
                UNODC/CCPCJ/EG.4/2019/2
                MALI
                  [x] Mme Awa TRAORÉ, Conseillère
                #REF!
                  [x] M. Moussa KEITA, Attaché
                  [ ] Ms. #N/A, Adviser
                SENEGAL
                  [ ] M. Cheikh FALL, Conseiller
                """);
        assertThat(headings.delegates()).extracting(d -> d.entity().code() + " " + d.lastName() + " " + d.checkedIn())
                .containsExactly("MLI Mme Awa TRAORÉ true", "SEN Cheikh FALL false");
        assertThat(headings.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 1 SUMMARY_ROW", "line 4 REJECTED_ROW", "line 5 REJECTED_ROW",
                        "line 6 REJECTED_ROW");
    }
}
