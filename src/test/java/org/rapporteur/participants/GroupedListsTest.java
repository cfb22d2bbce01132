package org.rapporteur.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Lists that group their persons under the delegation instead of repeating it on every row: heading rows (with or
 * without a header above them), cells merged down over a delegation, and the same saved as CSV with the cell left
 * empty. Each case states the persons a secretariat would count, and every row left out is reported with its line.
 */
class GroupedListsTest {

    final ParticipantListReader reader = new ParticipantListReader(ParticipantListReaderTest.RESOLVER);

    @Test
    void aPrintedListWithoutHeaderTakesEachDelegationFromTheHeadingRowAboveItsMembers() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "Participants");
            row(sheet, 1, "Expert Group on Water Statistics, third session");
            row(sheet, 3, "Member States");
            row(sheet, 4, "PERU");
            row(sheet, 5, "Sra. Lucía Campos", "Jefa de la delegación, Embajadora");
            row(sheet, 6, "Mr. Diego Salas", "Deputy Head of Delegation");
            row(sheet, 7, "NORWAY");
            row(sheet, 8, "Ingrid Dahl", "Counsellor");
            row(sheet, 9, "Mr. Olav Berg");
            row(sheet, 10, "REPUBLIC OF NARNIA");
            row(sheet, 11, "Ms. Jadis White", "Adviser");
            row(sheet, 12, "Intergovernmental organizations");
            row(sheet, 13, "Council of Europe");
            row(sheet, 14, "Dr. Hanne Krog", "Head of delegation");
        });
        ParticipantList list = reader.readXlsx("ESA_STAT_EG.3_2025_1_participants.xlsx", xlsx);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.lastName() + " " + d.gender()
                + (d.headOfDelegation() ? " head" : "") + " line " + d.line())
                .containsExactly("PER Sra. Lucía Campos WOMAN head line 6", "PER Mr. Diego Salas MAN line 7",
                        "NOR Ingrid Dahl UNKNOWN line 9", "NOR Mr. Olav Berg MAN line 10",
                        "CoE Dr. Hanne Krog UNKNOWN head line 15");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code() + " " + f.message())
                .containsExactly("line 12 REJECTED_ROW Unknown delegation \"REPUBLIC OF NARNIA\" (no UN Member State, "
                        + "observer State or organisation of that name; give a Delegation Type such as NGO for one "
                        + "that is not listed); the row is left out");
        assertThat(list.delegates()).allMatch(d -> d.meetingSymbol().equals("ESA/STAT/EG.3/2025/1"));
    }

    @Test
    void aHeaderWithoutDelegationColumnTakesTheDelegationsFromHeadingRows() {
        ParticipantList list = reader.readCsv("ESA_STAT_EG.3_2025_1.csv", """
                Name;Function
                Kenya;
                Mr. Otieno Wafula;Head of Delegation
                Ms. Akinyi Odhiambo;Adviser to the Head of Delegation
                Uruguay;
                Sr. Martín Ferreira;Consejero
                """);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.headOfDelegation())
                .containsExactly("KEN true", "KEN false", "URY false");
    }

    @Test
    void aHeaderWithoutDelegationAndWithoutHeadingsIsStillRefused() {
        ParticipantList list = reader.readCsv("ESA_STAT_EG.3_2025_1.csv", """
                Name;Function
                Mr. Otieno Wafula;Head of Delegation
                Ms. Akinyi Odhiambo;Adviser
                """);
        assertThat(list.delegates()).isEmpty();
        assertThat(list.findings()).extracting(f -> f.code().name()).containsExactly("MISSING_COLUMN");
    }

    @Test
    void aDelegationRowWithNobodyUnderItIsReportedAsARowWithoutName() {
        ParticipantList list = reader.readCsv("ESA_STAT_EG.3_2025_1.csv", """
                First Name,Last Name,Delegation
                ,,Mongolia
                ,,Chile
                Paula,Reyes,
                Tomás,Vidal,Chile
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.lastName())
                .containsExactly("CHL Reyes", "CHL Vidal");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.message())
                .containsExactly("line 2 No first or last name; the row is left out");
    }

    @Test
    void aCountryCellMergedDownCoversEveryRowOfItsDelegationAndShortRowsAreWhole() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "Committee on Forests, twelfth session");
            row(sheet, 2, "Country", "Title", "Family name", "First name", "Head of delegation", "Checked in");
            row(sheet, 3, "Ghana", "Ms.", "MENSAH", "Efua", "X", "Yes");
            row(sheet, 4, "", "Mr.", "BOATENG", "Kwame"); // ends at its last filled cell
            row(sheet, 5, "", "Dr.", "ASANTE", "Yaw", "", "Yes");
            row(sheet, 6, "Fiji", "Mr.", "NAIDU", "Ravi", "X", "Yes");
            sheet.addMergedRegion(new CellRangeAddress(3, 5, 0, 0));
        });
        ParticipantList list = reader.readXlsx("FO_COFO_12.xlsx", xlsx);
        assertThat(list.findings()).isEmpty();
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.lastName() + " "
                + d.headOfDelegation() + " " + d.checkedIn())
                .containsExactly("GHA MENSAH true true", "GHA BOATENG false false", "GHA ASANTE false true",
                        "FJI NAIDU true true");
    }

    @Test
    void anEmptyDelegationCellIsARejectedRowNotTheDelegationAbove() {
        ParticipantList list = reader.readCsv("FO_COFO_12.csv", """
                Country,Title,Family name,First name
                Ghana,Ms.,Mensah,Efua
                ,Mr.,Boateng,Kwame
                Fiji,Mr.,Naidu,Ravi
                """);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.lastName())
                .containsExactly("GHA Mensah", "FJI Naidu");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.message())
                .containsExactly("line 3 No delegation; the row is left out");
    }

    @Test
    void anEmptyWorkbookCellUnderNoMergedRegionIsARejectedRow() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "Country", "Title", "Family name", "First name");
            row(sheet, 1, "Ghana", "Ms.", "MENSAH", "Efua");
            row(sheet, 2, "", "Mr.", "BOATENG", "Kwame");
            row(sheet, 3, "", "Mr.", "OWUSU", "Kofi");
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
        });
        ParticipantList list = reader.readXlsx("FO_COFO_12.xlsx", xlsx);
        assertThat(list.delegates()).extracting(d -> d.entity().code() + " " + d.lastName())
                .containsExactly("GHA MENSAH", "GHA BOATENG");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.message())
                .containsExactly("line 4 No delegation; the row is left out");
    }

    @Test
    void anEmptyDelegationInALaterColumnIsARejectedRowToo() {
        ParticipantList list = reader.readCsv("FO_COFO_12.csv", """
                Title,Family name,First name,Country
                Ms.,Mensah,Efua,Ghana
                Mr.,Boateng,Kwame,
                """);
        assertThat(list.delegates()).extracting(d -> d.lastName()).containsExactly("Mensah");
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.message())
                .containsExactly("line 3 No delegation; the row is left out");
    }

    @Test
    void aTotalLineInFrenchIsNoPerson() {
        ParticipantList list = reader.readCsv("FO_COFO_12.csv", """
                Pays;Civilité;Nom;Prénom
                Mali;M.;Keita;Modibo
                Nombre total de délégués : 1;;;
                """);
        assertThat(list.delegates()).hasSize(1);
        assertThat(list.findings()).extracting(f -> f.location() + " " + f.code())
                .containsExactly("line 3 SUMMARY_ROW");
    }

    private interface SheetWriter {
        void write(Sheet sheet);
    }

    private static byte[] workbook(SheetWriter writer) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writer.write(workbook.createSheet("List"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }
}
