package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Forms of lists written by other hands (session 12): a date under a header that says only "Registered" as the
 * check-in; persons typed one to a cell under a header of three cells whose middle one is "Title" (the post, which says
 * who heads); a row holding only a whole function under a person whose function is finished (a person whose name is
 * missing, not the rest of the function above); organisations named in French or Spanish; "M." before a given name and
 * a surname (French "Monsieur") where the list is French; a sheet named for its category giving an unlisted
 * organisation its type.
 */
class RegisteredDatesBareFunctionsAndFrenchFormsTest {

    final ParticipantListReader reader = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    private static String summary(Delegate d) {
        return d.entity().code() + " " + d.gender() + (d.headOfDelegation() ? " head" : "") + " " + d.checkedIn();
    }

    @Test
    void aDateUnderRegisteredIsTheCheckIn() {
        ParticipantList list = reader.readCsv("E_CN.99_2031_4_attendees.csv", """
                Participant name,Member State,Post,Head (x),Registered
                Mr. Tomas Brandt,Norway,Counsellor,x,12.03.2031
                Ms. Leona Park,Norway,Attaché,,
                Dr. Amir Sadeq,Jordan,Minister,x,2031-03-13
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(RegisteredDatesBareFunctionsAndFrenchFormsTest::summary)
                .containsExactly("NOR MAN head true", "NOR WOMAN false", "JOR UNKNOWN head true");
    }

    @Test
    void aYesUnderRegisteredMayBeAnOnlineRegistrationAndSaysNothing() {
        ParticipantList list = reader.readCsv("E_CN.99_2031_4_signups.csv", """
                Participant name,Member State,Post,Registered
                Mr. Tomas Brandt,Norway,Counsellor,Yes
                Ms. Leona Park,Norway,Attaché,
                """);
        assertThat(list.delegates()).extracting(Delegate::checkedIn).containsExactly(null, null);
    }

    @Test
    void aBlankUnderRegisteredBesideYesesSaysNothingEither() {
        ParticipantList list = reader.readCsv("E_CN.99_2031_5_roster.csv", """
                Honorific,First name,Surname,Function,Delegation,Registered
                Mr.,Pavel,Novak,Ambassador,Czechia,Yes
                Ms.,Jana,Dvorak,First Secretary,Czechia,yes
                Mr.,Karel,Svoboda,Intern,Czechia,
                """);
        // a column of yeses is a registration flag: the blank beside them is no absence, nobody's check-in is known
        assertThat(list.delegates()).extracting(Delegate::checkedIn).containsExactly(null, null, null);
    }

    @Test
    void aBlankUnderRegisteredIsAnAbsenceWhereALaterRowHoldsADate() {
        ParticipantList list = reader.readCsv("E_CN.99_2031_5_badges.csv", """
                Honorific,First name,Surname,Function,Delegation,Registered
                Mr.,Karel,Svoboda,Intern,Czechia,
                Mr.,Pavel,Novak,Ambassador,Czechia,2031-04-02
                """);
        assertThat(list.delegates()).extracting(Delegate::checkedIn).containsExactly(false, true);
    }

    @Test
    void personsTypedOneToACellUnderANameTitleDelegationHeaderKeepTheirPostAndHead() {
        ParticipantList list = reader.readCsv("E_CN.99_2031_INF_2_attendees.csv", """
                Name,Title,Delegation
                "Mrs. Odile Ferrand, Director-General, Head of Delegation, Senegal"
                "Mr. Karim Bensaid, Legal Officer, Senegal"
                "Ms. Runa Sato, Deputy Head of Delegation, Japan"
                """);
        assertThat(list.delegates()).extracting(RegisteredDatesBareFunctionsAndFrenchFormsTest::summary)
                .containsExactly("SEN WOMAN head null", "SEN MAN null", "JPN WOMAN null");
        assertThat(list.delegates().get(0).position()).isEqualTo("Director-General, Head of Delegation");
    }

    @Test
    void aWholeFunctionUnderAFinishedOneIsAPersonWithoutAName() {
        ParticipantList list = reader.readCsv("A_AC.77_2031_2_delegates.csv", """
                A/AC.77/2031/2
                Name,Post
                PERU
                Sr. Lucas Ibarra,"Minister, Head of Delegation"
                ,Third Secretary
                Sra. Nora Quispe,"Counsellor, Directorate of"
                ,Department of Multilateral Affairs
                Sr. Tomás Vega,Legal Adviser
                ,"Permanent Mission of Peru to the United Nations Office at Vienna"
                """);
        // a function cut after "of" goes on, and so does the institution under a finished post
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " line " + d.line() + " " + d.position())
                .containsExactly("PER line 4 Minister, Head of Delegation",
                        "PER line 6 Counsellor, Directorate of Department of Multilateral Affairs",
                        "PER line 8 Legal Adviser Permanent Mission of Peru to the United Nations Office at Vienna");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 5 REJECTED_ROW");
    }

    @Test
    void organisationsNamedInFrenchOrSpanishAreTheTablesOrganisations() {
        ParticipantList list = reader.readCsv("A_CN.99_2031_5_participants.csv", """
                Civilité;Nom complet;Organisation;Fonction
                Mme;Inès Carvalho;Banque africaine de développement;Juriste
                M.;Hugo Lindqvist;Cour permanente d'arbitrage;Conseiller
                Sra.;Paula Ríos;Centro Internacional de Arreglo de Diferencias Relativas a Inversiones;Asesora
                M.;Théo Marchal;Communauté du Pacifique;Expert
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.gender())
                .containsExactly("AfDB WOMAN", "PCA MAN", "ICSID WOMAN", "SPC MAN");
    }

    @Test
    void aFrenchMBeforeAGivenNameAndASurnameIsAManWhereTheListWritesFrench() {
        // a French header
        ParticipantList byHeader = reader.readCsv("A_AC.77_2031_3_inscrits.csv", """
                Participant,Pays,Fonction
                M. Bruno FAVRE,Belgique,Conseiller
                S.E. M. Marc Lenoir,Belgique,Ambassadeur
                M. Favre,Belgique,Expert
                """);
        assertThat(byHeader.delegates()).extracting(d -> d.entity().code() + " " + d.gender() + " [" + d.title() + "] "
                + d.lastName()).containsExactly("BEL MAN [M.] Bruno FAVRE", "BEL MAN [S.E. M.] Marc Lenoir",
                "BEL UNKNOWN [] M. Favre");
        // French honorifics on other rows of an English header
        ParticipantList byHonorifics = reader.readCsv("A_AC.77_2031_4_attendance.csv", """
                Full name,Country,Post
                M. Jonas Keller,Switzerland,Counsellor
                Mlle Sara Baumann,Switzerland,Intern
                """);
        assertThat(byHonorifics.delegates()).extracting(d -> d.entity().code() + " " + d.gender())
                .containsExactly("CHE MAN", "CHE WOMAN");
        // no French anywhere: an initial
        ParticipantList english = reader.readCsv("A_AC.77_2031_5_attendance.csv", """
                Full name,Country,Post
                M. Jonas Keller,Switzerland,Counsellor
                Ms. Sara Baumann,Switzerland,Intern
                """);
        assertThat(english.delegates()).extracting(d -> d.entity().code() + " " + d.gender())
                .containsExactly("CHE UNKNOWN", "CHE WOMAN");
        // a Spanish list: "S.E." is no sign of French, and "M." may be María
        ParticipantList spanish = reader.readCsv("A_AC.77_2031_6_participantes.csv", """
                Nombre completo,País,Cargo
                S.E. Sr. Andrés Molina,Uruguay,Embajador
                M. Carmen Ledesma,Uruguay,Consejera
                """);
        assertThat(spanish.delegates()).extracting(d -> d.entity().code() + " " + d.gender())
                .containsExactly("URY MAN", "URY UNKNOWN");
    }

    @Test
    void aSheetNamedForItsCategoryGivesAnUnlistedOrganisationItsType() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(workbook.createSheet("Governments"), new String[][] {
                    {"Country / Entity", "Honorific", "Given name", "Family name"},
                    {"Uruguay", "Sra.", "Elena", "Varela"},
                    {"Friends of the Lagoon", "Mr.", "Piet", "Jansen"}});
            fill(workbook.createSheet("NGOs and civil society"), new String[][] {
                    {"Country / Entity", "Honorific", "Given name", "Family name"},
                    {"Friends of the Lagoon", "Ms.", "Lotte", "Visser"},
                    {"Accreditation pending", "Mr.", "Jan", "Smit"},
                    {"Organization to be confirmed", "Ms.", "Eva", "Bakker"}});
            workbook.write(out);
            bytes = out.toByteArray();
        }
        ParticipantList list = reader.readXlsx("UNEP_XY_OEWG.3_2031_7_participants.xlsx", bytes);
        // on the sheet of governments the unknown name stays unknown; on the civil society sheet it is an NGO
        assertThat(list.delegates()).extracting(d -> d.entity().code() + "|" + d.entity().name() + " "
                + d.entity().type()).containsExactly("URY|Uruguay MEMBER_STATE", "|Friends of the Lagoon NGO");
        // a placeholder is no organisation, on a civil society sheet too
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 3 REJECTED_ROW", "sheet \"NGOs and civil society\" line 3 REJECTED_ROW",
                        "sheet \"NGOs and civil society\" line 4 REJECTED_ROW");
    }

    private static void fill(Sheet sheet, String[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
    }
}
