package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Lists as registration systems and secretariats really export them: a title line above a semicolon header, the
 * most specific of two candidate columns, honorifics inside a full name, a head-of-delegation column, check-in times,
 * formulas, several sheets, total lines, stray quotes and shifted cells. Each case states the counts a secretariat
 * would expect.
 */
class RegistrationExportFormsTest {

    final ParticipantListReader reader = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    @Test
    void aTitleLineWithCommasAboveASemicolonHeaderDoesNotHideTheList() {
        ParticipantList list = reader.readCsv("CTOC_COP_WG.3_2024_2.csv", """
                List of participants, Vienna, 27-29 March 2024
                Title;First Name;Last Name;Delegation
                Ms.;Ana;Souza;Brazil
                Mr.;Luis;Prado;Peru
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.gender() + " line " + d.line())
                .containsExactly("BRA WOMAN line 3", "PER MAN line 4");
    }

    @Test
    void theMostSpecificHeaderWinsWhereTwoCouldBeTheSameColumn() {
        ParticipantList list = reader.readCsv("CTOC_COP_WG.3_2024_2.csv", """
                First Name,Last Name,Organization,Delegation,Registered,Checked in,Session
                Ana,Souza,Ministry of Justice,Brazil,Yes,No,Morning
                Luis,Prado,Federal Police,Peru,Yes,Yes,Afternoon
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.checkedIn() + " "
                + d.meetingSymbol()).containsExactly("BRA false CTOC/COP/WG.3/2024/2", "PER true CTOC/COP/WG.3/2024/2");
    }

    @Test
    void anHonorificInsideAFullNameGivesTheGenderAndALoneInitialDoesNot() {
        ParticipantList list = reader.readCsv("CTOC_COP_WG.3_2024_2.csv", """
                Full Name,Country
                Ms. Ana Souza,Brazil
                Mr Luis Prado,Peru
                M. Nusrat Khan,Pakistan
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.gender())
                .containsExactly("BRA WOMAN", "PER MAN", "PAK UNKNOWN");
    }

    @Test
    void portugueseAndSpanishAbbreviationsWithOrdinalIndicators() {
        assertThat(Gender.fromHonorific("Sr.ª")).isEqualTo(Gender.WOMAN);
        assertThat(Gender.fromHonorific("Srª")).isEqualTo(Gender.WOMAN);
        assertThat(Gender.fromHonorific("Sr.º")).isEqualTo(Gender.MAN);
        assertThat(Gender.fromHonorific("Civilité")).isEqualTo(Gender.UNKNOWN);
        assertThat(Gender.fromHonorific("Sig.ra")).isEqualTo(Gender.WOMAN);
        assertThat(Gender.fromHonorific("Sig.")).isEqualTo(Gender.MAN);
    }

    @Test
    void onlyTheHeadIsTheHeadNotThoseWhoWorkForHerNorAFormerOne() {
        ParticipantList list = reader.readCsv("CTOC_COP_WG.3_2024_2.csv", """
                Last Name,Fonction,Pays
                A,Head of Delegation,France
                B,Adviser to the Head of Delegation,France
                C,Assistant to the Head of Delegation,France
                D,Chef de délégation adjoint,France
                E,Jefa de Delegación Alterna,Spain
                F,Former Head of Delegation,Spain
                G,"Ambassador, Permanent Representative, Head of Delegation",Spain
                """);
        assertThat(list.delegates()).extracting(d -> d.lastName() + "=" + d.headOfDelegation())
                .containsExactly("A=true", "B=false", "C=false", "D=false", "E=false", "F=false", "G=true");
    }

    @Test
    void aHeadOfDelegationColumnAndCheckInTimesAndTicks() {
        ParticipantList list = reader.readCsv("CTOC_COP_WG.3_2024_2.csv", """
                Last Name,Delegation,Head of delegation,Checked in
                A,Chile,Yes,2024-03-27 09:14
                B,Chile,No,27/03/2024
                C,Chile,,✓
                D,Chile,no,
                """);
        assertThat(list.delegates()).extracting(d -> d.lastName() + " head=" + d.headOfDelegation() + " in="
                + d.checkedIn()).containsExactly("A head=true in=true", "B head=false in=true",
                "C head=false in=true", "D head=false in=false");
    }

    @Test
    void aTotalLineIsNotAPersonAndAShiftedRowIsRejectedWithoutQuotingIt() {
        ParticipantList list = reader.readCsv("CTOC_COP_WG.3_2024_2.csv", """
                First Name,Last Name,Delegation
                Ana,Souza,Brazil
                Ana Maria,Silva, Maria,Portugal
                "Bob" Robert,Smith,Canada
                Total: 3,,
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.firstName())
                .containsExactly("BRA Ana", "CAN Bob Robert"); // the stray quotes go, the row stays
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 3 REJECTED_ROW", "line 5 SUMMARY_ROW");
        assertThat(list.findings().get(0).message()).doesNotContain("Maria").contains("4 cells, the header 3");
    }

    @Test
    void ngosWhateverTheirTypeSays() {
        assertThat(ParticipantListReader.unlistedType("NGOs")).hasToString("NGO");
        assertThat(ParticipantListReader.unlistedType("NGO in consultative status with ECOSOC")).hasToString("NGO");
        assertThat(ParticipantListReader.unlistedType("Member State")).isNull();
    }

    @Test
    void everyVisibleSheetWithAHeaderIsReadFormulasGiveTheirValuesAndAPersonOnTwoSheetsCountsOnce()
            throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet hidden = workbook.createSheet("Lookup");
            hidden.createRow(0).createCell(0).setCellValue("brazil");
            Sheet states = workbook.createSheet("States");
            row(states, 0, "Title", "First Name", "Last Name", "Delegation");
            row(states, 1, "Ms.", "Ana", "Souza", "");
            states.getRow(1).getCell(3).setCellFormula("PROPER(Lookup!A1)");
            row(states, 2, "Mr.", "Luis", "Prado", "Peru");
            Sheet observers = workbook.createSheet("Observers");
            row(observers, 0, "Title", "First Name", "Last Name", "Delegation");
            row(observers, 1, "Mgr", "Paolo", "Rossi", "Holy See");
            row(observers, 2, "Mr.", "Luis", "Prado", "Peru");
            Sheet notes = workbook.createSheet("Notes");
            row(notes, 0, "Prepared by the secretariat");
            workbook.setSheetHidden(0, true);
            // Excel saves each formula's result with it; that is the value a list gives
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        ParticipantList list = reader.readXlsx("CTOC_COP_WG.3_2024_2.xlsx", xlsx);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.lastName() + " "
                + ParticipantListReader.lineLabel(d.line()))
                .containsExactly("BRA Souza 2", "PER Prado 3", "VAT Rossi sheet 2 row 2"); // the second visible sheet
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("sheet \"Observers\" line 3 DUPLICATE_PARTICIPANT", "file MISSING_COLUMN");
        assertThat(list.findings().get(0).message()).isEqualTo("The row repeats line 3 (same person, delegation and "
                + "meeting); counted once");
        assertThat(list.findings().get(1).message()).contains("Sheet \"Notes\"");
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
